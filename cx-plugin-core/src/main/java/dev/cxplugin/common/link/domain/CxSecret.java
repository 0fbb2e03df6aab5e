package dev.cxplugin.common.link.domain;

import java.io.Serializable;
import java.util.Date;

/**
 * A secret the plugin generated for itself and keeps in the database so every store node shares it and
 * restarts keep it (e.g. the link-signing key when {@code cx.link.secret} is not set). Never shown in the admin.
 */
public interface CxSecret extends Serializable {

    String getName();
    void setName(String name);

    /** Base64 of the secret's bytes. */
    String getSecretValue();
    void setSecretValue(String secretValue);

    Date getCreatedDate();
    void setCreatedDate(Date createdDate);
}
