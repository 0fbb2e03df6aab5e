package dev.cxplugin.notify.service;

import dev.cxplugin.common.contact.CxContactPolicy;
import dev.cxplugin.common.link.CxLinkClaims;
import dev.cxplugin.common.link.CxSignedLinkService;
import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.type.CxNotificationKind;
import dev.cxplugin.notify.type.CxNotificationStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.annotation.Resource;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

/**
 * Sends what the outbox holds: claims due rows with a lease (so several store nodes on one database never
 * send a row at the same time), renders each for its customer's locale, sends the batch over one SMTP
 * connection, then records SENT, a retry with exponential backoff and jitter, or DEAD with the reason.
 * Every email keeps the Message-ID it got when it was recorded, across retries.
 */
public class CxNotificationDispatcher {

    private static final Log LOG = LogFactory.getLog(CxNotificationDispatcher.class);

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao notificationDao;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "cxNotificationSettings")
    protected CxNotificationSettings settings;

    @Resource(name = "cxEmailRenderer")
    protected CxEmailRenderer renderer;

    /** Only builds messages (the sender has its own): made once, as a Session reads its configuration files. */
    public static final String UNSUBSCRIBE_PURPOSE = "unsubscribe";
    protected static final long UNSUBSCRIBE_LINK_DAYS = 730;

    /** Opt-out and contact cap; absent only in a store that left the contact policy out. */
    @Autowired(required = false)
    @Qualifier("cxContactPolicy")
    protected CxContactPolicy contactPolicy;

    @Autowired(required = false)
    @Qualifier("cxSignedLinkService")
    protected CxSignedLinkService linkService;

    /** Review and NPS links of the follow-up email, from the reviews and surveys capability when present. */
    @Autowired(required = false)
    protected CxFollowUpLinkProvider followUpLinks;

    protected static final Session MESSAGE_SESSION = Session.getInstance(new java.util.Properties());

    protected JavaMailSender mailSender;

    protected String nodeName = ManagementFactory.getRuntimeMXBean().getName() + "-" + Integer.toHexString(System.identityHashCode(this));

    public void setMailSender(JavaMailSender mailSender) {
        this.mailSender = mailSender;
    }

    public void setNodeName(String nodeName) {
        this.nodeName = nodeName;
    }

    /** One pass: claims up to a batch of due notifications and sends them. Returns how many were sent. */
    public int dispatchOnce() {
        final Date now = new Date();
        final List<Long> claimed = inTransaction(new TransactionCallback<List<Long>>() {
            @Override
            public List<Long> doInTransaction(TransactionStatus status) {
                List<Long> due = notificationDao.readDueIds(now, settings.getBatchSize());
                if (due.isEmpty()) {
                    return Collections.emptyList();
                }
                return notificationDao.claim(due, nodeName, now, new Date(now.getTime() + settings.getLeaseSeconds() * 1000L));
            }
        });
        if (claimed.isEmpty()) {
            return 0;
        }
        // one read-only unit of work renders the whole batch (orders are read once each)
        final Map<Long, MimeMessage> ready = new LinkedHashMap<Long, MimeMessage>();
        inTransaction(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                for (Long id : claimed) {
                    prepare(notificationDao.readById(id), ready);
                }
                return null;
            }
        });
        final Map<Long, String> failures = send(ready);
        // and one transaction records every outcome
        inTransaction(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                for (Long id : ready.keySet()) {
                    finish(id, failures.get(id));
                }
                return null;
            }
        });
        return ready.size() - failures.size();
    }

    /** Dispatches until nothing is due; for tests and the admin's "send now". */
    public int dispatchAll() {
        int total = 0;
        int sent;
        do {
            sent = dispatchOnce();
            total += sent;
        } while (sent > 0);
        return total;
    }

    protected void prepare(CxNotification n, Map<Long, MimeMessage> ready) {
        if (n == null || !CxNotificationStatus.SENDING.equals(n.getStatus()) || !nodeName.equals(n.getLeaseOwner())) {
            return;
        }
        CxNotificationKind kind = CxNotificationKind.getInstance(n.getKind());
        try {
            if (kind == null) {
                throw new IllegalStateException("unknown kind " + n.getKind());
            }
            Order order = n.getOrderId() == null ? null : orderService.findOrderById(n.getOrderId());
            if (CxNotificationKind.ORDER_CONFIRMED.equals(kind) && !isSubmitted(order)) {
                holdUntilSubmitted(n);
                return;
            }
            if (n.getRecipient() == null || n.getRecipient().trim().isEmpty()) {
                throw new IllegalStateException("no recipient address");
            }
            if (!kind.isTransactional() && !mayContact(n, kind, order)) {
                return;
            }
            CxRenderedEmail email = render(n, order);
            ready.put(n.getId(), buildMessage(n, email));
        } catch (Exception e) {
            // a broken template or missing variable will not mend itself: DEAD with the reason, others go on
            LOG.warn("Notification " + n.getId() + " cannot be rendered: " + e.getMessage());
            n.setStatus(CxNotificationStatus.DEAD);
            n.setLastError(truncate("render: " + rootMessage(e)));
            n.setLeaseOwner(null);
            n.setLeaseUntil(null);
            notificationDao.save(n);
        }
    }

    /** The email as it is (or was) sent, for the admin's "view": rendered now from the notification's data. */
    public CxRenderedEmail preview(final Long notificationId) {
        return inTransaction(new TransactionCallback<CxRenderedEmail>() {
            @Override
            public CxRenderedEmail doInTransaction(TransactionStatus status) {
                CxNotification n = notificationDao.readById(notificationId);
                if (n == null) {
                    throw new IllegalArgumentException("No notification " + notificationId);
                }
                Order order = n.getOrderId() == null ? null : orderService.findOrderById(n.getOrderId());
                return render(n, order);
            }
        });
    }

    /** Renders one notification for its customer's locale; a missing template or variable fails with the reason. */
    protected CxRenderedEmail render(CxNotification n, Order order) {
        CxNotificationKind kind = CxNotificationKind.getInstance(n.getKind());
        if (kind == null) {
            throw new IllegalStateException("unknown kind " + n.getKind());
        }
        Locale locale = CxOrderEmailModel.toLocale(n.getLocale());
        Map<String, Object> model = order == null ? baseModel(locale) : CxOrderEmailModel.build(order, locale, settings);
        Map<String, String> details = CxPayload.decode(n.getPayload());
        model.put("details", details);
        String currency = order != null && order.getCurrency() != null ? order.getCurrency().getCurrencyCode() : null;
        model.put("d", CxEmailFormats.formatDetails(details, locale, currency));
        if (model.get("firstName") == null || "".equals(model.get("firstName"))) {
            model.put("firstName", details.containsKey("firstName") ? details.get("firstName") : "");
        }
        model.put("shopUrl", settings.getSiteBaseUrl() + "/");
        model.put("unsubscribeUrl", kind.isTransactional() ? null : unsubscribeUrl(n));
        if (CxNotificationKind.FOLLOW_UP.equals(kind) && order != null) {
            model.put("reviewItems", reviewItems(n, order));
            model.put("npsLinks", followUpLinks == null ? null : followUpLinks.npsLinks(n, locale));
        }
        String html = renderer.html(kind.getTemplate(), locale, model);
        String subject = renderer.message(kind.getType() + ".subject",
                new Object[] {model.get("orderNumber"), settings.getStoreName(), model.get("firstName")}, locale);
        return new CxRenderedEmail(subject, html, CxEmailRenderer.plainText(html))
                .withUnsubscribeUrl((String) model.get("unsubscribeUrl"));
    }

    /** What every email needs when there is no order (a birthday greeting). */
    protected Map<String, Object> baseModel(Locale locale) {
        Map<String, Object> model = new LinkedHashMap<String, Object>();
        boolean rtl = CxOrderEmailModel.isRightToLeft(locale);
        model.put("storeName", settings.getStoreName());
        model.put("supportEmail", settings.getSupportEmail());
        model.put("accountUrl", settings.getSiteBaseUrl() + "/account");
        model.put("dir", rtl ? "rtl" : "ltr");
        model.put("align", rtl ? "right" : "left");
        model.put("lang", locale.getLanguage());
        return model;
    }

    /** One row per product of the order (not per line), each with where to review it. */
    protected List<Map<String, String>> reviewItems(CxNotification n, Order order) {
        List<Map<String, String>> rows = new ArrayList<Map<String, String>>();
        java.util.Set<Long> seen = new java.util.HashSet<Long>();
        for (org.broadleafcommerce.core.order.domain.OrderItem item : order.getOrderItems()) {
            if (!(item instanceof org.broadleafcommerce.core.order.domain.DiscreteOrderItem)) {
                continue;
            }
            org.broadleafcommerce.core.catalog.domain.Product product =
                    ((org.broadleafcommerce.core.order.domain.DiscreteOrderItem) item).getProduct();
            if (product == null || !seen.add(product.getId())) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<String, String>();
            row.put("name", item.getName());
            row.put("imageUrl", CxOrderEmailModel.imageUrl(item, settings));
            String url = followUpLinks == null ? null : followUpLinks.reviewUrl(n, product);
            row.put("reviewUrl", url != null ? url : settings.getSiteBaseUrl() + product.getUrl() + "#reviews");
            rows.add(row);
        }
        return rows;
    }

    /** The one-click unsubscribe link of a non-transactional email (null when the customer is unknown). */
    protected String unsubscribeUrl(CxNotification n) {
        if (n.getCustomerId() == null || linkService == null) {
            return null;
        }
        CxLinkClaims claims = new CxLinkClaims(UNSUBSCRIBE_PURPOSE, n.getCustomerId(),
                new Date(System.currentTimeMillis() + UNSUBSCRIBE_LINK_DAYS * 86_400_000L));
        return settings.getSiteBaseUrl() + "/cx/unsubscribe?t=" + linkService.sign(claims);
    }

    /**
     * Follow-ups and greetings: never to a customer who opted out or whose order was cancelled or returned,
     * and at most one per contact-cap window (shared with every non-transactional kind). A capped follow-up
     * waits for the window to open; a capped birthday greeting is dropped (it would come late).
     */
    protected boolean mayContact(CxNotification n, CxNotificationKind kind, Order order) {
        Date now = new Date();
        String refusal = null;
        if (order != null && !isSubmitted(order)) {
            refusal = "order " + order.getOrderNumber() + " is no longer submitted";
        } else if (contactPolicy != null && n.getCustomerId() != null && contactPolicy.isOptedOut(n.getCustomerId())) {
            refusal = "customer opted out of non-transactional email";
        } else if (contactPolicy != null && n.getCustomerId() != null && !contactPolicy.reserveContact(n.getCustomerId(), now)) {
            if (CxNotificationKind.BIRTHDAY.equals(kind)) {
                refusal = "contact cap: another email went to this customer recently";
            } else {
                n.setStatus(CxNotificationStatus.PENDING);
                n.setNextAttemptDate(contactPolicy.nextContactAllowed(n.getCustomerId(), now));
                n.setLastError("deferred by the contact cap");
                n.setLeaseOwner(null);
                n.setLeaseUntil(null);
                notificationDao.save(n);
                return false;
            }
        }
        if (refusal == null) {
            return true;
        }
        n.setStatus(CxNotificationStatus.CANCELLED);
        n.setLastError(refusal);
        n.setLeaseOwner(null);
        n.setLeaseUntil(null);
        notificationDao.save(n);
        return false;
    }

    protected boolean isSubmitted(Order order) {
        return order != null && OrderStatus.SUBMITTED.equals(order.getStatus());
    }

    /** Checkout saves SUBMITTED after the workflow: wait a little; an order that never completes gets no email. */
    protected void holdUntilSubmitted(CxNotification n) {
        long age = System.currentTimeMillis() - n.getCreatedDate().getTime();
        if (age > settings.getConfirmationGraceMinutes() * 60_000L) {
            n.setStatus(CxNotificationStatus.CANCELLED);
            n.setLastError("order " + n.getOrderId() + " did not complete");
        } else {
            n.setStatus(CxNotificationStatus.PENDING);
            n.setNextAttemptDate(new Date(System.currentTimeMillis() + 5_000L));
        }
        n.setLeaseOwner(null);
        n.setLeaseUntil(null);
        notificationDao.save(n);
    }

    protected MimeMessage buildMessage(CxNotification n, CxRenderedEmail email) throws MessagingException {
        MimeMessage message = new FixedIdMimeMessage(MESSAGE_SESSION, n.getMessageId());
        message.setFrom(new InternetAddress(settings.getFromAddress()));
        message.setRecipients(javax.mail.Message.RecipientType.TO, InternetAddress.parse(n.getRecipient()));
        message.setSubject(email.getSubject(), "UTF-8");
        message.setSentDate(new Date());
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.getText(), "UTF-8");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setContent(email.getHtml(), "text/html; charset=UTF-8");
        alternative.addBodyPart(text);
        alternative.addBodyPart(htmlPart);
        message.setContent(alternative);
        message.setHeader("X-CX-Notification", n.getKind() + " " + n.getId());
        String unsubscribe = email.getUnsubscribeUrl();
        if (unsubscribe != null) {
            // RFC 2369 + RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this URL
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.saveChanges();
        return message;
    }

    /** Sends all messages over one connection; returns the failures by notification id. */
    protected Map<Long, String> send(Map<Long, MimeMessage> ready) {
        Map<Long, String> failures = new LinkedHashMap<Long, String>();
        if (ready.isEmpty()) {
            return failures;
        }
        List<Long> ids = new ArrayList<Long>(ready.keySet());
        MimeMessage[] messages = ready.values().toArray(new MimeMessage[0]);
        try {
            mailSender.send(messages);
        } catch (MailSendException e) {
            Map<Object, Exception> failed = e.getFailedMessages();
            if (failed.isEmpty()) {
                for (Long id : ids) failures.put(id, rootMessage(e));
            }
            for (int i = 0; i < messages.length; i++) {
                Exception f = failed.get(messages[i]);
                if (f != null) {
                    failures.put(ids.get(i), rootMessage(f));
                }
            }
        } catch (MailException e) {
            for (Long id : ids) failures.put(id, rootMessage(e));
        }
        return failures;
    }

    /** Records the outcome of one send: SENT, or a retry with backoff, or DEAD after the last attempt. */
    protected void finish(Long id, String failure) {
        CxNotification n = notificationDao.readById(id);
        n.setAttempts(n.getAttempts() + 1);
        if (failure == null) {
            n.setStatus(CxNotificationStatus.SENT);
            n.setSentDate(new Date());
            n.setLastError(null);
        } else {
            n.setLastError(truncate(failure));
            if (n.getAttempts() >= settings.getMaxAttempts()) {
                n.setStatus(CxNotificationStatus.DEAD);
            } else {
                n.setStatus(CxNotificationStatus.PENDING);
                n.setNextAttemptDate(new Date(System.currentTimeMillis() + backoffMillis(n.getAttempts())));
            }
        }
        n.setLeaseOwner(null);
        n.setLeaseUntil(null);
        notificationDao.save(n);
    }

    /** Exponential backoff with full jitter: up to base * 2^(attempt-1), capped. */
    protected long backoffMillis(int attempts) {
        long ceiling = Math.min((long) settings.getBackoffMaxSeconds() * 1000L,
                settings.getBackoffBaseSeconds() * 1000L * (1L << Math.min(attempts - 1, 20)));
        return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    }

    protected <T> T inTransaction(TransactionCallback<T> callback) {
        return new TransactionTemplate(transactionManager).execute(callback);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    /** Keeps the Message-ID recorded with the notification instead of a new one per attempt. */
    static class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
