package dev.cxplugin.test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import javax.mail.internet.MimeMessage;

/** A real SMTP server (GreenMail) in the test JVM, on the port the Broadleaf test context sends to. */
public final class TestMailServer {

    private GreenMail greenMail;

    public synchronized TestMailServer start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(BroadleafTestContext.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
        return this;
    }

    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public MimeMessage[] received() {
        return greenMail == null ? new MimeMessage[0] : greenMail.getReceivedMessages();
    }

    public void purge() throws Exception {
        if (greenMail != null) {
            greenMail.purgeEmailFromAllMailboxes();
        }
    }
}
