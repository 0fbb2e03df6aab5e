package dev.cxplugin.common.link.domain;

import java.io.Serializable;
import java.util.Date;

/** A single-use signed link that has been used: its token's hash is unique, so a link is used at most once. */
public interface CxUsedLink extends Serializable {

    Long getId();
    void setId(Long id);

    /** Hex SHA-256 of the token's signature (unique). */
    String getTokenHash();
    void setTokenHash(String tokenHash);

    String getPurpose();
    void setPurpose(String purpose);

    Long getCustomerId();
    void setCustomerId(Long customerId);

    Date getUsedDate();
    void setUsedDate(Date usedDate);

    /** When the link would have expired anyway: rows older than this may be purged. */
    Date getExpiresDate();
    void setExpiresDate(Date expiresDate);
}
