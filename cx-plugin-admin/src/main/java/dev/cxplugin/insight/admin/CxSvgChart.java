package dev.cxplugin.insight.admin;

import java.math.BigDecimal;
import java.util.List;

/**
 * A small trend chart drawn on the server as inline SVG: no script, no CDN, works offline. In a right-to-left
 * page time runs from right to left. Undefined points (nothing to divide by) break the line.
 */
public final class CxSvgChart {

    private CxSvgChart() {
    }

    public static String trend(List<BigDecimal> values, List<String> labels, String title, boolean rtl, int width, int height) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (BigDecimal v : values) {
            if (v != null) {
                min = Math.min(min, v.doubleValue());
                max = Math.max(max, v.doubleValue());
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cx-trend\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\"><title>").append(escape(title)).append("</title>");
        svg.append("<line x1=\"0\" y1=\"").append(height - 1).append("\" x2=\"").append(width).append("\" y2=\"")
                .append(height - 1).append("\" stroke=\"#ccc\"/>");
        if (min == Double.MAX_VALUE) {
            return svg.append("</svg>").toString();
        }
        if (min > 0) {
            min = 0; // bars and lines read honestly from zero
        }
        double span = max - min == 0 ? 1 : max - min;
        int n = values.size();
        double step = n <= 1 ? 0 : (width - 12) / (double) (n - 1);
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < n; i++) {
            BigDecimal v = values.get(i);
            if (v == null) {
                if (line.length() > 0) {
                    svg.append(polyline(line));
                    line.setLength(0);
                }
                continue;
            }
            double x = 6 + (rtl ? (n - 1 - i) : i) * step;
            if (n == 1) {
                x = width / 2.0;
            }
            double y = 6 + (height - 12) * (1 - (v.doubleValue() - min) / span);
            line.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#8a4b14\">", x, y))
                    .append("<title>").append(escape(labels.get(i))).append(": ").append(escape(v.toPlainString()))
                    .append("</title></circle>");
        }
        if (line.length() > 0) {
            svg.append(polyline(line));
        }
        return svg.append(dots).append("</svg>").toString();
    }

    protected static String polyline(StringBuilder points) {
        return "<polyline fill=\"none\" stroke=\"#8a4b14\" stroke-width=\"1.5\" points=\"" + points.toString().trim() + "\"/>";
    }

    public static String escape(String s) {
        return dev.cxplugin.common.util.CxHtml.escape(s);
    }
}
