package dev.cxplugin.notify.service;

import dev.cxplugin.common.event.CxEventPublisher;
import dev.cxplugin.common.event.CxOrderFulfilmentEvent;

import dev.cxplugin.common.offer.CxOfferCodeService;
import dev.cxplugin.notify.dao.CxFulfilmentDao;
import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxFulfilmentEvent;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.domain.CxOrderFulfilment;
import dev.cxplugin.notify.service.CxFulfilmentException.Code;
import dev.cxplugin.notify.type.CxFulfilmentEventType;
import dev.cxplugin.notify.type.CxNotificationKind;
import dev.cxplugin.notify.workflow.CxRecordOrderConfirmationActivity;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import javax.annotation.Resource;

/**
 * Records fulfilment events. Each event, the order's new state and the email announcing it commit together,
 * so an email is never sent for a change that did not happen, nor lost for one that did.
 */
public class CxFulfilmentEventServiceImpl implements CxFulfilmentEventService {

    /** Order fulfilment states, in the order they usually come. */
    public static final String PLACED = "PLACED";
    public static final String SHIPPED = "SHIPPED";
    public static final String DELIVERED = "DELIVERED";
    public static final String CANCELLED = "CANCELLED";
    public static final String RETURN_REQUESTED = "RETURN_REQUESTED";
    public static final String RETURNED = "RETURNED";
    public static final String REFUNDED = "REFUNDED";

    @Resource(name = "cxFulfilmentDao")
    protected CxFulfilmentDao fulfilmentDao;

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao notificationDao;

    @Resource(name = "cxNotificationService")
    protected CxNotificationService notificationService;

    @Resource(name = "cxNotificationSettings")
    protected CxNotificationSettings settings;

    @Resource(name = "cxOfferCodeService")
    protected CxOfferCodeService offerCodeService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "cxEventPublisher")
    protected CxEventPublisher eventPublisher;

    @Resource(name = "cxFulfilmentExtensionManager")
    protected CxFulfilmentExtensionManager extensionManager;

    @Override
    @Transactional(value = "blTransactionManager", rollbackFor = CxFulfilmentException.class)
    public CxFulfilmentResult record(CxFulfilmentEventRequest request) throws CxFulfilmentException {
        validateIdentity(request);
        CxFulfilmentEvent first = fulfilmentDao.readEvent(request.getSource(), request.getEventId());
        if (first != null) {
            return new CxFulfilmentResult(first.getId(), first.getOrderId(), first.getType(), true,
                    first.getNotificationId(), first.getCompensationCode());
        }
        Order order = findOrder(request);
        CxOrderFulfilment state = fulfilmentDao.readFulfilment(order.getId());
        if (state == null) {
            state = newState(order);
        }
        CxFulfilmentEvent event = fulfilmentDao.createEvent();
        event.setSource(request.getSource());
        event.setEventId(request.getEventId());
        event.setOrderId(order.getId());
        event.setType(request.getType().getType());
        event.setOccurredAt(request.getOccurredAt() != null ? request.getOccurredAt() : new Date());
        event.setRecordedAt(new Date());
        event.setActor(clip(request.getActor(), 100));
        event.setReason(clip(request.getReason(), 1000));

        CxNotificationRequest email = null;
        CxFulfilmentEventType type = request.getType();
        if (CxFulfilmentEventType.SHIPPED.equals(type)) {
            email = shipped(request, order, state, event);
        } else if (CxFulfilmentEventType.DELAYED.equals(type)) {
            email = delayed(request, order, state, event);
        } else if (CxFulfilmentEventType.DELIVERED.equals(type)) {
            email = delivered(request, order, state, event);
        } else if (CxFulfilmentEventType.CANCELLED.equals(type)) {
            email = cancelled(request, order, state, event);
        } else if (CxFulfilmentEventType.RETURN_REQUESTED.equals(type) || CxFulfilmentEventType.RETURN_RECEIVED.equals(type)) {
            email = returned(request, order, state, event);
        } else if (CxFulfilmentEventType.REFUND_ISSUED.equals(type)) {
            email = refunded(request, order, state, event);
        } else {
            throw new CxFulfilmentException(Code.INVALID_EVENT, "unsupported event type " + type);
        }
        fulfilmentDao.saveFulfilment(state);
        if (email != null) {
            CxNotification n = notificationService.enqueue(email);
            event.setNotificationId(n.getId());
        }
        event = fulfilmentDao.saveEvent(event);
        extensionManager.getProxy().eventRecorded(event, state, order);
        eventPublisher.publish(new CxOrderFulfilmentEvent(this, order.getCustomer() == null ? null : order.getCustomer().getId(),
                order.getId(), event.getType(), event.getId(),
                CxFulfilmentEventType.DELAYED.getType().equals(event.getType()) && email != null));
        return new CxFulfilmentResult(event.getId(), order.getId(), event.getType(), false, event.getNotificationId(),
                event.getCompensationCode());
    }

    @Override
    @Transactional("blTransactionManager")
    public CxOrderFulfilment readFulfilment(Long orderId) {
        return fulfilmentDao.readFulfilment(orderId);
    }

    @Override
    @Transactional("blTransactionManager")
    public List<CxFulfilmentEvent> readEvents(Long orderId) {
        return fulfilmentDao.readEventsForOrder(orderId);
    }

    protected CxNotificationRequest shipped(CxFulfilmentEventRequest r, Order order, CxOrderFulfilment state,
            CxFulfilmentEvent event) throws CxFulfilmentException {
        requireNotIn(state, CANCELLED, "a cancelled order cannot ship");
        if (isBlank(r.getCarrier()) && isBlank(r.getTrackingNumber())) {
            throw new CxFulfilmentException(Code.INVALID_EVENT, "a shipment needs a carrier or a tracking number");
        }
        String url = checkedUrl(r.getTrackingUrl());
        event.setCarrier(clip(r.getCarrier(), 100));
        event.setTrackingNumber(clip(r.getTrackingNumber(), 100));
        event.setTrackingUrl(url);
        event.setPromisedDate(r.getPromisedDate());
        state.setCarrier(event.getCarrier());
        state.setTrackingNumber(event.getTrackingNumber());
        state.setTrackingUrl(url);
        if (r.getPromisedDate() != null) {
            state.setPromisedDate(startOfDay(r.getPromisedDate()));
        }
        state.setShippedDate(event.getOccurredAt());
        if (PLACED.equals(state.getStatus())) {
            state.setStatus(SHIPPED);
        }
        // a second parcel (another tracking number) is announced too; the same one twice is not
        return emailFor(CxNotificationKind.SHIPPED, order, "parcel:" + keyPart(r.getTrackingNumber(), r.getCarrier()))
                .detail("carrier", event.getCarrier())
                .detail("trackingNumber", event.getTrackingNumber())
                .detail("trackingUrl", url)
                .detail("promisedDate", iso(state.getPromisedDate()));
    }

    protected CxNotificationRequest delayed(CxFulfilmentEventRequest r, Order order, CxOrderFulfilment state,
            CxFulfilmentEvent event) throws CxFulfilmentException {
        requireNotIn(state, CANCELLED, "the order is cancelled");
        requireNotIn(state, DELIVERED, "the order is already delivered");
        if (r.getPromisedDate() == null) {
            throw new CxFulfilmentException(Code.INVALID_EVENT, "a delay needs the new promised date");
        }
        Date newDate = startOfDay(r.getPromisedDate());
        if (newDate.before(startOfDay(new Date()))) {
            throw new CxFulfilmentException(Code.INVALID_EVENT, "the new promised date is in the past");
        }
        event.setPromisedDate(newDate);
        Date current = state.getPromisedDate();
        state.setPromisedDate(newDate);
        if (current != null && !newDate.after(current)) {
            // earlier or unchanged: good news needs no apology
            return null;
        }
        state.setDelayCount(state.getDelayCount() + 1);
        CxNotificationRequest email = emailFor(CxNotificationKind.DELAYED, order, "until:" + iso(newDate))
                .detail("promisedDate", iso(newDate))
                .detail("previousDate", iso(current))
                .detail("reason", event.getReason());
        if (settings.isDelayCompensationEnabled() && state.getDelayCount() == 1 && order.getCustomer() != null) {
            String code = offerCodeService.createSingleUseCode(order.getCustomer().getId(),
                    settings.isDelayCompensationPercent(), settings.getDelayCompensationValue(),
                    addDays(new Date(), settings.getDelayCompensationValidDays()),
                    "Delay apology, order " + order.getOrderNumber(), "SORRY");
            event.setCompensationCode(code);
            email.detail("compensationCode", code)
                    .detail(settings.isDelayCompensationPercent() ? "compensationPercent" : "compensationAmount",
                            settings.getDelayCompensationValue().stripTrailingZeros().toPlainString())
                    .detail("compensationExpiryDate", iso(addDays(new Date(), settings.getDelayCompensationValidDays())));
        }
        return email;
    }

    protected CxNotificationRequest delivered(CxFulfilmentEventRequest r, Order order, CxOrderFulfilment state,
            CxFulfilmentEvent event) throws CxFulfilmentException {
        requireNotIn(state, CANCELLED, "a cancelled order cannot be delivered");
        state.setDeliveredDate(event.getOccurredAt());
        if (PLACED.equals(state.getStatus()) || SHIPPED.equals(state.getStatus())) {
            state.setStatus(DELIVERED);
        }
        Date returnBy = addDays(event.getOccurredAt(), settings.getReturnWindowDays());
        // the follow-up waits in the outbox; a return or cancellation meanwhile cancels it
        notificationService.enqueue(emailFor(CxNotificationKind.FOLLOW_UP, order, null)
                .notBefore(addDays(event.getOccurredAt(), settings.getFollowUpDays())));
        return emailFor(CxNotificationKind.DELIVERED, order, null)
                .detail("deliveredDate", iso(event.getOccurredAt()))
                .detail("returnByDate", iso(returnBy));
    }

    protected CxNotificationRequest cancelled(CxFulfilmentEventRequest r, Order order, CxOrderFulfilment state,
            CxFulfilmentEvent event) throws CxFulfilmentException {
        requireNotIn(state, CANCELLED, "the order is already cancelled");
        if (!PLACED.equals(state.getStatus())) {
            throw new CxFulfilmentException(Code.WRONG_STATE,
                    "the order has " + state.getStatus().toLowerCase().replace('_', ' ') + "; record a return instead");
        }
        state.setStatus(CANCELLED);
        state.setCancelledDate(event.getOccurredAt());
        order.setStatus(OrderStatus.CANCELLED);
        try {
            orderService.save(order, false);
        } catch (PricingException e) {
            throw new IllegalStateException(e);
        }
        notificationDao.cancelPending(order.getId(), CxNotificationKind.FOLLOW_UP.getType(), "order cancelled");
        return emailFor(CxNotificationKind.ORDER_CANCELLED, order, null)
                .detail("reason", event.getReason())
                .detail("refundAmount", order.getTotal() == null ? null : order.getTotal().getAmount().toPlainString())
                .detail("refundDays", String.valueOf(settings.getRefundDays()));
    }

    protected CxNotificationRequest returned(CxFulfilmentEventRequest r, Order order, CxOrderFulfilment state,
            CxFulfilmentEvent event) throws CxFulfilmentException {
        requireNotIn(state, CANCELLED, "a cancelled order cannot be returned");
        String items = describeItems(order, r.getItems());
        String reference = isBlank(r.getReturnReference()) ? "R-" + order.getOrderNumber() : clip(r.getReturnReference().trim(), 60);
        event.setReturnReference(reference);
        event.setItems(items);
        boolean received = CxFulfilmentEventType.RETURN_RECEIVED.equals(r.getType());
        if (received) {
            state.setReturnedItems(mergeItems(state.getReturnedItems(), items, order));
            state.setStatus(RETURNED);
        } else if (!RETURNED.equals(state.getStatus()) && !REFUNDED.equals(state.getStatus())) {
            state.setStatus(RETURN_REQUESTED);
        }
        notificationDao.cancelPending(order.getId(), CxNotificationKind.FOLLOW_UP.getType(), "return " + reference);
        CxNotificationKind kind = received ? CxNotificationKind.RETURN_RECEIVED : CxNotificationKind.RETURN_REQUESTED;
        return emailFor(kind, order, "return:" + reference)
                .detail("returnReference", reference)
                .detail("items", items)
                .detail("reason", event.getReason())
                .detail("refundDays", String.valueOf(settings.getRefundDays()));
    }

    protected CxNotificationRequest refunded(CxFulfilmentEventRequest r, Order order, CxOrderFulfilment state,
            CxFulfilmentEvent event) throws CxFulfilmentException {
        BigDecimal amount = r.getRefundAmount();
        if (amount == null || amount.signum() <= 0) {
            throw new CxFulfilmentException(Code.INVALID_EVENT, "a refund needs a positive amount");
        }
        BigDecimal already = state.getRefundedAmount() == null ? BigDecimal.ZERO : state.getRefundedAmount();
        BigDecimal total = order.getTotal() == null ? BigDecimal.ZERO : order.getTotal().getAmount();
        if (already.add(amount).compareTo(total) > 0) {
            throw new CxFulfilmentException(Code.INVALID_EVENT,
                    "refunds would exceed the order total (" + total.toPlainString() + ")");
        }
        String reference = isBlank(r.getReturnReference()) ? "R-" + order.getOrderNumber() : clip(r.getReturnReference().trim(), 60);
        event.setReturnReference(reference);
        event.setRefundAmount(amount);
        state.setRefundedAmount(already.add(amount));
        if (!CANCELLED.equals(state.getStatus())) {
            state.setStatus(REFUNDED);
        }
        return emailFor(CxNotificationKind.REFUND_ISSUED, order, "refund:" + r.getSource() + ":" + r.getEventId())
                .detail("returnReference", reference)
                .detail("refundAmount", amount.toPlainString())
                .detail("refundDays", String.valueOf(settings.getRefundDays()));
    }

    protected void validateIdentity(CxFulfilmentEventRequest r) throws CxFulfilmentException {
        if (r.getType() == null) {
            throw new CxFulfilmentException(Code.INVALID_EVENT, "the event type is missing or unknown");
        }
        if (isBlank(r.getSource()) || r.getSource().length() > 40) {
            throw new CxFulfilmentException(Code.INVALID_EVENT, "the source is missing or longer than 40 characters");
        }
        if (isBlank(r.getEventId()) || r.getEventId().length() > 120) {
            throw new CxFulfilmentException(Code.INVALID_EVENT, "the event id is missing or longer than 120 characters");
        }
        if (r.getOrderId() == null && isBlank(r.getOrderNumber())) {
            throw new CxFulfilmentException(Code.INVALID_EVENT, "the order id or order number is missing");
        }
    }

    protected Order findOrder(CxFulfilmentEventRequest r) throws CxFulfilmentException {
        Order order = r.getOrderId() != null ? orderService.findOrderById(r.getOrderId())
                : orderService.findOrderByOrderNumber(r.getOrderNumber().trim());
        // carts and abandoned checkouts are not orders a customer was told about
        if (order == null || !(OrderStatus.SUBMITTED.equals(order.getStatus()) || OrderStatus.CANCELLED.equals(order.getStatus()))) {
            throw new CxFulfilmentException(Code.UNKNOWN_ORDER, "no submitted order "
                    + (r.getOrderId() != null ? "with id " + r.getOrderId() : "numbered " + r.getOrderNumber()));
        }
        return order;
    }

    protected CxOrderFulfilment newState(Order order) {
        CxOrderFulfilment state = fulfilmentDao.createFulfilment();
        state.setOrderId(order.getId());
        state.setStatus(OrderStatus.CANCELLED.equals(order.getStatus()) ? CANCELLED : PLACED);
        Date submitted = order.getSubmitDate() != null ? order.getSubmitDate() : new Date();
        Date promised = startOfDay(addDays(submitted, settings.getDeliveryMaxDays()));
        state.setOriginalPromisedDate(promised);
        state.setPromisedDate(promised);
        state.setDelayCount(0);
        return state;
    }

    /** An order email: to the order's address, in the customer's language; the dedupe key names the event. */
    protected CxNotificationRequest emailFor(CxNotificationKind kind, Order order, String qualifier) {
        CxNotificationRequest base = CxRecordOrderConfirmationActivity.confirmationFor(order);
        String key = kind.getType() + ":order:" + order.getId() + (qualifier == null ? "" : ":" + qualifier);
        CxNotificationRequest r = new CxNotificationRequest(kind, clip(key, 190));
        r.orderId = order.getId();
        return r.customer(base.getCustomerId()).recipient(base.getRecipient()).locale(base.getLocale());
    }

    /** "item id=quantity" lines for the returned items, checked against the order; empty means all of it. */
    protected String describeItems(Order order, Map<Long, Integer> requested) throws CxFulfilmentException {
        Map<Long, Integer> lines = new LinkedHashMap<Long, Integer>();
        if (requested == null || requested.isEmpty()) {
            for (OrderItem item : order.getOrderItems()) {
                lines.put(item.getId(), item.getQuantity());
            }
        } else {
            for (Map.Entry<Long, Integer> e : requested.entrySet()) {
                OrderItem item = itemOf(order, e.getKey());
                if (item == null) {
                    throw new CxFulfilmentException(Code.INVALID_EVENT, "order item " + e.getKey() + " is not in this order");
                }
                if (e.getValue() == null || e.getValue() < 1 || e.getValue() > item.getQuantity()) {
                    throw new CxFulfilmentException(Code.INVALID_EVENT, "quantity " + e.getValue() + " of order item "
                            + e.getKey() + " is not between 1 and " + item.getQuantity());
                }
                lines.put(e.getKey(), e.getValue());
            }
        }
        return formatItems(lines);
    }

    /** Adds received quantities, never beyond what was ordered. */
    protected String mergeItems(String before, String added, Order order) throws CxFulfilmentException {
        Map<Long, Integer> total = parseItems(before);
        for (Map.Entry<Long, Integer> e : parseItems(added).entrySet()) {
            Integer sum = (total.containsKey(e.getKey()) ? total.get(e.getKey()) : 0) + e.getValue();
            OrderItem item = itemOf(order, e.getKey());
            if (item != null && sum > item.getQuantity()) {
                throw new CxFulfilmentException(Code.INVALID_EVENT, "more of order item " + e.getKey()
                        + " would be returned than was ordered");
            }
            total.put(e.getKey(), sum);
        }
        return formatItems(total);
    }

    /** "order item id=quantity" pairs, comma separated: the stored form of returned items. */
    public static String formatItems(Map<Long, Integer> items) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Long, Integer> e : items.entrySet()) {
            sb.append(sb.length() == 0 ? "" : ",").append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    public static Map<Long, Integer> parseItems(String items) {
        Map<Long, Integer> result = new LinkedHashMap<Long, Integer>();
        if (items != null && !items.trim().isEmpty()) {
            for (String part : items.split(",")) {
                String[] kv = part.split("=");
                result.put(Long.valueOf(kv[0].trim()), Integer.valueOf(kv[1].trim()));
            }
        }
        return result;
    }

    protected OrderItem itemOf(Order order, Long itemId) {
        for (OrderItem item : order.getOrderItems()) {
            if (item.getId().equals(itemId)) {
                return item;
            }
        }
        return null;
    }

    protected void requireNotIn(CxOrderFulfilment state, String status, String message) throws CxFulfilmentException {
        if (status.equals(state.getStatus())) {
            throw new CxFulfilmentException(Code.WRONG_STATE, message);
        }
    }

    /** Only web links go into an email: no javascript: or data: URLs from a warehouse feed. */
    protected String checkedUrl(String url) throws CxFulfilmentException {
        if (isBlank(url)) {
            return null;
        }
        String u = url.trim();
        if (!(u.startsWith("https://") || u.startsWith("http://")) || u.length() > 500 || u.matches(".*[\\s<>\"'].*")) {
            throw new CxFulfilmentException(Code.INVALID_EVENT, "the tracking link must be an http(s) URL without spaces or quotes");
        }
        return u;
    }

    protected static String keyPart(String a, String b) {
        String v = !isBlank(a) ? a : b;
        return v == null ? "" : v.trim().replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    public static String iso(Date date) {
        if (date == null) {
            return null;
        }
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
        f.setTimeZone(TimeZone.getDefault());
        return f.format(date);
    }

    protected static Date startOfDay(Date date) {
        Calendar c = Calendar.getInstance();
        c.setTime(date);
        c.set(Calendar.HOUR_OF_DAY, 0);
        c.set(Calendar.MINUTE, 0);
        c.set(Calendar.SECOND, 0);
        c.set(Calendar.MILLISECOND, 0);
        return c.getTime();
    }

    protected static Date addDays(Date from, int days) {
        Calendar c = Calendar.getInstance();
        c.setTime(from);
        c.add(Calendar.DAY_OF_MONTH, days);
        return c.getTime();
    }

    protected static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }

    protected static String clip(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
