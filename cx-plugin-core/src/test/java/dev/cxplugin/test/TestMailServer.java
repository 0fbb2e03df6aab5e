package dev.cxplugin.test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import javax.mail.internet.MimeMessage;

/** A real SMTP server (GreenMail) in the test JVM, on the port the Broadleaf test context sends to. */
public final class TestMailServer {

    // one server per JVM, whichever test class's instance starts it: they all listen on the same port
    private static GreenMail greenMail;

    public TestMailServer start() {
        synchronized (TestMailServer.class) {
            startShared();
        }
        return this;
    }

    private static void startShared() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(BroadleafTestContext.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    public void stop() {
        synchronized (TestMailServer.class) {
            stopShared();
        }
    }

    private static void stopShared() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public MimeMessage[] received() {
        return greenMail == null ? new MimeMessage[0] : greenMail.getReceivedMessages();
    }

    /** Waits (without spinning) until at least {@code count} messages arrived; false if the time ran out. */
    public boolean awaitReceived(int count, long timeoutMillis) {
        return greenMail != null && greenMail.waitForIncomingEmail(timeoutMillis, count);
    }

    public void purge() throws Exception {
        if (greenMail != null) {
            greenMail.purgeEmailFromAllMailboxes();
        }
    }
}
