package dev.cxplugin.notify.service;

/** A notification as its customer receives it: subject, HTML and the plain-text part. */
public class CxRenderedEmail {

    protected final String subject;
    protected final String html;
    protected final String text;

    public CxRenderedEmail(String subject, String html, String text) {
        this.subject = subject;
        this.html = html;
        this.text = text;
    }

    public String getSubject() { return subject; }
    public String getHtml() { return html; }
    public String getText() { return text; }
}
