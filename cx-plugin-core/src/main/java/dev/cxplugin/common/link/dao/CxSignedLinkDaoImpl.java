package dev.cxplugin.common.link.dao;

import dev.cxplugin.common.link.domain.CxSecret;
import dev.cxplugin.common.link.domain.CxSecretImpl;
import dev.cxplugin.common.link.domain.CxUsedLink;
import dev.cxplugin.common.link.domain.CxUsedLinkImpl;
import org.broadleafcommerce.common.persistence.EntityConfiguration;

import java.util.Date;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

public class CxSignedLinkDaoImpl implements CxSignedLinkDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Override
    public CxUsedLink createUsedLink() {
        return (CxUsedLink) entityConfiguration.createEntityInstance(CxUsedLink.class.getName());
    }

    @Override
    public boolean isUsed(String tokenHash) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(u) FROM " + CxUsedLink.class.getName()
                + " u WHERE u.tokenHash = :hash", Long.class);
        q.setParameter("hash", tokenHash);
        return q.getSingleResult() > 0;
    }

    @Override
    public void saveUsedLink(CxUsedLink usedLink) {
        em.persist(usedLink);
        em.flush();
    }

    @Override
    public int deleteUsedLinksExpiredBefore(Date before) {
        return em.createQuery("DELETE FROM " + CxUsedLinkImpl.class.getName() + " u WHERE u.expiresDate < :before")
                .setParameter("before", before).executeUpdate();
    }

    @Override
    public CxSecret readSecret(String name) {
        return em.find(CxSecretImpl.class, name);
    }

    @Override
    public CxSecret createSecret(String name, String value, Date now) {
        CxSecret secret = (CxSecret) entityConfiguration.createEntityInstance(CxSecret.class.getName());
        secret.setName(name);
        secret.setSecretValue(value);
        secret.setCreatedDate(now);
        em.persist(secret);
        em.flush();
        return secret;
    }
}
