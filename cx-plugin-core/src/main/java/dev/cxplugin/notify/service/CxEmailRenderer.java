package dev.cxplugin.notify.service;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.spring3.messageresolver.SpringMessageResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.mail.MessagingException;
import javax.mail.internet.InternetHeaders;
import javax.mail.internet.MimeBodyPart;

/**
 * Renders customer emails from Thymeleaf templates on the classpath ({@code cx/notify/<kind>.html}) with
 * messages in {@code cx/notify/messages[_ar|_fa].properties} (UTF-8). A merchant overrides a template or a
 * message by putting a file of the same name earlier on the classpath (their web application's classes).
 */
public class CxEmailRenderer {

    protected final SpringTemplateEngine engine = new SpringTemplateEngine();
    protected final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
    protected final java.util.List<String> basenames = new java.util.ArrayList<String>();

    public CxEmailRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setSuffix(".html");
        resolver.setTemplateMode("HTML5");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        basenames.add("classpath:cx/notify/messages");
        messages.setBasenames(basenames.toArray(new String[basenames.size()]));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringMessageResolver messageResolver = new SpringMessageResolver();
        messageResolver.setMessageSource(messages);
        engine.setMessageResolver(messageResolver);
        addCompiledTemplate(new CxOrderConfirmedHtml());
    }

    public MessageSource getMessages() {
        return messages;
    }

    /** The rendered HTML body; a missing template or variable fails with the reason. */
    public String html(String template, Locale locale, Map<String, Object> model) {
        includeMessagesOf(template);
        CxCompiledTemplate compiled = compiledFor(template);
        if (compiled != null) {
            String html = compiled.render(locale, model, messages);
            if (html != null) {
                return html;
            }
        }
        return thymeleaf(template, locale, model);
    }

    /** The template rendered by Thymeleaf, whatever Java versions exist. */
    public String thymeleaf(String template, Locale locale, Map<String, Object> model) {
        includeMessagesOf(template);
        return engine.process(template, new Context(locale, model));
    }

    /** Built-in templates written out in Java, by name. */
    protected final Map<String, CxCompiledTemplate> compiled = new ConcurrentHashMap<String, CxCompiledTemplate>();

    /** Per template name: whether the file on the classpath is the one its Java version reproduces (read once). */
    protected final Map<String, Boolean> compiledMatches = new ConcurrentHashMap<String, Boolean>();

    /** Adds (or, with a merchant's own class, replaces) the Java version of a template. */
    public void addCompiledTemplate(CxCompiledTemplate template) {
        compiled.put(template.template(), template);
        compiledMatches.remove(template.template());
    }

    /** The Java version of a template, if there is one and the classpath holds the very file it was written from. */
    protected CxCompiledTemplate compiledFor(String template) {
        CxCompiledTemplate c = compiled.get(template);
        if (c == null) {
            return null;
        }
        Boolean matches = compiledMatches.get(template);
        if (matches == null) {
            matches = c.sourceSha256().equals(sha256Of(template + ".html"));
            compiledMatches.put(template, matches);
        }
        return matches ? c : null;
    }

    /** SHA-256 of the resource Thymeleaf's class-loader resolver would read (context class loader first), or null. */
    static String sha256Of(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = CxEmailRenderer.class.getClassLoader();
        }
        java.io.InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            return null;
        }
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                digest.update(buf, 0, n);
            }
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest.digest()) {
                hex.append(String.format("%02x", b & 0xff));
            }
            return hex.toString();
        } catch (java.io.IOException e) {
            return null;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                in.close();
            } catch (java.io.IOException ignored) {
                // read already
            }
        }
    }

    /**
     * Adds the message bundle beside a template ({@code cx/complaint/received} reads {@code cx/complaint/messages}),
     * so a capability's own kinds bring their texts without configuration; cx/notify's bundle stays first.
     */
    protected void includeMessagesOf(String template) {
        int slash = template.lastIndexOf('/');
        if (slash < 0) {
            return;
        }
        String basename = "classpath:" + template.substring(0, slash) + "/messages";
        synchronized (basenames) {
            if (!basenames.contains(basename)) {
                basenames.add(basename);
                messages.setBasenames(basenames.toArray(new String[basenames.size()]));
                // the merged properties are cached per locale: without this, a locale already used never sees the new bundle
                messages.clearCache();
            }
        }
    }

    public String message(String code, Object[] args, Locale locale) {
        return messages.getMessage(code, args, locale);
    }

    /**
     * A plain-text alternative of an HTML email: the text, with lines where blocks end. One pass over the HTML
     * (a regex per rule cost more than rendering the template): head, style and script are dropped, br and the
     * ends of p, div, tr, h1-h6, li and table end a line, cells are two spaces apart, other tags go, common and
     * numeric entities are decoded, each line is trimmed with runs of blanks shortened to two, empty lines go.
     */
    public static String plainText(String html) {
        StringBuilder raw = new StringBuilder(html.length() / 2);
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = i + 1 < n && isTagStart(html.charAt(i + 1)) ? html.indexOf('>', i + 1) : -1;
                if (end < 0) {
                    raw.append(c); // a '<' that starts no tag is text
                    i++;
                    continue;
                }
                String name = tagName(html, i + 1, end);
                boolean closing = html.charAt(i + 1) == '/';
                if (!closing && ("head".equals(name) || "style".equals(name) || "script".equals(name))) {
                    int close = indexOfIgnoreCase(html, "</" + name + ">", end + 1);
                    if (close >= 0) {
                        i = close + name.length() + 3;
                        continue;
                    }
                }
                if (!closing && "br".equals(name)) {
                    raw.append('\n');
                } else if (closing && isBlock(name)) {
                    raw.append('\n');
                } else if (closing && ("td".equals(name) || "th".equals(name))) {
                    raw.append("  ");
                }
                i = end + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i + 1);
                String decoded = semi > i && semi - i <= 10 ? entity(html.substring(i + 1, semi)) : null;
                if (decoded != null) {
                    raw.append(decoded);
                    i = semi + 1;
                } else {
                    raw.append(c);
                    i++;
                }
            } else {
                raw.append(c);
                i++;
            }
        }
        StringBuilder sb = new StringBuilder(raw.length());
        int start = 0;
        int len = raw.length();
        while (start <= len) {
            int nl = raw.indexOf("\n", start);
            int stop = nl < 0 ? len : nl;
            appendLine(sb, raw, start, stop);
            start = stop + 1;
        }
        return sb.toString();
    }

    /** Appends one line trimmed, with runs of two or more blanks as two spaces; nothing if it is blank. */
    static void appendLine(StringBuilder out, CharSequence s, int from, int to) {
        while (from < to && s.charAt(from) <= ' ') from++;
        while (to > from && s.charAt(to - 1) <= ' ') to--;
        if (from == to) {
            return;
        }
        int blanks = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (Character.isWhitespace(c)) {
                blanks++;
                continue;
            }
            if (blanks == 1) {
                out.append(s.charAt(k - 1));
            } else if (blanks > 1) {
                out.append("  ");
            }
            blanks = 0;
            out.append(c);
        }
        out.append('\n');
    }

    static boolean isTagStart(char c) {
        return c == '/' || c == '!' || (c < 128 && Character.isLetter(c));
    }

    static String tagName(String html, int from, int end) {
        int k = from;
        if (k < end && html.charAt(k) == '/') k++;
        int startName = k;
        while (k < end && Character.isLetterOrDigit(html.charAt(k))) k++;
        return html.substring(startName, k).toLowerCase(Locale.ROOT);
    }

    static boolean isBlock(String name) {
        return "p".equals(name) || "div".equals(name) || "tr".equals(name) || "li".equals(name) || "table".equals(name)
                || (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6');
    }

    static int indexOfIgnoreCase(String s, String what, int from) {
        for (int k = from; k <= s.length() - what.length(); k++) {
            if (s.regionMatches(true, k, what, 0, what.length())) {
                return k;
            }
        }
        return -1;
    }

    /** The text of an entity (without & and ;), or null when it is not one we know. */
    static String entity(String name) {
        if ("nbsp".equals(name)) return " ";
        if ("amp".equals(name)) return "&";
        if ("lt".equals(name)) return "<";
        if ("gt".equals(name)) return ">";
        if ("quot".equals(name)) return "\"";
        if ("apos".equals(name)) return "'";
        if (name.length() > 1 && name.charAt(0) == '#') {
            try {
                int code = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * A MIME body part holding {@code content} already transfer-encoded (7bit, quoted-printable or base64, as
     * JavaMail would choose), so neither building nor sending the message encodes it again byte by byte.
     */
    public static MimeBodyPart encodedPart(String content, String mimeType) throws MessagingException {
        byte[] utf8 = content.getBytes(StandardCharsets.UTF_8);
        int nonAscii = 0;
        int line = 0;
        int longest = 0;
        for (byte b : utf8) {
            if (b < 0) nonAscii++;
            if (b == '\n') {
                line = 0;
            } else if (++line > longest) {
                longest = line;
            }
        }
        String encoding = nonAscii == 0 && longest <= 998 ? "7bit" : nonAscii * 3 < utf8.length ? "quoted-printable" : "base64";
        byte[] body = "7bit".equals(encoding) ? utf8 : "base64".equals(encoding) ? base64(utf8) : quotedPrintable(utf8);
        InternetHeaders headers = new InternetHeaders();
        headers.setHeader("Content-Type", mimeType + "; charset=UTF-8");
        headers.setHeader("Content-Transfer-Encoding", encoding);
        return new MimeBodyPart(headers, body);
    }

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /**
     * Quoted-printable (RFC 2045) of text in one pass over an array: JavaMail's encoder stream works byte by byte
     * through virtual calls and was a fifth of a render thread's time. Line breaks become CRLF, lines stay within
     * 76 characters (soft breaks), '=' and bytes outside printable ASCII are escaped, and so is a space or tab
     * that ends a line.
     */
    public static byte[] quotedPrintable(byte[] in) {
        byte[] out = new byte[in.length * 13 / 4 + 16];
        int o = 0;
        int column = 0;
        for (int i = 0; i < in.length; i++) {
            int b = in[i] & 0xff;
            if (b == '\r' || b == '\n') {
                if (b == '\r' && i + 1 < in.length && in[i + 1] == '\n') {
                    i++;
                }
                out[o++] = '\r';
                out[o++] = '\n';
                column = 0;
                continue;
            }
            boolean endsLine = i + 1 == in.length || in[i + 1] == '\r' || in[i + 1] == '\n';
            boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !endsLine);
            int width = literal ? 1 : 3;
            if (column + width > 75) {
                out[o++] = '=';
                out[o++] = '\r';
                out[o++] = '\n';
                column = 0;
            }
            if (literal) {
                out[o++] = (byte) b;
            } else {
                out[o++] = '=';
                out[o++] = HEX[b >> 4];
                out[o++] = HEX[b & 15];
            }
            column += width;
        }
        return Arrays.copyOf(out, o);
    }

    /** Base64 in lines of 76 characters with CRLF, as MIME wants (the JDK's encoder works on the whole array). */
    public static byte[] base64(byte[] in) {
        return Base64.getMimeEncoder().encode(in);
    }
}
