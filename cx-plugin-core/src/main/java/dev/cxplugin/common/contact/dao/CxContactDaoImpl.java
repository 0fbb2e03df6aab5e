package dev.cxplugin.common.contact.dao;

import dev.cxplugin.common.contact.domain.CxContactSlot;
import dev.cxplugin.common.contact.domain.CxContactSlotImpl;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;

import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

public class CxContactDaoImpl implements CxContactDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Override
    public CxContactSlot readSlot(Long customerId) {
        return em.find(CxContactSlotImpl.class, customerId);
    }

    @Override
    public void createSlot(Long customerId) {
        CxContactSlot slot = (CxContactSlot) entityConfiguration.createEntityInstance(CxContactSlot.class.getName());
        slot.setCustomerId(customerId);
        em.persist(slot);
        em.flush();
    }

    @Override
    public int takeSlot(Long customerId, Date now, Date freeSince) {
        return em.createQuery("UPDATE " + CxContactSlotImpl.class.getName() + " s SET s.lastContactDate = :now "
                + "WHERE s.customerId = :id AND (s.lastContactDate IS NULL OR s.lastContactDate <= :freeSince)")
                .setParameter("now", now)
                .setParameter("id", customerId)
                .setParameter("freeSince", freeSince)
                .executeUpdate();
    }

    @Override
    public List<Long> readCustomerIdsWithAttributeEndingWith(String name, String suffix) {
        TypedQuery<Long> q = em.createQuery("SELECT a.customer.id FROM " + CustomerAttribute.class.getName()
                + " a WHERE a.name = :name AND a.value LIKE :pattern ORDER BY a.customer.id", Long.class);
        q.setParameter("name", name);
        q.setParameter("pattern", "%" + suffix);
        return q.getResultList();
    }
}
