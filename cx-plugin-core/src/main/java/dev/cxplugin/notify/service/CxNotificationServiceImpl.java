package dev.cxplugin.notify.service;

import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.type.CxNotificationStatus;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;
import java.util.Map;
import java.util.UUID;

import javax.annotation.Resource;
import javax.persistence.PersistenceException;


public class CxNotificationServiceImpl implements CxNotificationService {

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao notificationDao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "cxNotificationSettings")
    protected CxNotificationSettings settings;

    @Override
    @Transactional("blTransactionManager")
    public CxNotification enqueue(CxNotificationRequest request) {
        CxNotification existing = notificationDao.readByDedupeKey(request.getDedupeKey());
        if (existing != null) {
            if (CxNotificationStatus.CANCELLED.equals(existing.getStatus())) {
                existing.setStatus(CxNotificationStatus.PENDING);
                existing.setNextAttemptDate(request.getNotBefore() != null ? request.getNotBefore() : new Date());
                existing.setLastError(null);
                return notificationDao.save(existing);
            }
            return existing;
        }
        CxNotification n = notificationDao.create();
        n.setKind(request.getKind().getType());
        n.setDedupeKey(request.getDedupeKey());
        n.setStatus(CxNotificationStatus.PENDING);
        n.setCustomerId(request.getCustomerId());
        n.setOrderId(request.getOrderId());
        n.setRecipient(request.getRecipient());
        n.setLocale(request.getLocale());
        n.setMessageId("<cx-" + UUID.randomUUID() + "@" + settings.getMessageIdDomain() + ">");
        n.setPayload(encode(request.getDetails()));
        Date now = new Date();
        n.setCreatedDate(now);
        n.setNextAttemptDate(request.getNotBefore() != null && request.getNotBefore().after(now) ? request.getNotBefore() : now);
        n.setAttempts(0);
        return notificationDao.save(n);
    }

    @Override
    public CxNotification enqueueIndependently(final CxNotificationRequest request) {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try {
            return tx.execute(new TransactionCallback<CxNotification>() {
                @Override
                public CxNotification doInTransaction(TransactionStatus status) {
                    return enqueue(request);
                }
            });
        } catch (DataIntegrityViolationException | PersistenceException e) {
            // another thread or node recorded the same event first: that row stands
            return tx.execute(new TransactionCallback<CxNotification>() {
                @Override
                public CxNotification doInTransaction(TransactionStatus status) {
                    return notificationDao.readByDedupeKey(request.getDedupeKey());
                }
            });
        }
    }

    @Override
    @Transactional("blTransactionManager")
    public CxNotification readById(Long id) {
        return notificationDao.readById(id);
    }

    @Override
    @Transactional("blTransactionManager")
    public CxNotification resend(Long id) {
        CxNotification n = notificationDao.readById(id);
        if (n == null) {
            throw new IllegalArgumentException("No notification " + id);
        }
        if (CxNotificationStatus.DEAD.equals(n.getStatus()) || CxNotificationStatus.CANCELLED.equals(n.getStatus())) {
            n.setStatus(CxNotificationStatus.PENDING);
            n.setAttempts(0);
            n.setNextAttemptDate(new Date());
            n.setLastError(null);
            n = notificationDao.save(n);
        }
        return n;
    }

    static String encode(Map<String, String> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : details.entrySet()) {
            sb.append(e.getKey()).append('=').append(e.getValue() == null ? "" : e.getValue().replace('\n', ' ')).append('\n');
        }
        return sb.toString();
    }
}
