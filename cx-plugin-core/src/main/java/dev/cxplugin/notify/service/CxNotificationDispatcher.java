package dev.cxplugin.notify.service;

import dev.cxplugin.common.contact.CxContactPolicy;
import dev.cxplugin.common.contact.CxUnsubscribeLinks;
import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.dao.CxOrderHead;
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
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Transport;
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

    @Resource(name = "cxItemImages")
    protected CxItemImages itemImages;

    /** Only builds messages (the sender has its own): made once, as a Session reads its configuration files. */
    /** Opt-out and the contact cap shared by every non-transactional kind. */
    @Resource(name = "cxContactPolicy")
    protected CxContactPolicy contactPolicy;

    @Resource(name = "cxUnsubscribeLinks")
    protected CxUnsubscribeLinks unsubscribeLinks;

    /** Review links of the follow-up email, from the reviews capability when present. */
    @Autowired(required = false)
    protected CxReviewLinkProvider reviewLinks;

    /** Answer links of an email that asks a survey question, from the surveys capability when present. */
    @Autowired(required = false)
    protected CxSurveyLinkProvider surveyLinks;

    protected static final Session MESSAGE_SESSION = Session.getInstance(new java.util.Properties());

    protected JavaMailSender mailSender;

    protected ExecutorService renderPool;

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
        // one unit of work reads the batch's rows and orders (a query each) and builds every model
        final List<CxPreparedEmail> prepared = new ArrayList<CxPreparedEmail>();
        inTransaction(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                List<CxNotification> rows = notificationDao.readByIds(claimed);
                Map<Long, CxOrderHead> heads = readOrderHeads(rows);
                for (CxNotification n : rows) {
                    prepare(n, heads, prepared);
                }
                return null;
            }
        });
        final Map<Long, String> unrenderable = new LinkedHashMap<Long, String>();
        final Map<Long, String> failures = new LinkedHashMap<Long, String>();
        final List<Long> attempted = renderAndSend(prepared, unrenderable, failures);
        // and one transaction records every outcome
        inTransaction(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                finishAll(attempted, failures, unrenderable);
                return null;
            }
        });
        return attempted.size() - failures.size();
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

    /** Checks one claimed row and builds its template model (inside the batch's transaction); rendering comes later. */
    protected void prepare(CxNotification n, Map<Long, CxOrderHead> heads, List<CxPreparedEmail> prepared) {
        if (n == null || !CxNotificationStatus.SENDING.equals(n.getStatus()) || !nodeName.equals(n.getLeaseOwner())) {
            return;
        }
        CxNotificationKind kind = CxNotificationKind.getInstance(n.getKind());
        try {
            if (kind == null) {
                throw new IllegalStateException("unknown kind " + n.getKind());
            }
            CxOrderHead head = n.getOrderId() == null ? null : heads.get(n.getOrderId());
            if (CxNotificationKind.ORDER_CONFIRMED.equals(kind) && !isSubmitted(head)) {
                holdUntilSubmitted(n);
                return;
            }
            if (n.getRecipient() == null || n.getRecipient().trim().isEmpty()) {
                throw new IllegalStateException("no recipient address");
            }
            if (!kind.isTransactional() && !mayContact(n, kind, head)) {
                return;
            }
            prepared.add(new CxPreparedEmail(n, kind, CxOrderEmailModel.toLocale(n.getLocale()), model(n, head)));
        } catch (Exception e) {
            markUnrenderable(n, e);
        }
    }

    /** A broken template or missing variable will not mend itself: DEAD with the reason, the others go on. */
    protected void markUnrenderable(CxNotification n, Exception e) {
        LOG.warn("Notification " + n.getId() + " cannot be rendered: " + e.getMessage());
        n.setStatus(CxNotificationStatus.DEAD);
        n.setLastError(truncate("render: " + rootMessage(e)));
        n.setLeaseOwner(null);
        n.setLeaseUntil(null);
        notificationDao.save(n);
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
                CxNotificationKind kind = CxNotificationKind.getInstance(n.getKind());
                if (kind == null) {
                    throw new IllegalStateException("unknown kind " + n.getKind());
                }
                CxOrderHead head = readOrderHeads(Collections.singletonList(n)).get(n.getOrderId());
                return render(n, kind, CxOrderEmailModel.toLocale(n.getLocale()), model(n, head));
            }
        });
    }

    /** The orders of a batch's rows: status, number and date, in one query. */
    protected Map<Long, CxOrderHead> readOrderHeads(List<CxNotification> rows) {
        List<Long> orderIds = new ArrayList<Long>();
        for (CxNotification n : rows) {
            if (n.getOrderId() != null) {
                orderIds.add(n.getOrderId());
            }
        }
        return notificationDao.readOrderHeads(orderIds);
    }

    /**
     * The template model: from the order snapshot taken at checkout when the row has one (no Broadleaf entity is
     * loaded), else from the order (rows recorded by the reconciler, or with an unreadable snapshot).
     */
    protected Map<String, Object> model(CxNotification n, CxOrderHead head) {
        Locale locale = CxOrderEmailModel.toLocale(n.getLocale());
        Map<String, String> details = CxPayload.decode(n.getPayload());
        String snapshot = details.remove(CxOrderEmailModel.SNAPSHOT_DETAIL);
        Map<String, Object> model = null;
        if (snapshot != null && head != null) {
            try {
                model = CxOrderEmailModel.fromSnapshot(CxOrderEmailModel.decodeSnapshot(snapshot),
                        head.getOrderNumber(), head.getSubmitDate(), locale, settings, itemImages::primaryImageUrl);
            } catch (RuntimeException e) {
                LOG.warn("Notification " + n.getId() + ": order snapshot not usable (" + e.getMessage() + "), reading the order");
            }
        }
        CxNotificationKind kind = CxNotificationKind.getInstance(n.getKind());
        Order order = null;
        if (model == null || CxNotificationKind.FOLLOW_UP.equals(kind)) {
            order = n.getOrderId() == null ? null : orderService.findOrderById(n.getOrderId());
        }
        if (model == null) {
            model = order == null ? baseModel(locale) : CxOrderEmailModel.build(order, locale, settings);
        }
        model.put("details", details);
        String currency = order != null && order.getCurrency() != null ? order.getCurrency().getCurrencyCode() : null;
        model.put("d", CxEmailFormats.formatDetails(details, locale, currency));
        if (model.get("firstName") == null || "".equals(model.get("firstName"))) {
            model.put("firstName", details.containsKey("firstName") ? details.get("firstName") : "");
        }
        model.put("shopUrl", settings.getSiteBaseUrl() + "/");
        model.put("unsubscribeUrl", kind == null || kind.isTransactional() ? null : unsubscribeUrl(n));
        if (CxNotificationKind.FOLLOW_UP.equals(kind) && order != null) {
            model.put("reviewItems", reviewItems(n, order));
        }
        if (kind != null && kind.getSurvey() != null && surveyLinks != null) {
            model.put("surveyLinks", surveyLinks.surveyLinks(n, kind.getSurvey(), locale));
        }
        return model;
    }

    /** Renders one notification for its customer's locale; a missing template or variable fails with the reason. */
    protected CxRenderedEmail render(CxNotification n, CxNotificationKind kind, Locale locale, Map<String, Object> model) {
        String html = renderer.html(kind.getTemplate(), locale, model);
        String subject = renderer.message(kind.getType() + ".subject",
                new Object[] {model.get("orderNumber"), settings.getStoreName(), model.get("firstName")}, locale);
        return new CxRenderedEmail(subject, html, CxEmailRenderer.plainText(html))
                .withUnsubscribeUrl((String) model.get("unsubscribeUrl"));
    }

    /** What every email needs when there is no order (a birthday greeting). */
    protected Map<String, Object> baseModel(Locale locale) {
        Map<String, Object> model = new LinkedHashMap<String, Object>();
        CxOrderEmailModel.putStoreAndDirection(model, locale, settings);
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
            row.put("imageUrl", CxOrderEmailModel.absoluteUrl(CxOrderEmailModel.mediaUrl(item), settings));
            String url = reviewLinks == null ? null : reviewLinks.reviewUrl(n, product);
            row.put("reviewUrl", url != null ? url : settings.getSiteBaseUrl() + product.getUrl() + "#reviews");
            rows.add(row);
        }
        return rows;
    }

    /** The one-click unsubscribe link of a non-transactional email (null when the customer is unknown). */
    protected String unsubscribeUrl(CxNotification n) {
        return n.getCustomerId() == null ? null : unsubscribeLinks.unsubscribeUrl(n.getCustomerId());
    }

    /**
     * Follow-ups and greetings: never to a customer who opted out or whose order was cancelled or returned,
     * and at most one per contact-cap window (shared with every non-transactional kind). A capped follow-up
     * waits for the window to open; a capped birthday greeting is dropped (it would come late).
     */
    protected boolean mayContact(CxNotification n, CxNotificationKind kind, CxOrderHead order) {
        Date now = new Date();
        String refusal = null;
        if (order != null && !isSubmitted(order)) {
            refusal = "order " + order.getOrderNumber() + " is no longer submitted";
        } else if (n.getCustomerId() != null && contactPolicy.isOptedOut(n.getCustomerId())) {
            refusal = "customer opted out of non-transactional email";
        } else if (n.getCustomerId() != null && !contactPolicy.reserveContact(n.getCustomerId(), now)) {
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

    /**
     * Renders the batch on the render threads and sends each message over one SMTP connection as soon as it is
     * ready, so rendering and sending overlap. Returns the ids it tried to send; fills in failures by id.
     */
    protected List<Long> renderAndSend(List<CxPreparedEmail> prepared, Map<Long, String> unrenderable, Map<Long, String> failures) {
        if (!(mailSender instanceof JavaMailSenderImpl)) {
            Map<Long, MimeMessage> ready = renderAll(prepared, unrenderable);
            failures.putAll(send(ready));
            return new ArrayList<Long>(ready.keySet());
        }
        JavaMailSenderImpl sender = (JavaMailSenderImpl) mailSender;
        List<Future<MimeMessage>> rendering = submitRenders(prepared);
        List<Long> attempted = new ArrayList<Long>();
        Transport transport = null;
        String cannotConnect = null;
        try {
            for (int i = 0; i < prepared.size(); i++) {
                Long id = prepared.get(i).notification.getId();
                MimeMessage message = await(rendering.get(i), id, unrenderable);
                if (message == null) {
                    continue;
                }
                attempted.add(id);
                if (transport == null && cannotConnect == null) {
                    try {
                        transport = connect(sender);
                    } catch (MessagingException e) {
                        // the server is away: the rest of the batch is retried later, without a connect each
                        cannotConnect = rootMessage(e);
                    }
                }
                if (cannotConnect != null) {
                    failures.put(id, cannotConnect);
                    continue;
                }
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException e) {
                    failures.put(id, rootMessage(e));
                    if (!transport.isConnected()) {
                        close(transport);
                        transport = null; // the next message connects again
                    }
                }
            }
        } finally {
            close(transport);
        }
        return attempted;
    }

    protected Transport connect(JavaMailSenderImpl sender) throws MessagingException {
        Transport transport = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
        String user = sender.getUsername();
        transport.connect(sender.getHost(), sender.getPort(), user == null || user.isEmpty() ? null : user,
                user == null || user.isEmpty() ? null : sender.getPassword());
        return transport;
    }

    protected static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.debug("closing the SMTP connection: " + e.getMessage());
            }
        }
    }

    /** Renders and builds the batch's messages (all before any is sent); for senders other than JavaMailSenderImpl. */
    protected Map<Long, MimeMessage> renderAll(List<CxPreparedEmail> prepared, Map<Long, String> unrenderable) {
        List<Future<MimeMessage>> rendering = submitRenders(prepared);
        Map<Long, MimeMessage> ready = new LinkedHashMap<Long, MimeMessage>();
        for (int i = 0; i < prepared.size(); i++) {
            Long id = prepared.get(i).notification.getId();
            MimeMessage message = await(rendering.get(i), id, unrenderable);
            if (message != null) {
                ready.put(id, message);
            }
        }
        return ready;
    }

    /** Starts rendering every message on the render threads (templates and models are thread-safe; no entity is loaded). */
    protected List<Future<MimeMessage>> submitRenders(List<CxPreparedEmail> prepared) {
        List<Future<MimeMessage>> futures = new ArrayList<Future<MimeMessage>>(prepared.size());
        ExecutorService pool = prepared.size() > 1 ? renderPool() : null;
        for (final CxPreparedEmail p : prepared) {
            Callable<MimeMessage> job = new Callable<MimeMessage>() {
                @Override
                public MimeMessage call() throws Exception {
                    return buildMessage(p.notification, render(p.notification, p.kind, p.locale, p.model));
                }
            };
            futures.add(pool == null ? runNow(job) : pool.submit(job));
        }
        return futures;
    }

    /** The rendered message, or null with the reason recorded when it could not be rendered. */
    protected MimeMessage await(Future<MimeMessage> rendering, Long id, Map<Long, String> unrenderable) {
        try {
            return rendering.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.warn("Notification " + id + " cannot be rendered: " + cause.getMessage());
            unrenderable.put(id, truncate("render: " + rootMessage(cause)));
            return null;
        }
    }

    protected static <T> Future<T> runNow(Callable<T> job) {
        FutureTask<T> task = new FutureTask<T>(job);
        task.run();
        return task;
    }

    /** Made on first use; {@code cx.notify.renderThreads} of 1 renders on the dispatching thread. */
    protected synchronized ExecutorService renderPool() {
        if (settings.getRenderThreads() <= 1) {
            return null;
        }
        if (renderPool == null) {
            final AtomicInteger seq = new AtomicInteger();
            renderPool = Executors.newFixedThreadPool(settings.getRenderThreads(), new ThreadFactory() {
                @Override
                public Thread newThread(Runnable r) {
                    Thread t = new Thread(r, "cx-render-" + seq.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }
            });
        }
        return renderPool;
    }

    @PreDestroy
    public synchronized void shutdown() {
        if (renderPool != null) {
            renderPool.shutdownNow();
            renderPool = null;
        }
    }

    /** Sent rows in one bulk update; failed sends each get their retry or DEAD; unrenderable ones DEAD. */
    protected void finishAll(Collection<Long> attempted, Map<Long, String> failures, Map<Long, String> unrenderable) {
        List<Long> sent = new ArrayList<Long>();
        for (Long id : attempted) {
            if (!failures.containsKey(id)) {
                sent.add(id);
            }
        }
        if (!sent.isEmpty()) {
            notificationDao.markSent(sent, new Date());
        }
        for (Map.Entry<Long, String> f : failures.entrySet()) {
            finish(f.getKey(), f.getValue());
        }
        for (Map.Entry<Long, String> u : unrenderable.entrySet()) {
            CxNotification n = notificationDao.readById(u.getKey());
            n.setStatus(CxNotificationStatus.DEAD);
            n.setLastError(u.getValue());
            n.setLeaseOwner(null);
            n.setLeaseUntil(null);
            notificationDao.save(n);
        }
    }

    protected boolean isSubmitted(CxOrderHead head) {
        return head != null && OrderStatus.SUBMITTED.getType().equals(head.getStatus());
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
        // parts encoded once here: JavaMail would otherwise encode them byte by byte when checking and sending
        MimeBodyPart text = CxEmailRenderer.encodedPart(email.getText(), "text/plain");
        MimeBodyPart htmlPart = CxEmailRenderer.encodedPart(email.getHtml(), "text/html");
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

    /** One claimed row with its model, ready to render. */
    protected static class CxPreparedEmail {
        protected final CxNotification notification;
        protected final CxNotificationKind kind;
        protected final Locale locale;
        protected final Map<String, Object> model;

        protected CxPreparedEmail(CxNotification notification, CxNotificationKind kind, Locale locale, Map<String, Object> model) {
            this.notification = notification;
            this.kind = kind;
            this.locale = locale;
            this.model = model;
        }
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
