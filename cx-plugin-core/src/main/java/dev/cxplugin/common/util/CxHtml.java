package dev.cxplugin.common.util;

/**
 * HTML text and attribute escaping of the five characters that can end or open markup, written as Thymeleaf
 * writes them ({@code &amp; &lt; &gt; &quot; &#39;}), so markup written in Java matches the templates' output.
 */
public final class CxHtml {

    private CxHtml() {
    }

    /** The text escaped; "" for null; the same string when nothing needs escaping. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        for (int i = 0; i < s.length(); i++) {
            if (replacement(s.charAt(i)) != null) {
                return escape(new StringBuilder(s.length() + 16).append(s, 0, i), s.substring(i)).toString();
            }
        }
        return s;
    }

    /** Appends the value's text escaped (nothing for null) and returns the builder. */
    public static StringBuilder escape(StringBuilder sb, Object value) {
        if (value == null) {
            return sb;
        }
        String s = value.toString();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep = replacement(c);
            if (rep == null) {
                sb.append(c);
            } else {
                sb.append(rep);
            }
        }
        return sb;
    }

    static String replacement(char c) {
        switch (c) {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '"': return "&quot;";
            case '\'': return "&#39;";
            default: return null;
        }
    }
}
