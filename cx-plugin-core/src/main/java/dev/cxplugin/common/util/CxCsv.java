package dev.cxplugin.common.util;

/**
 * CSV rows (RFC 4180) that are safe to open in a spreadsheet: fields are quoted when needed, and a field that
 * starts like a formula (=, +, -, @, tab, carriage return) is prefixed with an apostrophe, except plain numbers.
 */
public final class CxCsv {

    private CxCsv() {
    }

    public static String row(String... fields) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            row.append(field(fields[i]));
        }
        return row.append("\r\n").toString();
    }

    public static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
