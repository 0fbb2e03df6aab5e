package dev.cxplugin.demo.data;

import dev.cxplugin.demo.data.DemoCatalog.CategorySpec;
import dev.cxplugin.demo.data.DemoCatalog.ProductSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Draws the demo catalog's illustrations as small hand-written SVG files: one per product
 * ({@code static/img/products/<slug>.svg}, 480x480) and one banner per category
 * ({@code static/img/categories/<slug>.svg}, 960x400). It was run once and its output is committed; run it
 * again after changing {@link DemoCatalog}:
 *
 * <pre>
 * cd demo-site &amp;&amp; mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.cxplugin.demo.data.ProductArtGenerator
 * </pre>
 */
public final class ProductArtGenerator {

    private static final int SIZE = 480;
    private int idCounter;

    public static void main(String[] args) throws IOException {
        Path root = Paths.get(args.length > 0 ? args[0] : "src/main/resources/static/img");
        ProductArtGenerator generator = new ProductArtGenerator();
        for (ProductSpec product : DemoCatalog.products()) {
            write(root.resolve("products").resolve(product.slug + ".svg"), generator.productSvg(product));
        }
        for (CategorySpec category : DemoCatalog.categories()) {
            write(root.resolve("categories").resolve(category.slug + ".svg"), generator.categorySvg(category));
        }
        System.out.println("Wrote " + DemoCatalog.products().size() + " product and " + DemoCatalog.categories().size()
                + " category illustrations under " + root.toAbsolutePath());
    }

    private static void write(Path file, String svg) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, svg.getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ documents

    String productSvg(ProductSpec product) {
        idCounter = 0;
        String[] palette = palette(product.categorySlug);
        StringBuilder svg = new StringBuilder();
        svg.append(header(SIZE, SIZE, product.name));
        String bg = id("bg");
        svg.append("<defs><linearGradient id=\"").append(bg).append("\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\">")
                .append("<stop offset=\"0\" stop-color=\"").append(palette[0]).append("\"/>")
                .append("<stop offset=\"1\" stop-color=\"").append(palette[1]).append("\"/>")
                .append("</linearGradient></defs>\n");
        svg.append("<rect width=\"480\" height=\"480\" fill=\"url(#").append(bg).append(")\"/>\n");
        svg.append("<circle cx=\"240\" cy=\"250\" r=\"178\" fill=\"#fff\" opacity=\".38\"/>\n");
        svg.append(drawing(product.slug));
        svg.append("</svg>\n");
        return svg.toString();
    }

    String categorySvg(CategorySpec category) {
        idCounter = 0;
        String[] palette = palette(category.slug);
        String[] slugs = bannerProducts(category.slug);
        StringBuilder svg = new StringBuilder();
        svg.append(header(960, 400, category.name));
        String bg = id("bg");
        svg.append("<defs><linearGradient id=\"").append(bg).append("\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\">")
                .append("<stop offset=\"0\" stop-color=\"").append(palette[0]).append("\"/>")
                .append("<stop offset=\"1\" stop-color=\"").append(palette[1]).append("\"/>")
                .append("</linearGradient></defs>\n");
        svg.append("<rect width=\"960\" height=\"400\" fill=\"url(#").append(bg).append(")\"/>\n");
        svg.append("<circle cx=\"150\" cy=\"70\" r=\"120\" fill=\"#fff\" opacity=\".22\"/>\n");
        svg.append("<circle cx=\"830\" cy=\"360\" r=\"150\" fill=\"#fff\" opacity=\".22\"/>\n");
        svg.append("<ellipse cx=\"480\" cy=\"372\" rx=\"400\" ry=\"26\" fill=\"").append(palette[2])
                .append("\" opacity=\".35\"/>\n");
        double scale = 0.78;
        int[] centres = {250, 480, 710};
        for (int i = 0; i < slugs.length; i++) {
            double tx = centres[i] - 240 * scale;
            double ty = 388 - 412 * scale;
            svg.append(String.format(Locale.ROOT, "<g transform=\"translate(%.1f %.1f) scale(%.2f)\">%n", tx, ty, scale));
            svg.append(drawing(slugs[i]));
            svg.append("</g>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String header(int width, int height, String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\" width=\""
                + width + "\" height=\"" + height + "\" role=\"img\" aria-label=\"" + escape(title) + "\">\n"
                + "<title>" + escape(title) + "</title>\n";
    }

    /** background top, background bottom, accent */
    private static String[] palette(String categorySlug) {
        switch (categorySlug) {
            case "coffee":
                return new String[] {"#f8f0e6", "#e8d3bd", "#8a5a36"};
            case "tea":
                return new String[] {"#f1f7ec", "#d3e6c6", "#4f7a3a"};
            case "brewing":
                return new String[] {"#eef4f8", "#cfdeea", "#41647d"};
            default:
                return new String[] {"#fcf1f2", "#f0d2d8", "#a8434f"};
        }
    }

    private static String[] bannerProducts(String categorySlug) {
        switch (categorySlug) {
            case "coffee":
                return new String[] {"kenya-nyeri-aa", "ethiopia-yirgacheffe", "house-espresso-blend"};
            case "tea":
                return new String[] {"darjeeling-first-flush", "jasmine-pearls", "cardamom-black-tea"};
            case "brewing":
                return new String[] {"french-press", "gooseneck-kettle", "stoneware-mug"};
            default:
                return new String[] {"pour-over-gift-set", "dark-chocolate-bar", "almond-biscotti"};
        }
    }

    /** The object itself, drawn in a 480x480 box standing on y = 410. */
    private String drawing(String slug) {
        switch (slug) {
            case "ethiopia-yirgacheffe":
                return shadow(120) + bag("#d98e2b", "ETHIOPIA", "Yirgacheffe", 1, "flower");
            case "colombia-huila":
                return shadow(120) + bag("#b8432f", "COLOMBIA", "Huila", 2, "mountain");
            case "sumatra-mandheling":
                return shadow(120) + bag("#2f6b4f", "SUMATRA", "Mandheling", 3, "leaf");
            case "kenya-nyeri-aa":
                return shadow(120) + bag("#7d2a4a", "KENYA", "Nyeri AA", 1, "berries");
            case "guatemala-antigua":
                return shadow(120) + bag("#5b4b8a", "GUATEMALA", "Antigua", 2, "volcano");
            case "house-espresso-blend":
                return shadow(120) + bag("#2e2320", "ESPRESSO", "House Blend", 3, "bean");
            case "darjeeling-first-flush":
                return shadow(96) + tin("#b5652a", "#7a3f17", "DARJEELING", "First Flush", "mountain");
            case "japanese-sencha":
                return shadow(96) + tin("#6f8f2f", "#3f5a1a", "SENCHA", "Japan", "leaf");
            case "earl-grey-supreme":
                return shadow(96) + tin("#2f4673", "#1c2c4d", "EARL GREY", "Supreme", "cornflower");
            case "moroccan-mint":
                return shadow(96) + tin("#1f8a78", "#12594d", "MINT", "Moroccan", "mint");
            case "jasmine-pearls":
                return shadow(96) + tin("#d9c39a", "#a88a4e", "JASMINE", "Pearls", "pearls");
            case "cardamom-black-tea":
                return shadow(96) + tin("#8a2f22", "#5a1c14", "CARDAMOM", "Black Tea", "pods");
            case "stoneware-mug":
                return shadow(110) + mug();
            case "double-wall-glass":
                return shadow(90) + glass();
            case "pour-over-dripper":
                return shadow(110) + dripper();
            case "french-press":
                return shadow(100) + frenchPress();
            case "hand-burr-grinder":
                return shadow(80) + grinder();
            case "gooseneck-kettle":
                return shadow(120) + kettle();
            case "coffee-tasting-flight":
                return tastingFlight();
            case "tea-sampler-tin":
                return shadow(150) + samplerTin();
            case "pour-over-gift-set":
                return shadow(150) + giftBox();
            case "almond-biscotti":
                return biscotti();
            case "dark-chocolate-bar":
                return shadow(130) + chocolate();
            case "cold-brew-starter-kit":
                return shadow(150) + coldBrew();
            default:
                throw new IllegalArgumentException("No drawing for " + slug);
        }
    }

    // ------------------------------------------------------------------ coffee and tea packaging

    private static String shadow(int rx) {
        return "<ellipse cx=\"240\" cy=\"412\" rx=\"" + rx + "\" ry=\"13\" fill=\"#000\" opacity=\".13\"/>\n";
    }

    /** A kraft coffee bag with a coloured label, the origin, a motif and roast-level dots. */
    private String bag(String color, String line1, String line2, int roast, String motif) {
        StringBuilder s = new StringBuilder();
        s.append("<path d=\"M148 160 L332 160 L346 404 Q240 416 134 404 Z\" fill=\"#c9a37c\"/>\n");
        s.append("<path d=\"M148 160 L172 160 L164 407 Q148 406 134 404 Z\" fill=\"#fff\" opacity=\".14\"/>\n");
        s.append("<path d=\"M308 160 L332 160 L346 404 Q330 406 316 407 Z\" fill=\"#000\" opacity=\".10\"/>\n");
        s.append("<path d=\"M154 160 L326 160 L320 100 L160 100 Z\" fill=\"#b98f66\"/>\n");
        s.append("<path d=\"M176 100 L172 160 M304 100 L308 160\" stroke=\"#000\" stroke-opacity=\".10\" stroke-width=\"3\"/>\n");
        StringBuilder crimp = new StringBuilder("M160 100");
        for (int x = 160; x < 320; x += 10) {
            crimp.append(" L").append(x + 5).append(" 94 L").append(x + 10).append(" 100");
        }
        s.append("<path d=\"").append(crimp).append(" Z\" fill=\"#b98f66\"/>\n");
        s.append("<rect x=\"144\" y=\"150\" width=\"192\" height=\"12\" rx=\"5\" fill=\"#8a6a4a\"/>\n");
        s.append("<circle cx=\"240\" cy=\"190\" r=\"8\" fill=\"#a88461\"/><circle cx=\"240\" cy=\"190\" r=\"3\" fill=\"#6d5238\"/>\n");
        s.append("<rect x=\"166\" y=\"214\" width=\"148\" height=\"160\" rx=\"12\" fill=\"").append(color).append("\"/>\n");
        s.append("<rect x=\"174\" y=\"222\" width=\"132\" height=\"144\" rx=\"8\" fill=\"none\" stroke=\"#fff\" stroke-opacity=\".55\" stroke-width=\"2\"/>\n");
        s.append(motif(motif, 240, 262, 26, "#fff"));
        s.append(text(240, 310, line1, Math.min(18, 150.0 / line1.length()), "#fff", true, false));
        s.append(text(240, 334, line2, 15, "#fff", false, true));
        for (int i = 0; i < 3; i++) {
            int cx = 228 + i * 12;
            if (i < roast) {
                s.append("<circle cx=\"").append(cx).append("\" cy=\"354\" r=\"4\" fill=\"#fff\"/>");
            } else {
                s.append("<circle cx=\"").append(cx).append("\" cy=\"354\" r=\"3.5\" fill=\"none\" stroke=\"#fff\" stroke-width=\"1.5\"/>");
            }
        }
        s.append('\n');
        return s.toString();
    }

    /** A round tea tin with a lid and a cream label. */
    private String tin(String body, String lid, String line1, String line2, String motif) {
        String shade = id("shade");
        StringBuilder s = new StringBuilder();
        s.append("<defs><linearGradient id=\"").append(shade).append("\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"0\">")
                .append("<stop offset=\"0\" stop-color=\"#000\" stop-opacity=\".22\"/>")
                .append("<stop offset=\".25\" stop-color=\"#fff\" stop-opacity=\".22\"/>")
                .append("<stop offset=\".55\" stop-color=\"#fff\" stop-opacity=\"0\"/>")
                .append("<stop offset=\"1\" stop-color=\"#000\" stop-opacity=\".25\"/>")
                .append("</linearGradient></defs>\n");
        s.append("<rect x=\"162\" y=\"176\" width=\"156\" height=\"228\" rx=\"10\" fill=\"").append(body).append("\"/>\n");
        s.append("<rect x=\"162\" y=\"390\" width=\"156\" height=\"14\" rx=\"6\" fill=\"").append(lid).append("\"/>\n");
        s.append("<rect x=\"162\" y=\"176\" width=\"156\" height=\"228\" rx=\"10\" fill=\"url(#").append(shade).append(")\"/>\n");
        s.append("<rect x=\"154\" y=\"132\" width=\"172\" height=\"54\" rx=\"10\" fill=\"").append(lid).append("\"/>\n");
        s.append("<rect x=\"154\" y=\"132\" width=\"172\" height=\"54\" rx=\"10\" fill=\"url(#").append(shade).append(")\"/>\n");
        s.append("<rect x=\"166\" y=\"139\" width=\"148\" height=\"6\" rx=\"3\" fill=\"#fff\" opacity=\".25\"/>\n");
        s.append("<rect x=\"154\" y=\"178\" width=\"172\" height=\"6\" fill=\"#000\" opacity=\".16\"/>\n");
        s.append("<rect x=\"176\" y=\"220\" width=\"128\" height=\"138\" rx=\"8\" fill=\"#fbf6ea\"/>\n");
        s.append("<rect x=\"182\" y=\"226\" width=\"116\" height=\"126\" rx=\"5\" fill=\"none\" stroke=\"").append(lid)
                .append("\" stroke-opacity=\".45\" stroke-width=\"1.5\"/>\n");
        String ink = "#d9c39a".equals(body) ? "#7d6432" : body;
        s.append(motif(motif, 240, 256, 22, ink));
        s.append(text(240, 302, line1, Math.min(17, 140.0 / line1.length()), ink, true, false));
        s.append(text(240, 324, line2, 13, ink, false, true));
        s.append("<path d=\"M214 338 H266\" stroke=\"").append(ink).append("\" stroke-width=\"1.5\" opacity=\".6\"/>\n");
        return s.toString();
    }

    private static String text(double x, double y, String value, double size, String fill, boolean bold, boolean italic) {
        return String.format(Locale.ROOT,
                "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\" font-family=\"Georgia, 'Times New Roman', serif\" "
                        + "font-size=\"%.1f\"%s%s fill=\"%s\"%s>%s</text>%n",
                x, y, size, bold ? " font-weight=\"bold\"" : "", italic ? " font-style=\"italic\"" : "", fill,
                bold ? " letter-spacing=\"1\"" : "", escape(value));
    }

    /** Small emblems for labels, centred on (x, y), about r wide. */
    private static String motif(String name, double x, double y, double r, String c) {
        switch (name) {
            case "flower": {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < 5; i++) {
                    s.append(String.format(Locale.ROOT,
                            "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\" fill=\"%s\" opacity=\".92\" transform=\"rotate(%d %.1f %.1f)\"/>",
                            x, y - r * 0.45, r * 0.26, r * 0.45, c, i * 72, x, y));
                }
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#f4c542\"/>%n", x, y, r * 0.2));
                return s.toString();
            }
            case "mountain":
                return String.format(Locale.ROOT,
                        "<path d=\"M%.1f %.1f L%.1f %.1f L%.1f %.1f L%.1f %.1f L%.1f %.1f Z\" fill=\"%s\"/>"
                                + "<path d=\"M%.1f %.1f L%.1f %.1f L%.1f %.1f L%.1f %.1f Z\" fill=\"%s\" opacity=\".45\"/>%n",
                        x - r, y + r * 0.55, x - r * 0.3, y - r * 0.45, x - r * 0.05, y - r * 0.1, x + r * 0.35,
                        y - r * 0.75, x + r, y + r * 0.55, c,
                        x + r * 0.35, y - r * 0.75, x + r * 0.55, y - r * 0.42, x + r * 0.35, y - r * 0.5,
                        x + r * 0.18, y - r * 0.42, "#000");
            case "leaf":
                return String.format(Locale.ROOT,
                        "<path d=\"M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f Z\" fill=\"%s\"/>"
                                + "<path d=\"M%.1f %.1f L%.1f %.1f\" stroke=\"#000\" stroke-opacity=\".25\" stroke-width=\"1.5\"/>%n",
                        x - r * 0.8, y + r * 0.7, x - r, y - r * 0.4, x + r * 0.2, y - r * 0.8, x + r * 0.85, y - r * 0.75,
                        x + r * 0.8, y, x + r * 0.1, y + r * 0.75, x - r * 0.8, y + r * 0.7, c,
                        x - r * 0.8, y + r * 0.7, x + r * 0.55, y - r * 0.5);
            case "berries":
                return String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/><circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>"
                                + "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>"
                                + "<path d=\"M%.1f %.1f Q%.1f %.1f %.1f %.1f Q%.1f %.1f %.1f %.1f Z\" fill=\"#7fbf6a\"/>%n",
                        x - r * 0.35, y + r * 0.25, r * 0.33, c, x + r * 0.35, y + r * 0.25, r * 0.33, c, x, y - r * 0.2,
                        r * 0.33, c,
                        x + r * 0.1, y - r * 0.5, x + r * 0.6, y - r * 1.0, x + r * 0.95, y - r * 0.55, x + r * 0.55,
                        y - r * 0.35, x + r * 0.1, y - r * 0.5);
            case "volcano":
                return String.format(Locale.ROOT,
                        "<path d=\"M%.1f %.1f L%.1f %.1f L%.1f %.1f L%.1f %.1f Z\" fill=\"%s\"/>"
                                + "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" opacity=\".7\"/>"
                                + "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" opacity=\".5\"/>%n",
                        x - r, y + r * 0.6, x - r * 0.25, y - r * 0.3, x + r * 0.25, y - r * 0.3, x + r, y + r * 0.6, c,
                        x + r * 0.05, y - r * 0.6, r * 0.22, c, x + r * 0.35, y - r * 0.9, r * 0.16, c);
            case "bean":
                return String.format(Locale.ROOT,
                        "<g transform=\"rotate(-30 %.1f %.1f)\"><ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\" fill=\"%s\"/>"
                                + "<path d=\"M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f\" fill=\"none\" stroke=\"#2e2320\" stroke-width=\"2.5\"/></g>%n",
                        x, y, x, y, r * 0.55, r * 0.8, c,
                        x, y - r * 0.72, x - r * 0.3, y - r * 0.2, x + r * 0.3, y + r * 0.2, x, y + r * 0.72);
            case "cornflower": {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < 8; i++) {
                    s.append(String.format(Locale.ROOT,
                            "<path d=\"M%.1f %.1f L%.1f %.1f L%.1f %.1f Z\" fill=\"#5b84d6\" transform=\"rotate(%d %.1f %.1f)\"/>",
                            x - r * 0.14, y - r * 0.2, x, y - r * 0.85, x + r * 0.14, y - r * 0.2, i * 45, x, y));
                }
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>%n", x, y, r * 0.22, c));
                return s.toString();
            }
            case "mint":
                return String.format(Locale.ROOT,
                        "<path d=\"M%.1f %.1f L%.1f %.1f\" stroke=\"%s\" stroke-width=\"2.5\"/>"
                                + "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\" fill=\"%s\" transform=\"rotate(-40 %.1f %.1f)\"/>"
                                + "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\" fill=\"%s\" transform=\"rotate(40 %.1f %.1f)\"/>"
                                + "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\" fill=\"%s\" transform=\"rotate(-40 %.1f %.1f)\"/>"
                                + "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\" fill=\"%s\" transform=\"rotate(40 %.1f %.1f)\"/>%n",
                        x, y + r, x, y - r, c,
                        x - r * 0.4, y + r * 0.35, r * 0.42, r * 0.22, c, x - r * 0.4, y + r * 0.35,
                        x + r * 0.4, y + r * 0.35, r * 0.42, r * 0.22, c, x + r * 0.4, y + r * 0.35,
                        x - r * 0.32, y - r * 0.35, r * 0.34, r * 0.18, c, x - r * 0.32, y - r * 0.35,
                        x + r * 0.32, y - r * 0.35, r * 0.34, r * 0.18, c, x + r * 0.32, y - r * 0.35);
            case "pearls": {
                StringBuilder s = new StringBuilder();
                double[][] at = {{-0.45, 0.3}, {0, 0.38}, {0.45, 0.3}, {-0.22, -0.08}, {0.22, -0.08}, {0, -0.45}};
                for (double[] p : at) {
                    s.append(String.format(Locale.ROOT,
                            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#8fa45a\" stroke=\"%s\" stroke-width=\"1.2\"/>",
                            x + p[0] * r, y + p[1] * r, r * 0.24, c));
                }
                return s.append('\n').toString();
            }
            case "pods": {
                StringBuilder s = new StringBuilder();
                for (int angle : new int[] {-35, 0, 35}) {
                    s.append(String.format(Locale.ROOT,
                            "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\" fill=\"#8db36b\" stroke=\"%s\" stroke-width=\"1.2\" transform=\"rotate(%d %.1f %.1f)\"/>",
                            x, y - r * 0.35, r * 0.2, r * 0.5, c, angle, x, y + r * 0.4));
                }
                return s.append('\n').toString();
            }
            default:
                throw new IllegalArgumentException(name);
        }
    }

    // ------------------------------------------------------------------ mugs and brewing

    private String mug() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            int x = 208 + i * 32;
            s.append("<path d=\"M").append(x).append(" 158 C").append(x - 14).append(" 140 ").append(x + 14)
                    .append(" 124 ").append(x).append(" 104\" fill=\"none\" stroke=\"#fff\" stroke-width=\"7\" stroke-linecap=\"round\" opacity=\".85\"/>\n");
        }
        s.append("<path d=\"M306 226 C378 222 378 340 302 334\" fill=\"none\" stroke=\"#35607d\" stroke-width=\"26\" stroke-linecap=\"round\"/>\n");
        s.append("<path d=\"M160 180 L320 180 L314 384 Q312 404 292 404 L188 404 Q168 404 166 384 Z\" fill=\"#4a7fa3\"/>\n");
        s.append("<path d=\"M166 356 Q186 366 200 354 Q214 372 232 358 Q250 370 266 356 Q284 370 298 356 Q308 364 315 356 "
                + "L314 384 Q312 404 292 404 L188 404 Q168 404 166 384 Z\" fill=\"#dcc7a6\"/>\n");
        s.append("<path d=\"M172 190 L178 344\" stroke=\"#fff\" stroke-width=\"9\" stroke-linecap=\"round\" opacity=\".25\"/>\n");
        int[][] dots = {{200, 220}, {230, 250}, {275, 214}, {290, 270}, {214, 296}, {252, 318}, {296, 322}, {188, 260}};
        for (int[] d : dots) {
            s.append("<circle cx=\"").append(d[0]).append("\" cy=\"").append(d[1]).append("\" r=\"3\" fill=\"#e8f1f7\" opacity=\".5\"/>");
        }
        s.append('\n');
        s.append("<ellipse cx=\"240\" cy=\"180\" rx=\"80\" ry=\"15\" fill=\"#35607d\"/>\n");
        s.append("<ellipse cx=\"240\" cy=\"182\" rx=\"70\" ry=\"10\" fill=\"#5b3a24\"/>\n");
        s.append("<ellipse cx=\"226\" cy=\"180\" rx=\"22\" ry=\"3\" fill=\"#8a5a36\" opacity=\".8\"/>\n");
        return s.toString();
    }

    private String glass() {
        StringBuilder s = new StringBuilder();
        s.append("<path d=\"M172 168 L308 168 L296 396 Q294 406 284 406 L196 406 Q186 406 184 396 Z\" fill=\"#e4f1f8\" fill-opacity=\".6\" stroke=\"#9fbfd3\" stroke-width=\"3\"/>\n");
        s.append("<path d=\"M190 262 L290 262 L284 372 Q283 382 273 382 L207 382 Q197 382 196 372 Z\" fill=\"#6e4329\"/>\n");
        s.append("<path d=\"M188 230 L292 230 L290.3 262 L189.7 262 Z\" fill=\"#b07a4e\"/>\n");
        s.append("<path d=\"M186 204 L294 204 L292.6 230 L187.4 230 Z\" fill=\"#f3e6d3\"/>\n");
        s.append("<ellipse cx=\"240\" cy=\"204\" rx=\"54\" ry=\"7\" fill=\"#fbf3e6\"/>\n");
        s.append("<path d=\"M232 202 Q240 196 248 202 Q240 208 232 202 Z\" fill=\"#c99c6e\"/>\n");
        s.append("<path d=\"M184 178 L296 178 L284 372 Q283 382 273 382 L207 382 Q197 382 196 372 Z\" fill=\"none\" stroke=\"#b9d3e2\" stroke-width=\"2\"/>\n");
        s.append("<ellipse cx=\"240\" cy=\"168\" rx=\"68\" ry=\"10\" fill=\"none\" stroke=\"#9fbfd3\" stroke-width=\"3\"/>\n");
        s.append("<path d=\"M180 188 L190 388\" stroke=\"#fff\" stroke-width=\"6\" stroke-linecap=\"round\" opacity=\".8\"/>\n");
        s.append("<path d=\"M290 196 L286 260\" stroke=\"#fff\" stroke-width=\"3\" stroke-linecap=\"round\" opacity=\".7\"/>\n");
        return s.toString();
    }

    private String dripper() {
        StringBuilder s = new StringBuilder();
        // the cup underneath
        s.append("<path d=\"M316 318 C356 318 356 376 314 376\" fill=\"none\" stroke=\"#c76b4a\" stroke-width=\"16\" stroke-linecap=\"round\"/>\n");
        s.append("<path d=\"M156 300 L324 300 L316 392 Q314 406 298 406 L182 406 Q166 406 164 392 Z\" fill=\"#c76b4a\"/>\n");
        s.append("<rect x=\"160\" y=\"330\" width=\"160\" height=\"10\" fill=\"#fff\" opacity=\".35\"/>\n");
        s.append("<ellipse cx=\"240\" cy=\"300\" rx=\"84\" ry=\"12\" fill=\"#a9573b\"/>\n");
        // the dripper
        s.append("<path d=\"M322 186 C364 186 364 246 304 248\" fill=\"none\" stroke=\"#d8d0c4\" stroke-width=\"20\" stroke-linecap=\"round\"/>\n");
        s.append("<path d=\"M322 186 C364 186 364 246 304 248\" fill=\"none\" stroke=\"#f7f4ef\" stroke-width=\"13\" stroke-linecap=\"round\"/>\n");
        s.append("<path d=\"M150 168 L330 168 L278 288 L202 288 Z\" fill=\"#f7f4ef\" stroke=\"#d8d0c4\" stroke-width=\"3\" stroke-linejoin=\"round\"/>\n");
        for (int i = 0; i < 5; i++) {
            int top = 176 + i * 32;
            int bottom = 212 + i * 16;
            s.append("<path d=\"M").append(top).append(" 178 L").append(bottom).append(" 282\" stroke=\"#e5ded3\" stroke-width=\"3\"/>");
        }
        s.append('\n');
        s.append("<rect x=\"184\" y=\"284\" width=\"112\" height=\"14\" rx=\"7\" fill=\"#ece6dc\" stroke=\"#d8d0c4\" stroke-width=\"2\"/>\n");
        s.append("<ellipse cx=\"240\" cy=\"168\" rx=\"90\" ry=\"14\" fill=\"#efe9e0\" stroke=\"#d8d0c4\" stroke-width=\"3\"/>\n");
        s.append("<ellipse cx=\"240\" cy=\"170\" rx=\"76\" ry=\"9\" fill=\"#f3efe6\"/>\n");
        s.append("<ellipse cx=\"240\" cy=\"172\" rx=\"58\" ry=\"6\" fill=\"#6b4428\"/>\n");
        s.append("<path d=\"M196 142 C190 128 204 120 198 106 M240 138 C234 124 248 116 242 100 M284 142 C278 128 292 120 286 106\" "
                + "fill=\"none\" stroke=\"#fff\" stroke-width=\"6\" stroke-linecap=\"round\" opacity=\".85\"/>\n");
        return s.toString();
    }

    private String frenchPress() {
        StringBuilder s = new StringBuilder();
        s.append("<path d=\"M302 196 C352 196 352 344 302 344\" fill=\"none\" stroke=\"#2d2d2d\" stroke-width=\"18\" stroke-linecap=\"round\"/>\n");
        s.append("<rect x=\"236\" y=\"92\" width=\"8\" height=\"120\" fill=\"#9aa5ad\"/>\n");
        s.append("<circle cx=\"240\" cy=\"88\" r=\"15\" fill=\"#2d2d2d\"/><circle cx=\"235\" cy=\"83\" r=\"4\" fill=\"#fff\" opacity=\".3\"/>\n");
        s.append("<rect x=\"176\" y=\"160\" width=\"128\" height=\"236\" rx=\"8\" fill=\"#dfeef6\" fill-opacity=\".55\" stroke=\"#aab8c2\" stroke-width=\"3\"/>\n");
        s.append("<rect x=\"180\" y=\"232\" width=\"120\" height=\"160\" rx=\"4\" fill=\"#4a2c1a\"/>\n");
        s.append("<rect x=\"180\" y=\"222\" width=\"120\" height=\"12\" fill=\"#b07a4a\"/>\n");
        s.append("<rect x=\"178\" y=\"204\" width=\"124\" height=\"7\" rx=\"2\" fill=\"#8c979f\"/>\n");
        s.append("<rect x=\"186\" y=\"170\" width=\"9\" height=\"214\" rx=\"4\" fill=\"#fff\" opacity=\".5\"/>\n");
        s.append("<rect x=\"170\" y=\"174\" width=\"140\" height=\"9\" rx=\"3\" fill=\"#b8c2c9\"/>\n");
        s.append("<rect x=\"170\" y=\"368\" width=\"140\" height=\"9\" rx=\"3\" fill=\"#b8c2c9\"/>\n");
        s.append("<rect x=\"170\" y=\"174\" width=\"8\" height=\"222\" fill=\"#b8c2c9\"/><rect x=\"302\" y=\"174\" width=\"8\" height=\"222\" fill=\"#b8c2c9\"/>\n");
        s.append("<path d=\"M172 160 L308 160 L298 134 L182 134 Z\" fill=\"#b8c2c9\"/>\n");
        s.append("<path d=\"M172 146 L154 152 L172 162 Z\" fill=\"#b8c2c9\"/>\n");
        s.append("<rect x=\"166\" y=\"392\" width=\"148\" height=\"14\" rx=\"6\" fill=\"#9aa5ad\"/>\n");
        return s.toString();
    }

    private String grinder() {
        String shade = id("steel");
        StringBuilder s = new StringBuilder();
        s.append("<defs><linearGradient id=\"").append(shade).append("\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"0\">")
                .append("<stop offset=\"0\" stop-color=\"#8d949a\"/><stop offset=\".3\" stop-color=\"#eef1f3\"/>")
                .append("<stop offset=\".6\" stop-color=\"#c3c9ce\"/><stop offset=\"1\" stop-color=\"#7c8389\"/>")
                .append("</linearGradient></defs>\n");
        s.append("<path d=\"M240 140 L346 110\" stroke=\"#5a6066\" stroke-width=\"12\" stroke-linecap=\"round\"/>\n");
        s.append("<rect x=\"334\" y=\"72\" width=\"26\" height=\"44\" rx=\"13\" fill=\"#6b3f1f\"/>\n");
        s.append("<rect x=\"338\" y=\"78\" width=\"6\" height=\"30\" rx=\"3\" fill=\"#fff\" opacity=\".25\"/>\n");
        s.append("<rect x=\"202\" y=\"148\" width=\"76\" height=\"24\" rx=\"6\" fill=\"#8d949a\"/>\n");
        s.append("<circle cx=\"240\" cy=\"140\" r=\"12\" fill=\"#5a6066\"/>\n");
        s.append("<rect x=\"192\" y=\"168\" width=\"96\" height=\"152\" rx=\"10\" fill=\"url(#").append(shade).append(")\"/>\n");
        for (int y = 196; y <= 226; y += 6) {
            s.append("<path d=\"M194 ").append(y).append(" H286\" stroke=\"#6f767c\" stroke-width=\"2\" opacity=\".6\"/>");
        }
        s.append('\n');
        s.append("<rect x=\"186\" y=\"316\" width=\"108\" height=\"90\" rx=\"10\" fill=\"#a8713f\"/>\n");
        s.append("<path d=\"M196 336 C220 330 250 342 284 334 M196 362 C226 356 246 370 284 360 M196 386 C220 380 256 392 284 384\" "
                + "fill=\"none\" stroke=\"#7d4f28\" stroke-width=\"2.5\" opacity=\".7\"/>\n");
        s.append("<rect x=\"186\" y=\"312\" width=\"108\" height=\"10\" rx=\"4\" fill=\"#8d949a\"/>\n");
        return s.toString();
    }

    private String kettle() {
        StringBuilder s = new StringBuilder();
        s.append("<path d=\"M176 352 C124 346 112 254 100 206 C96 186 86 176 70 172\" fill=\"none\" stroke=\"#2f3a40\" stroke-width=\"15\" stroke-linecap=\"round\"/>\n");
        s.append("<path d=\"M66 178 Q62 190 66 198\" fill=\"none\" stroke=\"#9fd3ea\" stroke-width=\"4\" stroke-linecap=\"round\"/>\n");
        s.append("<path d=\"M314 246 C384 236 386 362 320 372\" fill=\"none\" stroke=\"#8a5a36\" stroke-width=\"20\" stroke-linecap=\"round\"/>\n");
        s.append("<path d=\"M160 394 C148 300 178 222 240 214 C302 222 332 300 320 394 Z\" fill=\"#2f3a40\"/>\n");
        s.append("<path d=\"M184 370 C176 310 192 256 222 236\" fill=\"none\" stroke=\"#fff\" stroke-width=\"8\" stroke-linecap=\"round\" opacity=\".14\"/>\n");
        s.append("<path d=\"M164 336 H316\" stroke=\"#c88b52\" stroke-width=\"5\"/>\n");
        s.append("<rect x=\"156\" y=\"388\" width=\"168\" height=\"18\" rx=\"8\" fill=\"#20282c\"/>\n");
        s.append("<ellipse cx=\"240\" cy=\"216\" rx=\"46\" ry=\"10\" fill=\"#3c474e\"/>\n");
        s.append("<rect x=\"235\" y=\"178\" width=\"10\" height=\"34\" rx=\"5\" fill=\"#c3c9ce\"/>\n");
        s.append("<circle cx=\"240\" cy=\"168\" r=\"16\" fill=\"#f6f6f4\" stroke=\"#9aa5ad\" stroke-width=\"4\"/>\n");
        s.append("<path d=\"M240 168 L249 160\" stroke=\"#c0392b\" stroke-width=\"2.5\" stroke-linecap=\"round\"/>\n");
        return s.toString();
    }

    // ------------------------------------------------------------------ gifts

    private String tastingFlight() {
        StringBuilder s = new StringBuilder();
        s.append("<ellipse cx=\"240\" cy=\"420\" rx=\"220\" ry=\"12\" fill=\"#000\" opacity=\".12\"/>\n");
        s.append("<rect x=\"22\" y=\"398\" width=\"436\" height=\"20\" rx=\"6\" fill=\"#a8713f\"/>\n");
        s.append("<rect x=\"22\" y=\"398\" width=\"436\" height=\"6\" rx=\"3\" fill=\"#fff\" opacity=\".2\"/>\n");
        String[][] bags = {
                {"#d98e2b", "ETHIOPIA", "flower", "1"}, {"#7d2a4a", "KENYA", "berries", "1"},
                {"#b8432f", "COLOMBIA", "mountain", "2"}, {"#2f6b4f", "SUMATRA", "leaf", "3"}};
        double scale = 0.46;
        for (int i = 0; i < bags.length; i++) {
            double cx = 80 + i * 107;
            s.append(String.format(Locale.ROOT, "<g transform=\"translate(%.1f %.1f) scale(%.2f)\">%n",
                    cx - 240 * scale, 400 - 410 * scale, scale));
            s.append(bag(bags[i][0], bags[i][1], "4 oz", Integer.parseInt(bags[i][3]), bags[i][2]));
            s.append("</g>\n");
        }
        s.append("<rect x=\"176\" y=\"120\" width=\"128\" height=\"40\" rx=\"6\" fill=\"#fffaf2\" stroke=\"#a8713f\" stroke-width=\"2\" transform=\"rotate(-4 240 140)\"/>\n");
        s.append(text(240, 146, "Tasting flight", 17, "#6b4428", false, true).replace("<text ", "<text transform=\"rotate(-4 240 140)\" "));
        return s.toString();
    }

    private String samplerTin() {
        String[] colors = {"#b5652a", "#6f8f2f", "#2f4673", "#1f8a78", "#d9c39a", "#8a2f22"};
        StringBuilder s = new StringBuilder();
        s.append("<path d=\"M118 214 L362 214 L344 104 L136 104 Z\" fill=\"#3a8270\"/>\n");
        s.append("<path d=\"M130 206 L350 206 L336 114 L144 114 Z\" fill=\"none\" stroke=\"#f4d06f\" stroke-width=\"2\" opacity=\".8\"/>\n");
        s.append("<circle cx=\"240\" cy=\"160\" r=\"30\" fill=\"#f4d06f\" opacity=\".9\"/>\n");
        s.append(motif("leaf", 240, 160, 18, "#2f6b5b"));
        s.append("<rect x=\"110\" y=\"218\" width=\"260\" height=\"188\" rx=\"14\" fill=\"#2f6b5b\"/>\n");
        s.append("<rect x=\"124\" y=\"232\" width=\"232\" height=\"160\" rx=\"8\" fill=\"#1f4a3f\"/>\n");
        for (int i = 0; i < 6; i++) {
            int x = 134 + (i % 3) * 74;
            int y = 242 + (i / 3) * 74;
            s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"64\" height=\"66\" rx=\"6\" fill=\"")
                    .append(colors[i]).append("\"/>");
            s.append("<rect x=\"").append(x + 10).append("\" y=\"").append(y + 34).append("\" width=\"44\" height=\"16\" rx=\"3\" fill=\"#fbf6ea\"/>");
            s.append("<path d=\"M").append(x).append(' ').append(y + 10).append(" H").append(x + 64)
                    .append("\" stroke=\"#000\" stroke-opacity=\".15\" stroke-width=\"3\"/>\n");
        }
        return s.toString();
    }

    private String giftBox() {
        StringBuilder s = new StringBuilder();
        s.append("<rect x=\"122\" y=\"226\" width=\"236\" height=\"178\" rx=\"6\" fill=\"#c44d58\"/>\n");
        s.append("<rect x=\"122\" y=\"226\" width=\"236\" height=\"178\" rx=\"6\" fill=\"#000\" opacity=\".06\"/>\n");
        s.append("<rect x=\"108\" y=\"192\" width=\"264\" height=\"46\" rx=\"6\" fill=\"#d65f6a\"/>\n");
        s.append("<rect x=\"108\" y=\"232\" width=\"264\" height=\"6\" fill=\"#000\" opacity=\".12\"/>\n");
        s.append("<rect x=\"224\" y=\"192\" width=\"32\" height=\"212\" fill=\"#f4d06f\"/>\n");
        s.append("<rect x=\"122\" y=\"300\" width=\"236\" height=\"26\" fill=\"#f4d06f\"/>\n");
        s.append("<path d=\"M240 190 C200 150 160 166 180 190 C190 202 220 196 240 190 Z\" fill=\"#f4d06f\" stroke=\"#d9b24c\" stroke-width=\"3\"/>\n");
        s.append("<path d=\"M240 190 C280 150 320 166 300 190 C290 202 260 196 240 190 Z\" fill=\"#f4d06f\" stroke=\"#d9b24c\" stroke-width=\"3\"/>\n");
        s.append("<path d=\"M236 194 L214 236 M244 194 L266 236\" stroke=\"#d9b24c\" stroke-width=\"8\" stroke-linecap=\"round\"/>\n");
        s.append("<circle cx=\"240\" cy=\"191\" r=\"11\" fill=\"#e9c158\"/>\n");
        s.append("<path d=\"M256 326 C270 344 290 346 300 350\" fill=\"none\" stroke=\"#6b4428\" stroke-width=\"2\"/>\n");
        s.append("<path d=\"M296 338 L344 338 L354 352 L344 366 L296 366 Z\" fill=\"#fffaf2\" stroke=\"#d9c3a0\" stroke-width=\"2\" transform=\"rotate(8 320 352)\"/>\n");
        s.append("<circle cx=\"302\" cy=\"352\" r=\"3\" fill=\"#d9c3a0\" transform=\"rotate(8 320 352)\"/>\n");
        // a ceramic dripper drawn on the box front
        s.append("<path d=\"M150 252 L198 252 L186 282 L162 282 Z\" fill=\"#f7f4ef\" opacity=\".85\"/>\n");
        s.append("<rect x=\"158\" y=\"282\" width=\"32\" height=\"5\" rx=\"2\" fill=\"#f7f4ef\" opacity=\".85\"/>\n");
        return s.toString();
    }

    private String biscotti() {
        StringBuilder s = new StringBuilder();
        s.append("<ellipse cx=\"240\" cy=\"372\" rx=\"196\" ry=\"44\" fill=\"#000\" opacity=\".10\"/>\n");
        s.append("<ellipse cx=\"240\" cy=\"358\" rx=\"190\" ry=\"50\" fill=\"#f8f4ee\" stroke=\"#e2d8cc\" stroke-width=\"3\"/>\n");
        s.append("<ellipse cx=\"240\" cy=\"356\" rx=\"140\" ry=\"32\" fill=\"none\" stroke=\"#e9e1d6\" stroke-width=\"3\"/>\n");
        int[][] pieces = {{118, 250, -14}, {200, 232, -6}, {282, 246, 8}};
        for (int[] p : pieces) {
            int x = p[0];
            int y = p[1];
            s.append("<g transform=\"rotate(").append(p[2]).append(' ').append(x + 40).append(' ').append(y + 60).append(")\">");
            s.append("<path d=\"M").append(x).append(' ').append(y + 110).append(" L").append(x + 6).append(' ').append(y + 20)
                    .append(" Q").append(x + 42).append(' ').append(y - 8).append(' ').append(x + 78).append(' ').append(y + 20)
                    .append(" L").append(x + 82).append(' ').append(y + 110).append(" Z\" fill=\"#e6bd80\" stroke=\"#b98444\" stroke-width=\"4\" stroke-linejoin=\"round\"/>");
            int[][] almonds = {{22, 48}, {52, 40}, {34, 78}, {60, 88}, {18, 96}};
            for (int[] a : almonds) {
                s.append("<ellipse cx=\"").append(x + a[0]).append("\" cy=\"").append(y + a[1])
                        .append("\" rx=\"9\" ry=\"6\" fill=\"#f4e6c8\" stroke=\"#b98444\" stroke-width=\"1.5\"/>");
            }
            s.append("</g>\n");
        }
        return s.toString();
    }

    private String chocolate() {
        StringBuilder s = new StringBuilder();
        s.append("<g transform=\"rotate(-10 240 290)\">\n");
        s.append("<rect x=\"136\" y=\"150\" width=\"208\" height=\"250\" rx=\"10\" fill=\"#4a2a1c\"/>\n");
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                int x = 148 + col * 64;
                int y = 162 + row * 52;
                s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"56\" height=\"44\" rx=\"4\" fill=\"#5e3726\"/>");
                s.append("<path d=\"M").append(x + 4).append(' ').append(y + 4).append(" H").append(x + 52)
                        .append("\" stroke=\"#fff\" stroke-opacity=\".15\" stroke-width=\"3\"/>");
            }
        }
        s.append('\n');
        StringBuilder foil = new StringBuilder("M130 318");
        for (int x = 130; x < 350; x += 11) {
            foil.append(" L").append(x + 5).append(' ').append(x % 2 == 0 ? 306 : 310).append(" L").append(x + 11).append(" 318");
        }
        s.append("<path d=\"").append(foil).append(" L350 330 L130 330 Z\" fill=\"#d4d9dd\"/>\n");
        s.append("<rect x=\"130\" y=\"326\" width=\"220\" height=\"84\" rx=\"6\" fill=\"#c9a45c\"/>\n");
        s.append("<rect x=\"140\" y=\"336\" width=\"200\" height=\"64\" rx=\"4\" fill=\"none\" stroke=\"#fff6de\" stroke-width=\"2\" opacity=\".7\"/>\n");
        s.append(text(240, 374, "70% CACAO", 20, "#4a2a1c", true, false));
        s.append(text(240, 394, "Ecuador", 13, "#4a2a1c", false, true));
        s.append("</g>\n");
        return s.toString();
    }

    private String coldBrew() {
        StringBuilder s = new StringBuilder();
        s.append("<rect x=\"150\" y=\"170\" width=\"140\" height=\"236\" rx=\"26\" fill=\"#e6f1f6\" fill-opacity=\".6\" stroke=\"#a9c0cc\" stroke-width=\"3\"/>\n");
        s.append("<rect x=\"155\" y=\"214\" width=\"130\" height=\"186\" rx=\"22\" fill=\"#3b2416\"/>\n");
        s.append("<rect x=\"155\" y=\"214\" width=\"130\" height=\"12\" fill=\"#6e4329\"/>\n");
        s.append("<rect x=\"202\" y=\"150\" width=\"36\" height=\"220\" rx=\"12\" fill=\"#c9d0d6\" fill-opacity=\".85\"/>\n");
        for (int y = 232; y < 364; y += 12) {
            s.append("<path d=\"M204 ").append(y).append(" H236\" stroke=\"#8d949a\" stroke-width=\"1.5\" opacity=\".7\"/>");
        }
        s.append('\n');
        s.append("<rect x=\"170\" y=\"230\" width=\"26\" height=\"24\" rx=\"5\" fill=\"#dff1fa\" opacity=\".55\" transform=\"rotate(12 183 242)\"/>\n");
        s.append("<rect x=\"246\" y=\"240\" width=\"24\" height=\"22\" rx=\"5\" fill=\"#dff1fa\" opacity=\".5\" transform=\"rotate(-10 258 251)\"/>\n");
        s.append("<rect x=\"144\" y=\"144\" width=\"152\" height=\"32\" rx=\"8\" fill=\"#c9a45c\"/>\n");
        s.append("<rect x=\"150\" y=\"150\" width=\"140\" height=\"5\" rx=\"2\" fill=\"#fff\" opacity=\".3\"/>\n");
        s.append("<path d=\"M162 190 L168 390\" stroke=\"#fff\" stroke-width=\"6\" stroke-linecap=\"round\" opacity=\".6\"/>\n");
        double scale = 0.5;
        s.append(String.format(Locale.ROOT, "<g transform=\"translate(%.1f %.1f) scale(%.2f)\">%n",
                352 - 240 * scale, 406 - 410 * scale, scale));
        s.append(bag("#2e2320", "COLD BREW", "Coarse grind", 3, "bean"));
        s.append("</g>\n");
        return s.toString();
    }

    // ------------------------------------------------------------------ helpers

    private String id(String base) {
        return base + (++idCounter);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
