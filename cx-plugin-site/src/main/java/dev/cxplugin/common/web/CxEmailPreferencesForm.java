package dev.cxplugin.common.web;

import java.io.Serializable;

/** What the account page's "Email preferences" form shows and posts. */
public class CxEmailPreferencesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Occasional emails (follow-ups, birthday, surveys, review requests): the opposite of the opt-out. */
    protected boolean receiveOccasional = true;

    /** ISO {@code yyyy-MM-dd} (what {@code <input type="date">} posts), or empty for none. */
    protected String birthDate = "";

    public boolean isReceiveOccasional() { return receiveOccasional; }
    public void setReceiveOccasional(boolean receiveOccasional) { this.receiveOccasional = receiveOccasional; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
}
