package dev.cxplugin.demo.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.mail.Address;
import javax.mail.BodyPart;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.internet.MimeMessage;

/**
 * The demo's mail catcher: a real SMTP server (GreenMail) on loopback that keeps every message the store
 * sends. The admin's mailbox page reads it through {@link #asSupplier()}: plain JDK types only, because
 * each web application has its own class loader.
 */
public class MailCatcher {

    /** Servlet context attribute under which the web applications find the mailbox. */
    public static final String CONTEXT_ATTRIBUTE = "cx.demo.mailbox";

    private final GreenMail greenMail;
    private final int port;

    public MailCatcher(int requestedPort) {
        this.port = requestedPort > 0 ? requestedPort : freePort();
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    public void start() {
        greenMail.start();
    }

    public void stop() {
        greenMail.stop();
    }

    public int getPort() {
        return port;
    }

    public int count() {
        return greenMail.getReceivedMessages().length;
    }

    /** Newest first: from, to, subject, date, messageId, html, text. */
    public List<Map<String, String>> messages() {
        // called from a web application's thread: JavaBeans Activation finds its content handlers through the
        // context class loader, which must be ours (the Jakarta Mail classes GreenMail parsed the messages with)
        Thread thread = Thread.currentThread();
        ClassLoader callers = thread.getContextClassLoader();
        thread.setContextClassLoader(MailCatcher.class.getClassLoader());
        try {
            return readMessages();
        } finally {
            thread.setContextClassLoader(callers);
        }
    }

    protected List<Map<String, String>> readMessages() {
        MimeMessage[] received = greenMail.getReceivedMessages();
        List<Map<String, String>> result = new ArrayList<Map<String, String>>();
        SimpleDateFormat fmt = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
        for (int i = received.length - 1; i >= 0; i--) {
            MimeMessage m = received[i];
            Map<String, String> row = new LinkedHashMap<String, String>();
            try {
                row.put("index", String.valueOf(i));
                row.put("from", join(m.getFrom()));
                row.put("to", join(m.getAllRecipients()));
                row.put("subject", m.getSubject() == null ? "" : m.getSubject());
                row.put("date", m.getSentDate() == null ? "" : fmt.format(m.getSentDate()));
                row.put("messageId", m.getMessageID() == null ? "" : m.getMessageID());
                row.put("html", firstPart(m, "text/html"));
                row.put("text", firstPart(m, "text/plain"));
            } catch (MessagingException | IOException e) {
                row.put("subject", "(unreadable message: " + e.getMessage() + ")");
            }
            result.add(row);
        }
        return result;
    }

    public Supplier<List<Map<String, String>>> asSupplier() {
        return this::messages;
    }

    static String firstPart(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            Object content = part.getContent();
            if (content instanceof String) {
                return (String) content;
            }
            if (content instanceof InputStream) {
                return readUtf8((InputStream) content);
            }
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = firstPart(body, mimeType);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    private static String readUtf8(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    private static String join(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Address a : Arrays.asList(addresses)) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(a.toString());
        }
        return sb.toString();
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new DemoStartupException("No free local port for the mail catcher: " + e.getMessage());
        }
    }
}
