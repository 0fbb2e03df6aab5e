package dev.cxplugin.complaint.service;

import dev.cxplugin.common.event.CxComplaintChangedEvent;
import dev.cxplugin.common.event.CxComplaintCompensatedEvent;
import dev.cxplugin.common.event.CxEventPublisher;
import dev.cxplugin.common.link.CxLinkClaims;
import dev.cxplugin.common.link.CxSignedLinkService;
import dev.cxplugin.common.offer.CxOfferCodeService;
import dev.cxplugin.complaint.dao.CxComplaintDao;
import dev.cxplugin.complaint.dao.CxComplaintQuery;
import dev.cxplugin.complaint.domain.CxComplaint;
import dev.cxplugin.complaint.domain.CxComplaintAudit;
import dev.cxplugin.complaint.domain.CxComplaintMessage;
import dev.cxplugin.complaint.domain.CxComplaintSlaPolicy;
import dev.cxplugin.complaint.service.CxComplaintException.Code;
import dev.cxplugin.complaint.type.CxComplaintCategory;
import dev.cxplugin.complaint.type.CxComplaintMessageType;
import dev.cxplugin.complaint.type.CxComplaintPriority;
import dev.cxplugin.complaint.type.CxComplaintStatus;
import dev.cxplugin.notify.service.CxNotificationRequest;
import dev.cxplugin.notify.service.CxNotificationService;
import dev.cxplugin.notify.service.CxNotificationSettings;
import dev.cxplugin.notify.type.CxNotificationKind;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import javax.annotation.Resource;

public class CxComplaintServiceImpl implements CxComplaintService {

    public static final CxNotificationKind RECEIVED = new CxNotificationKind("COMPLAINT_RECEIVED", "Complaint received",
            true, "cx/complaint/received", null);
    public static final CxNotificationKind REPLY = new CxNotificationKind("COMPLAINT_REPLY", "Complaint reply",
            true, "cx/complaint/reply", null);
    /** Resolution with the CSAT question (the surveys capability supplies the links). */
    public static final CxNotificationKind RESOLVED = new CxNotificationKind("COMPLAINT_RESOLVED", "Complaint resolved",
            true, "cx/complaint/resolved", "CSAT");
    /** Resolution without a question: the agent opened and solved the ticket themselves. */
    public static final CxNotificationKind RESOLVED_NO_SURVEY = new CxNotificationKind("COMPLAINT_RESOLVED_QUIET",
            "Complaint resolved (no survey)", true, "cx/complaint/resolved", null);
    public static final CxNotificationKind COMPENSATION = new CxNotificationKind("COMPLAINT_COMPENSATION",
            "Complaint apology code", true, "cx/complaint/compensation", null);

    /** The signed link's purpose that lets a guest open their complaint: complaint.&lt;id&gt;. */
    public static final String LINK_PURPOSE = "complaint.";

    protected static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    protected static final SecureRandom RANDOM = new SecureRandom();

    @Resource(name = "cxComplaintDao")
    protected CxComplaintDao dao;

    @Resource(name = "cxComplaintSettings")
    protected CxComplaintSettings settings;

    @Resource(name = "cxNotificationService")
    protected CxNotificationService notificationService;

    @Resource(name = "cxNotificationSettings")
    protected CxNotificationSettings notificationSettings;

    @Resource(name = "cxOfferCodeService")
    protected CxOfferCodeService offerCodeService;

    @Resource(name = "cxEventPublisher")
    protected CxEventPublisher eventPublisher;

    @Resource(name = "cxSignedLinkService")
    protected CxSignedLinkService signedLinks;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    // ---------------------------------------------------------------- filing

    @Override
    @Transactional("blTransactionManager")
    public CxComplaint file(CxComplaintFiling f) {
        CxComplaintCategory category = CxComplaintCategory.parse(f.getCategory());
        if (category == null || !category.isShopperChoice()) {
            throw new CxComplaintException(Code.INVALID, "choose a category");
        }
        String description = requireText(f.getDescription(), settings.getMaxDescriptionLength(), "description");
        Order order;
        Customer customer;
        String email;
        if (f.getCustomerId() != null) {
            customer = customerService.readCustomerById(f.getCustomerId());
            if (customer == null) {
                throw new CxComplaintException(Code.NOT_FOUND, "unknown customer");
            }
            order = f.getOrderId() != null ? orderService.findOrderById(f.getOrderId())
                    : blank(f.getOrderNumber()) ? null : orderService.findOrderByOrderNumber(f.getOrderNumber().trim());
            if ((f.getOrderId() != null || !blank(f.getOrderNumber())) && !isSubmittedOrderOf(order, customer.getId())) {
                throw new CxComplaintException(Code.NOT_FOUND, "no such order");
            }
            email = customer.getEmailAddress();
        } else {
            if (blank(f.getGuestEmail()) || blank(f.getOrderNumber())) {
                throw new CxComplaintException(Code.INVALID, "a guest names the order number and its email");
            }
            order = orderService.findOrderByOrderNumber(f.getOrderNumber().trim());
            String orderEmail = order == null ? null : orderEmail(order);
            if (order == null || order.getStatus() == null || OrderStatus.IN_PROCESS.equals(order.getStatus())
                    || orderEmail == null || !orderEmail.trim().equalsIgnoreCase(f.getGuestEmail().trim())) {
                // the same answer for an unknown number and a wrong email: nothing to probe
                throw new CxComplaintException(Code.NOT_FOUND, "no order with that number and email");
            }
            customer = order.getCustomer();
            email = orderEmail.trim();
        }
        List<Long> items = checkItems(order, f.getOrderItemIds());
        CxComplaint c = newComplaint(category.name(), CxComplaintPriority.NORMAL.name(),
                f.getCustomerId() != null ? "CUSTOMER" : "GUEST", null, customer, order, email, description,
                f.getLocale());
        c.setOrderItemIds(join(items));
        c = dao.save(c);
        audit(c, CxComplaintActor.customer(c.getCustomerName()), "CREATED", null, c.getStatus());
        message(c, CxComplaintMessageType.CUSTOMER, c.getCustomerName(), null, description);
        acknowledge(c);
        return c;
    }

    @Override
    @Transactional("blTransactionManager")
    public CxComplaint openAutomatic(String sourceKey, String category, String priority, Long customerId, Long orderId,
            String description) {
        CxComplaint existing = dao.readBySourceKey(sourceKey);
        if (existing != null) {
            return existing;
        }
        Customer customer = customerId == null ? null : customerService.readCustomerById(customerId);
        Order order = orderId == null ? null : orderService.findOrderById(orderId);
        if (customer == null && order != null) {
            customer = order.getCustomer();
        }
        String email = customer != null && customer.getEmailAddress() != null ? customer.getEmailAddress()
                : order != null ? order.getEmailAddress() : null;
        CxComplaint c = newComplaint(category, priority == null ? CxComplaintPriority.NORMAL.name() : priority, "AUTO",
                sourceKey, customer, order, email, trim(description, settings.getMaxDescriptionLength()), null);
        c = dao.save(c);
        audit(c, CxComplaintActor.SYSTEM, "CREATED", null, c.getStatus() + " from " + sourceKey);
        message(c, CxComplaintMessageType.NOTE, "system", null, c.getDescription());
        return c;
    }

    @Override
    @Transactional("blTransactionManager")
    public CxComplaint openByStaff(CxComplaintActor actor, Long customerId, Long orderId, String category,
            String priority, String description) {
        requireStaff(actor);
        CxComplaintCategory cat = CxComplaintCategory.parse(category);
        CxComplaintPriority p = priority == null ? CxComplaintPriority.NORMAL : CxComplaintPriority.parse(priority);
        if (cat == null || p == null) {
            throw new CxComplaintException(Code.INVALID, "choose a category and a priority");
        }
        String text = requireText(description, settings.getMaxDescriptionLength(), "description");
        Customer customer = customerId == null ? null : customerService.readCustomerById(customerId);
        if (customer == null) {
            throw new CxComplaintException(Code.NOT_FOUND, "unknown customer");
        }
        Order order = null;
        if (orderId != null) {
            order = orderService.findOrderById(orderId);
            if (!isSubmittedOrderOf(order, customerId)) {
                throw new CxComplaintException(Code.NOT_FOUND, "no such order of this customer");
            }
        }
        CxComplaint c = newComplaint(cat.name(), p.name(), "STAFF", null, customer, order, customer.getEmailAddress(),
                text, null);
        c.setOpenedByAdminId(actor.getAdminUserId());
        c.setAssigneeId(actor.getAdminUserId());
        c.setAssigneeName(actor.getName());
        c = dao.save(c);
        audit(c, actor, "CREATED", null, c.getStatus());
        // the customer's words, as taken down by staff: part of the public thread
        message(c, CxComplaintMessageType.CUSTOMER, c.getCustomerName(), null, text);
        acknowledge(c);
        return c;
    }

    protected CxComplaint newComplaint(String category, String priority, String source, String sourceKey,
            Customer customer, Order order, String email, String description, String locale) {
        Date now = now();
        CxComplaint c = dao.create();
        c.setReference(newReference());
        c.setStatus(CxComplaintStatus.NEW.name());
        c.setPriority(priority);
        c.setCategory(category);
        c.setSource(source);
        c.setSourceKey(sourceKey);
        if (customer != null) {
            c.setCustomerId(customer.getId());
            String name = ((customer.getFirstName() == null ? "" : customer.getFirstName()) + " "
                    + (customer.getLastName() == null ? "" : customer.getLastName())).trim();
            c.setCustomerName(name.isEmpty() ? email : name);
            if (locale == null && customer.getCustomerLocale() != null) {
                locale = customer.getCustomerLocale().getLocaleCode();
            }
        }
        if (order != null) {
            c.setOrderId(order.getId());
            c.setOrderNumber(order.getOrderNumber());
            if (locale == null && order.getLocale() != null) {
                locale = order.getLocale().getLocaleCode();
            }
        }
        c.setEmail(email);
        c.setLocale(locale);
        c.setDescription(description);
        c.setSubject(trim(firstLine(description), 200));
        c.setCreatedAt(now);
        c.setUpdatedAt(now);
        c.setClockRunningSince(now);
        c.setElapsedBusinessSeconds(0);
        applyPolicy(c);
        return c;
    }

    protected String newReference() {
        for (int attempt = 0; attempt < 10; attempt++) {
            StringBuilder sb = new StringBuilder("C-");
            for (int i = 0; i < 7; i++) {
                sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
            if (dao.readByReference(sb.toString()) == null) {
                return sb.toString();
            }
        }
        throw new IllegalStateException("no free complaint reference");
    }

    /** The order's email, else its customer's (Broadleaf leaves the order's empty for registered customers). */
    protected String orderEmail(Order order) {
        if (order.getEmailAddress() != null && !order.getEmailAddress().trim().isEmpty()) {
            return order.getEmailAddress();
        }
        return order.getCustomer() == null ? null : order.getCustomer().getEmailAddress();
    }

    protected boolean isSubmittedOrderOf(Order order, Long customerId) {
        return order != null && order.getCustomer() != null && customerId.equals(order.getCustomer().getId())
                && order.getStatus() != null && !OrderStatus.IN_PROCESS.equals(order.getStatus())
                && !OrderStatus.NAMED.equals(order.getStatus());
    }

    protected List<Long> checkItems(Order order, List<Long> itemIds) {
        List<Long> result = new ArrayList<Long>();
        if (itemIds == null || itemIds.isEmpty()) {
            return result;
        }
        if (order == null) {
            throw new CxComplaintException(Code.INVALID, "items belong to an order: name the order");
        }
        Set<Long> ids = new HashSet<Long>();
        for (OrderItem item : order.getOrderItems()) {
            ids.add(item.getId());
        }
        for (Long id : itemIds) {
            if (id == null || !ids.contains(id)) {
                throw new CxComplaintException(Code.NOT_FOUND, "no such item in the order");
            }
            if (!result.contains(id)) {
                result.add(id);
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- reading

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CxComplaint read(Long id) {
        return dao.readById(id);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CxComplaint readByReference(String reference) {
        return reference == null ? null : dao.readByReference(reference.trim().toUpperCase());
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CxComplaint readForCustomer(Long complaintId, Long customerId) {
        CxComplaint c = dao.readById(complaintId);
        return c != null && customerId != null && customerId.equals(c.getCustomerId()) ? c : null;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CxComplaint> readForCustomer(Long customerId) {
        return dao.readForCustomer(customerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CxComplaintMessage> readThread(Long complaintId, boolean publicOnly) {
        return dao.readMessages(complaintId, publicOnly);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CxComplaintAudit> readAudit(Long complaintId) {
        return dao.readAudit(complaintId);
    }

    // ---------------------------------------------------------------- conversation

    @Override
    @Transactional("blTransactionManager")
    public CxComplaintMessage customerReply(Long complaintId, Long customerId, String body) {
        String text = requireText(body, settings.getMaxReplyLength(), "reply");
        CxComplaint c = dao.readForUpdate(complaintId);
        if (c == null || customerId == null || !customerId.equals(c.getCustomerId())) {
            throw new CxComplaintException(Code.NOT_FOUND, "no such complaint");
        }
        if (CxComplaintStatus.CLOSED.name().equals(c.getStatus())) {
            throw new CxComplaintException(Code.WRONG_STATE, "the complaint is closed; please file a new one");
        }
        CxComplaintActor actor = CxComplaintActor.customer(c.getCustomerName());
        CxComplaintMessage m = message(c, CxComplaintMessageType.CUSTOMER, c.getCustomerName(), null, text);
        CxComplaintStatus status = CxComplaintStatus.parse(c.getStatus());
        if (status == CxComplaintStatus.PENDING_CUSTOMER || status == CxComplaintStatus.RESOLVED) {
            moveTo(c, CxComplaintStatus.OPEN, actor, now());
        }
        touch(c);
        return m;
    }

    @Override
    @Transactional("blTransactionManager")
    public CxComplaintMessage staffReply(Long complaintId, CxComplaintActor actor, String body, String newStatus) {
        requireStaff(actor);
        String text = requireText(body, settings.getMaxReplyLength(), "reply");
        CxComplaint c = lockOpen(complaintId);
        CxComplaintStatus target = null;
        if (!blank(newStatus)) {
            target = CxComplaintStatus.parse(newStatus);
            if (target == null || target == CxComplaintStatus.NEW || target == CxComplaintStatus.RESOLVED
                    || target == CxComplaintStatus.CLOSED) {
                throw new CxComplaintException(Code.INVALID, "after a reply the ticket is open, pending the customer or on hold");
            }
        }
        Date now = now();
        CxComplaintMessage m = message(c, CxComplaintMessageType.STAFF_REPLY, actor.getName(), actor.getAdminUserId(), text);
        if (c.getFirstResponseAt() == null) {
            recordFirstResponse(c, now);
        }
        CxComplaintStatus status = CxComplaintStatus.parse(c.getStatus());
        if (target == null && status == CxComplaintStatus.NEW) {
            target = CxComplaintStatus.OPEN;
        }
        if (target != null && target != status) {
            moveTo(c, target, actor, now);
        }
        touch(c);
        if (c.getEmail() != null) {
            notificationService.enqueue(email(REPLY, c, "reply:" + m.getId()).detail("reply", text)
                    .detail("agentName", actor.getName()));
        }
        return m;
    }

    @Override
    @Transactional("blTransactionManager")
    public CxComplaintMessage note(Long complaintId, CxComplaintActor actor, String body) {
        requireStaff(actor);
        String text = requireText(body, settings.getMaxReplyLength(), "note");
        CxComplaint c = lock(complaintId);
        CxComplaintMessage m = message(c, CxComplaintMessageType.NOTE, actor.getName(), actor.getAdminUserId(), text);
        audit(c, actor, "NOTE", null, null);
        touch(c);
        return m;
    }

    @Override
    @Transactional("blTransactionManager")
    public CxComplaint assign(Long complaintId, CxComplaintActor actor, Long adminUserId, String adminName) {
        requireStaff(actor);
        CxComplaint c = lockOpen(complaintId);
        String before = c.getAssigneeName();
        c.setAssigneeId(adminUserId);
        c.setAssigneeName(adminUserId == null ? null : adminName);
        audit(c, actor, "ASSIGNEE", before, c.getAssigneeName());
        if (CxComplaintStatus.NEW.name().equals(c.getStatus()) && adminUserId != null) {
            moveTo(c, CxComplaintStatus.OPEN, actor, now());
        }
        return touch(c);
    }

    @Override
    @Transactional("blTransactionManager")
    public CxComplaint changeStatus(Long complaintId, CxComplaintActor actor, String status) {
        requireStaff(actor);
        CxComplaintStatus target = CxComplaintStatus.parse(status);
        if (target == null) {
            throw new CxComplaintException(Code.INVALID, "unknown status");
        }
        if (target == CxComplaintStatus.RESOLVED) {
            return resolve(complaintId, actor, null);
        }
        CxComplaint c = lock(complaintId);
        CxComplaintStatus from = CxComplaintStatus.parse(c.getStatus());
        if (!allowed(from, target)) {
            throw new CxComplaintException(Code.WRONG_STATE, "a " + from + " ticket cannot become " + target);
        }
        moveTo(c, target, actor, now());
        return touch(c);
    }

    /** Staff moves: anything open among the open states; a resolved ticket reopens or closes; closed is final. */
    protected boolean allowed(CxComplaintStatus from, CxComplaintStatus to) {
        if (from == to || to == CxComplaintStatus.NEW) {
            return false;
        }
        switch (from) {
            case NEW:
            case OPEN:
            case PENDING_CUSTOMER:
            case ON_HOLD:
                return to != CxComplaintStatus.CLOSED;
            case RESOLVED:
                return to == CxComplaintStatus.OPEN || to == CxComplaintStatus.CLOSED;
            default:
                return false;
        }
    }

    @Override
    @Transactional("blTransactionManager")
    public CxComplaint changePriority(Long complaintId, CxComplaintActor actor, String priority) {
        requireStaff(actor);
        CxComplaintPriority p = CxComplaintPriority.parse(priority);
        if (p == null) {
            throw new CxComplaintException(Code.INVALID, "unknown priority");
        }
        CxComplaint c = lockOpen(complaintId);
        String before = c.getPriority();
        if (before.equals(p.name())) {
            return c;
        }
        c.setPriority(p.name());
        applyPolicy(c);
        audit(c, actor, "PRIORITY", before, p.name());
        return touch(c);
    }

    @Override
    @Transactional("blTransactionManager")
    public CxComplaint resolve(Long complaintId, CxComplaintActor actor, String message) {
        requireStaff(actor);
        CxComplaint c = lockOpen(complaintId);
        Date now = now();
        String text = blank(message) ? null : requireText(message, settings.getMaxReplyLength(), "message");
        if (text != null) {
            message(c, CxComplaintMessageType.STAFF_REPLY, actor.getName(), actor.getAdminUserId(), text);
            if (c.getFirstResponseAt() == null) {
                recordFirstResponse(c, now);
            }
        }
        // keyed by this resolution's audit row: a reopened and resolved-again ticket emails again, a retry does not
        CxComplaintAudit resolution = moveTo(c, CxComplaintStatus.RESOLVED, actor, now);
        c.setResolvedByAdminId(actor.getAdminUserId());
        touch(c);
        if (c.getEmail() != null) {
            // an agent who opened the ticket and solved it alone does not ask the customer to rate it
            boolean selfServed = c.getOpenedByAdminId() != null && c.getOpenedByAdminId().equals(actor.getAdminUserId());
            CxNotificationKind kind = selfServed ? RESOLVED_NO_SURVEY : RESOLVED;
            CxNotificationRequest r = email(kind, c, "resolved:" + resolution.getId())
                    .detail("surveyTopic", "complaint:" + c.getId());
            if (text != null) {
                r.detail("reply", text);
            }
            notificationService.enqueue(r);
        }
        return c;
    }

    @Override
    @Transactional("blTransactionManager")
    public String compensate(Long complaintId, CxComplaintActor actor, CxComplaintCompensation comp) {
        requireStaff(actor);
        if (comp == null || comp.getValue() == null || comp.getValue().signum() <= 0
                || (comp.isPercent() && comp.getValue().compareTo(new BigDecimal(100)) > 0)
                || comp.getValue().scale() > 2 || comp.getValidDays() < 1 || comp.getValidDays() > 730) {
            throw new CxComplaintException(Code.INVALID, "a compensation is a positive amount or percent (at most 100) valid 1-730 days");
        }
        if (!actor.isManager()) {
            BigDecimal max = comp.isPercent() ? settings.getAgentMaxPercent() : settings.getAgentMaxAmount();
            if (comp.getValue().compareTo(max) > 0) {
                throw new CxComplaintException(Code.FORBIDDEN, "above your limit of " + max.stripTrailingZeros().toPlainString()
                        + (comp.isPercent() ? "%" : "") + "; ask a manager");
            }
        }
        String note = blank(comp.getMessage()) ? null : requireText(comp.getMessage(), settings.getMaxReplyLength(), "message");
        CxComplaint c = lock(complaintId);
        if (CxComplaintStatus.CLOSED.name().equals(c.getStatus())) {
            throw new CxComplaintException(Code.WRONG_STATE, "the complaint is closed");
        }
        if (c.getCustomerId() == null) {
            throw new CxComplaintException(Code.WRONG_STATE, "the complaint has no customer to give a code to");
        }
        Date expires = new Date(now().getTime() + comp.getValidDays() * 86_400_000L);
        String code = offerCodeService.createSingleUseCode(c.getCustomerId(), comp.isPercent(), comp.getValue(), expires,
                "Complaint apology " + c.getReference(), "SORRY");
        c.setCompensationCode(code);
        c.setCompensationValue(comp.label());
        CxComplaintMessage m = message(c, CxComplaintMessageType.COMPENSATION, actor.getName(), actor.getAdminUserId(),
                (note == null ? "" : note + "\n") + code + " (" + comp.label() + ", until " + iso(expires) + ")");
        audit(c, actor, "COMPENSATION", null, comp.label() + " " + code);
        touch(c);
        if (c.getEmail() != null) {
            CxNotificationRequest r = email(COMPENSATION, c, "compensation:" + m.getId())
                    .detail("compensationCode", code)
                    .detail(comp.isPercent() ? "compensationPercent" : "compensationAmount", comp.getValue().stripTrailingZeros().toPlainString())
                    .detail("compensationExpiryDate", iso(expires));
            if (note != null) {
                r.detail("reply", note);
            }
            notificationService.enqueue(r);
        }
        // loyalty may add points to the apology; a failing reaction rolls the compensation back with it
        eventPublisher.publish(new CxComplaintCompensatedEvent(this, c.getCustomerId(), c.getOrderId(), c.getId(), code));
        return code;
    }

    // ---------------------------------------------------------------- jobs and events

    @Override
    @Transactional("blTransactionManager")
    public int closeResolved(Date now) {
        Date before = new Date(now.getTime() - settings.getAutoCloseDays() * 86_400_000L);
        int closed = 0;
        for (CxComplaint candidate : dao.readResolvedBefore(before)) {
            CxComplaint c = dao.readForUpdate(candidate.getId());
            // a customer reply since may have reopened it
            if (CxComplaintStatus.RESOLVED.name().equals(c.getStatus()) && !c.getResolvedAt().after(before)) {
                moveTo(c, CxComplaintStatus.CLOSED, CxComplaintActor.SYSTEM, now);
                touch(c);
                closed++;
            }
        }
        return closed;
    }

    @Override
    @Transactional("blTransactionManager")
    public int recordBreaches(Date now) {
        int recorded = 0;
        for (CxComplaint candidate : dao.readOpenWork()) {
            CxComplaintClock clock = clock(candidate, now);
            boolean first = candidate.getFirstResponseBreachedAt() == null && clock.isFirstResponseOverdue();
            boolean resolution = candidate.getResolutionBreachedAt() == null && clock.isResolutionOverdue();
            if (!first && !resolution) {
                continue;
            }
            CxComplaint c = dao.readForUpdate(candidate.getId());
            recorded += checkBreaches(c, now);
        }
        return recorded;
    }

    /** Records any breach reached by {@code now}, dated when the target was actually reached. */
    protected int checkBreaches(CxComplaint c, Date now) {
        int recorded = 0;
        CxComplaintClock clock = clock(c, now);
        if (c.getFirstResponseBreachedAt() == null && clock.isFirstResponseOverdue()) {
            Date at = clock.dueAt(c.getFirstResponseTargetMinutes() * 60);
            c.setFirstResponseBreachedAt(at == null ? now : at);
            audit(c, CxComplaintActor.SYSTEM, "SLA_BREACH", null, "first response (" + c.getFirstResponseTargetMinutes() / 60 + " h)");
            recorded++;
        }
        if (c.getResolutionBreachedAt() == null && clock.isResolutionOverdue()) {
            Date at = clock.dueAt(c.getResolutionTargetMinutes() * 60);
            c.setResolutionBreachedAt(at == null ? now : at);
            audit(c, CxComplaintActor.SYSTEM, "SLA_BREACH", null, "resolution (" + c.getResolutionTargetMinutes() / 60 + " h)");
            recorded++;
        }
        return recorded;
    }

    @Override
    @Transactional("blTransactionManager")
    public void recordCsat(Long complaintId, int score) {
        if (score < 1 || score > 5) {
            return;
        }
        CxComplaint c = dao.readForUpdate(complaintId);
        if (c == null) {
            return;
        }
        Integer before = c.getCsatScore();
        c.setCsatScore(score);
        audit(c, CxComplaintActor.customer(c.getCustomerName()), "CSAT", before == null ? null : before.toString(),
                String.valueOf(score));
    }

    @Override
    public CxComplaintClock clock(CxComplaint complaint, Date now) {
        return new CxComplaintClock(complaint, settings.getCalendar(), now);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CxComplaint> search(CxComplaintQuery query) {
        return dao.search(query);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CxComplaintFigures figures(Date from, Date to, Date now) {
        return CxComplaintFigures.of(dao.readCreatedBetween(from, to), now);
    }

    @Override
    @Transactional("blTransactionManager")
    public List<CxComplaintSlaPolicy> readPolicies() {
        Map<CxComplaintPriority, int[]> defaults = parsePolicies(settings.getDefaultPolicies());
        List<CxComplaintSlaPolicy> result = new ArrayList<CxComplaintSlaPolicy>();
        for (CxComplaintPriority p : CxComplaintPriority.values()) {
            CxComplaintSlaPolicy policy = dao.readPolicy(p.name());
            if (policy == null) {
                // the configured default, not written: tickets filed at the same moment (a burst of low-star
                // reviews) would each insert it and collide on the priority's unique key; a manager's save writes it
                int[] d = defaults.containsKey(p) ? defaults.get(p) : new int[] {8, 24};
                policy = dao.createPolicy();
                policy.setPriority(p.name());
                policy.setFirstResponseHours(d[0]);
                policy.setResolutionHours(d[1]);
            }
            result.add(policy);
        }
        return result;
    }

    @Override
    @Transactional("blTransactionManager")
    public CxComplaintSlaPolicy savePolicy(String priority, int firstResponseHours, int resolutionHours, CxComplaintActor actor) {
        if (actor == null || !actor.isManager()) {
            throw new CxComplaintException(Code.FORBIDDEN, "SLA policies are a manager's setting");
        }
        CxComplaintPriority p = CxComplaintPriority.parse(priority);
        if (p == null || firstResponseHours < 1 || resolutionHours < firstResponseHours || resolutionHours > 2000) {
            throw new CxComplaintException(Code.INVALID, "targets are 1-2000 business hours, resolution not before first response");
        }
        CxComplaintSlaPolicy policy = dao.readPolicy(p.name());
        if (policy == null) {
            policy = dao.createPolicy();
            policy.setPriority(p.name());
        }
        policy.setFirstResponseHours(firstResponseHours);
        policy.setResolutionHours(resolutionHours);
        return dao.savePolicy(policy);
    }

    @Override
    public CxComplaintSettings getSettings() {
        return settings;
    }

    /** "URGENT=1/8,HIGH=4/16": first response / resolution hours per priority. */
    public static Map<CxComplaintPriority, int[]> parsePolicies(String spec) {
        Map<CxComplaintPriority, int[]> m = new EnumMap<CxComplaintPriority, int[]>(CxComplaintPriority.class);
        if (spec == null) {
            return m;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.split("=");
            if (kv.length == 2 && CxComplaintPriority.parse(kv[0]) != null) {
                String[] hours = kv[1].trim().split("/");
                m.put(CxComplaintPriority.parse(kv[0]), new int[] {Integer.parseInt(hours[0].trim()), Integer.parseInt(hours[1].trim())});
            }
        }
        return m;
    }

    // ---------------------------------------------------------------- helpers

    protected void applyPolicy(CxComplaint c) {
        CxComplaintSlaPolicy policy = null;
        for (CxComplaintSlaPolicy p : readPolicies()) {
            if (p.getPriority().equals(c.getPriority())) {
                policy = p;
            }
        }
        c.setFirstResponseTargetMinutes(policy == null ? 8 * 60 : policy.getFirstResponseHours() * 60L);
        c.setResolutionTargetMinutes(policy == null ? 24 * 60 : policy.getResolutionHours() * 60L);
    }

    /** Moves the ticket, stopping or starting its SLA clock, and audits the change. */
    protected CxComplaintAudit moveTo(CxComplaint c, CxComplaintStatus target, CxComplaintActor actor, Date now) {
        CxComplaintStatus from = CxComplaintStatus.parse(c.getStatus());
        // breaches reached before the clock stops are dated when they happened
        checkBreaches(c, now);
        boolean wasRunning = c.getClockRunningSince() != null;
        if (wasRunning && !target.isClockRunning()) {
            c.setElapsedBusinessSeconds(c.getElapsedBusinessSeconds()
                    + settings.getCalendar().businessSecondsBetween(c.getClockRunningSince(), now));
            c.setClockRunningSince(null);
        } else if (!wasRunning && target.isClockRunning()) {
            c.setClockRunningSince(now);
        }
        c.setStatus(target.name());
        if (target == CxComplaintStatus.RESOLVED) {
            c.setResolvedAt(now);
            c.setResolutionSeconds(c.getElapsedBusinessSeconds());
        } else if (target == CxComplaintStatus.CLOSED) {
            c.setClosedAt(now);
        } else if (from == CxComplaintStatus.RESOLVED) {
            // reopened: the resolution clock runs again from where it stopped
            c.setResolvedAt(null);
            c.setResolutionSeconds(null);
        }
        return audit(c, actor, "STATUS", from == null ? null : from.name(), target.name());
    }

    protected void recordFirstResponse(CxComplaint c, Date now) {
        checkBreaches(c, now);
        c.setFirstResponseAt(now);
        c.setFirstResponseSeconds(clock(c, now).getElapsedSeconds());
        changed(c, "FIRST_RESPONSE");
    }

    /** Tells other capabilities (the dashboard's figures) that the ticket changed, in this transaction. */
    protected void changed(CxComplaint c, String what) {
        if (eventPublisher != null) {
            eventPublisher.publish(new CxComplaintChangedEvent(this, c.getCustomerId(), c.getOrderId(), c.getId(), what,
                    c.getCreatedAt()));
        }
    }

    /**
     * The desk's clock: Broadleaf's {@link SystemTime}, so sample data and tests can date tickets in the past with a
     * thread-local time source, and every date of one change (ticket, audit, message, SLA clock) agrees.
     */
    protected Date now() {
        return SystemTime.asDate();
    }

    protected CxComplaint lock(Long complaintId) {
        CxComplaint c = dao.readForUpdate(complaintId);
        if (c == null) {
            throw new CxComplaintException(Code.NOT_FOUND, "no such complaint");
        }
        return c;
    }

    protected CxComplaint lockOpen(Long complaintId) {
        CxComplaint c = lock(complaintId);
        if (CxComplaintStatus.CLOSED.name().equals(c.getStatus())) {
            throw new CxComplaintException(Code.WRONG_STATE, "the complaint is closed");
        }
        if (CxComplaintStatus.RESOLVED.name().equals(c.getStatus())) {
            throw new CxComplaintException(Code.WRONG_STATE, "the complaint is resolved; reopen it first");
        }
        return c;
    }

    protected void requireStaff(CxComplaintActor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new CxComplaintException(Code.FORBIDDEN, "staff only");
        }
    }

    protected CxComplaint touch(CxComplaint c) {
        c.setUpdatedAt(now());
        return dao.save(c);
    }

    protected CxComplaintMessage message(CxComplaint c, CxComplaintMessageType type, String author, Long adminId, String body) {
        CxComplaintMessage m = dao.createMessage();
        m.setComplaintId(c.getId());
        m.setType(type.name());
        m.setAuthorName(author);
        m.setAdminUserId(adminId);
        m.setBody(body);
        m.setCreatedAt(now());
        return dao.addMessage(m);
    }

    protected CxComplaintAudit audit(CxComplaint c, CxComplaintActor actor, String action, String from, String to) {
        CxComplaintAudit a = dao.createAudit();
        a.setComplaintId(c.getId());
        a.setActor(trim(actor.auditName(), 255));
        a.setAction(action);
        a.setFromValue(trim(from, 255));
        a.setToValue(trim(to, 255));
        a.setCreatedAt(now());
        a = dao.addAudit(a);
        // every change of a ticket is audited, so this is the one place that announces changes
        changed(c, action);
        return a;
    }

    protected void acknowledge(CxComplaint c) {
        if (c.getEmail() == null) {
            return;
        }
        CxComplaintClock clock = clock(c, c.getCreatedAt());
        notificationService.enqueue(email(RECEIVED, c, "received")
                .detail("responseHours", String.valueOf(c.getFirstResponseTargetMinutes() / 60))
                .detail("responseByDate", iso(clock.getFirstResponseDueAt()))
                .detail("description", c.getDescription()));
    }

    /** An email about a ticket, idempotent per ticket and occasion. */
    protected CxNotificationRequest email(CxNotificationKind kind, CxComplaint c, String occasion) {
        CxNotificationRequest r = new CxNotificationRequest(kind, "complaint:" + c.getId() + ":" + occasion)
                .customer(c.getCustomerId()).recipient(c.getEmail()).locale(c.getLocale())
                .detail("reference", c.getReference())
                .detail("category", c.getCategory())
                .detail("complaintUrl", complaintUrl(c));
        if (c.getCustomerName() != null && !c.getCustomerName().contains("@")) {
            r.detail("firstName", c.getCustomerName().split(" ")[0]);
        }
        if (c.getOrderNumber() != null) {
            r.detail("orderNumber", c.getOrderNumber());
        }
        return r;
    }

    /** Signed, so that a guest (or a customer not signed in) opens the complaint from the email. */
    protected String complaintUrl(CxComplaint c) {
        CxLinkClaims claims = new CxLinkClaims(LINK_PURPOSE + c.getId(), c.getCustomerId(),
                new Date(System.currentTimeMillis() + 365L * 86_400_000L));
        return notificationSettings.getSiteBaseUrl() + "/complaints/" + c.getReference() + "?t="
                + signedLinks.sign(claims);
    }

    protected String requireText(String text, int max, String what) {
        if (text == null || text.trim().isEmpty()) {
            throw new CxComplaintException(Code.INVALID, "the " + what + " is empty");
        }
        if (text.length() > max) {
            throw new CxComplaintException(Code.INVALID, "the " + what + " is longer than " + max + " characters");
        }
        return text.trim();
    }

    protected static boolean blank(String s) {
        return s == null || s.trim().isEmpty();
    }

    protected static String trim(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    protected static String firstLine(String s) {
        if (s == null) {
            return null;
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    protected static String join(List<Long> ids) {
        StringBuilder sb = new StringBuilder();
        for (Long id : ids) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(id);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    protected static String iso(Date d) {
        if (d == null) {
            return null;
        }
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f.format(d);
    }
}
