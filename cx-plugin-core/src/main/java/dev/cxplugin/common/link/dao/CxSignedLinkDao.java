package dev.cxplugin.common.link.dao;

import dev.cxplugin.common.link.domain.CxSecret;
import dev.cxplugin.common.link.domain.CxUsedLink;

import java.util.Date;

public interface CxSignedLinkDao {

    CxUsedLink createUsedLink();

    boolean isUsed(String tokenHash);

    /** Persists and flushes at once, so a second use of the same link fails here on the unique key. */
    void saveUsedLink(CxUsedLink usedLink);

    /** Deletes used-link rows of links that expired before {@code before}; returns how many. */
    int deleteUsedLinksExpiredBefore(Date before);

    CxSecret readSecret(String name);

    /** Persists and flushes a new secret; fails on the primary key if another node created it first. */
    CxSecret createSecret(String name, String value, Date now);
}
