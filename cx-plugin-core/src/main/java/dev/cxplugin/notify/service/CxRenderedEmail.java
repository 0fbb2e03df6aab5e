package dev.cxplugin.notify.service;

/** A notification as its customer receives it: subject, HTML and the plain-text part. */
public class CxRenderedEmail {

    protected final String subject;
    protected final String html;
    protected final String text;
    protected String unsubscribeUrl;

    public CxRenderedEmail(String subject, String html, String text) {
        this.subject = subject;
        this.html = html;
        this.text = text;
    }

    public String getSubject() { return subject; }
    public String getHtml() { return html; }
    public String getText() { return text; }
    /** The one-click unsubscribe URL of a non-transactional email, else null. */
    public String getUnsubscribeUrl() { return unsubscribeUrl; }
    public CxRenderedEmail withUnsubscribeUrl(String url) { this.unsubscribeUrl = url; return this; }
}
