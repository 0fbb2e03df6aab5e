package dev.cxplugin.notify.dao;

import dev.cxplugin.notify.domain.CxFulfilmentEvent;
import dev.cxplugin.notify.domain.CxOrderFulfilment;
import org.broadleafcommerce.common.persistence.EntityConfiguration;

import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

public class CxFulfilmentDaoImpl implements CxFulfilmentDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Override
    public CxFulfilmentEvent createEvent() {
        return (CxFulfilmentEvent) entityConfiguration.createEntityInstance(CxFulfilmentEvent.class.getName());
    }

    @Override
    public CxFulfilmentEvent saveEvent(CxFulfilmentEvent event) {
        if (event.getId() == null) {
            em.persist(event);
            return event;
        }
        return em.merge(event);
    }

    @Override
    public CxFulfilmentEvent readEvent(String source, String eventId) {
        TypedQuery<CxFulfilmentEvent> q = em.createQuery("SELECT e FROM " + CxFulfilmentEvent.class.getName()
                + " e WHERE e.source = :source AND e.eventId = :eventId", CxFulfilmentEvent.class);
        q.setParameter("source", source);
        q.setParameter("eventId", eventId);
        List<CxFulfilmentEvent> result = q.getResultList();
        return result.isEmpty() ? null : result.get(0);
    }

    @Override
    public List<CxFulfilmentEvent> readEventsForOrder(Long orderId) {
        TypedQuery<CxFulfilmentEvent> q = em.createQuery("SELECT e FROM " + CxFulfilmentEvent.class.getName()
                + " e WHERE e.orderId = :orderId ORDER BY e.recordedAt, e.id", CxFulfilmentEvent.class);
        q.setParameter("orderId", orderId);
        return q.getResultList();
    }

    @Override
    public CxOrderFulfilment createFulfilment() {
        return (CxOrderFulfilment) entityConfiguration.createEntityInstance(CxOrderFulfilment.class.getName());
    }

    @Override
    public CxOrderFulfilment saveFulfilment(CxOrderFulfilment fulfilment) {
        if (fulfilment.getId() == null) {
            em.persist(fulfilment);
            return fulfilment;
        }
        return em.merge(fulfilment);
    }

    @Override
    public CxOrderFulfilment readFulfilment(Long orderId) {
        TypedQuery<CxOrderFulfilment> q = em.createQuery("SELECT f FROM " + CxOrderFulfilment.class.getName()
                + " f WHERE f.orderId = :orderId", CxOrderFulfilment.class);
        q.setParameter("orderId", orderId);
        List<CxOrderFulfilment> result = q.getResultList();
        return result.isEmpty() ? null : result.get(0);
    }
}
