package dev.cxplugin.complaint.service;

import dev.cxplugin.common.event.CxEventPublisher;
import dev.cxplugin.common.event.CxOrderFulfilmentEvent;
import dev.cxplugin.common.event.CxReviewEvent;
import dev.cxplugin.common.event.CxSurveyAnsweredEvent;
import dev.cxplugin.complaint.dao.CxComplaintDao;
import dev.cxplugin.complaint.dao.CxComplaintQuery;
import dev.cxplugin.complaint.domain.CxComplaint;
import dev.cxplugin.complaint.domain.CxComplaintAudit;
import dev.cxplugin.complaint.domain.CxComplaintMessage;
import dev.cxplugin.complaint.service.CxComplaintException.Code;
import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.service.CxNotificationDispatcher;
import dev.cxplugin.notify.service.CxPayload;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import dev.cxplugin.test.TestMailServer;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The complaints desk on a real Broadleaf context and database: lifecycle, SLA, compensation, events, emails. */
@ExtendWith(BroadleafExtension.class)
class ComplaintDeskTest {

    @Resource(name = "cxComplaintService")
    protected CxComplaintService desk;

    @Resource(name = "cxComplaintDao")
    protected CxComplaintDao dao;

    @Resource(name = "cxComplaintSettings")
    protected CxComplaintSettings settings;

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao notificationDao;

    @Resource(name = "cxNotificationDispatcher")
    protected CxNotificationDispatcher dispatcher;

    @Resource(name = "cxEventPublisher")
    protected CxEventPublisher events;

    @Resource(name = "blOfferService")
    protected OfferService offerService;

    @Resource(name = "blOrderService")
    protected org.broadleafcommerce.core.order.service.OrderService orderService;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    static final TestMailServer SMTP = new TestMailServer();
    static Product product;
    CheckoutFixtures fixtures;
    final CxComplaintActor agent = CxComplaintActor.agent(-77L, "Agent Alice");
    final CxComplaintActor manager = CxComplaintActor.manager(-78L, "Manager Mo");

    @BeforeEach
    void start(ApplicationContext ctx) throws Exception {
        fixtures = new CheckoutFixtures(ctx);
        if (product == null) {
            product = fixtures.aProduct("Complaint lamp", "40.00");
        }
        SMTP.start().purge();
        dispatcher.dispatchAll();
        SMTP.purge();
    }

    @AfterEach
    void restore() {
        settings.setTicketFromLowReview(true);
        settings.setTicketFromNpsDetractor(true);
        settings.setTicketFromDelay(true);
        settings.setCalendarZone("UTC");
    }

    // ------------------------------------------------------------ filing

    @Test
    void aCustomerFilesAComplaintAboutItemsOfTheirOrderAndIsAcknowledgedWithTheExpectedResponseTime() throws Exception {
        Customer sam = fixtures.aCustomer("Sam", "en_US");
        Order order = anOrder(sam, product, 2);
        Long itemId = order.getOrderItems().get(0).getId();
        CxComplaint c = desk.file(CxComplaintFiling.byCustomer(sam.getId()).order(order.getId())
                .items(Collections.singletonList(itemId)).category("DAMAGED_ITEM").description("The lamp arrived cracked."));

        assertTrue(c.getReference().matches("C-[A-Z2-9]{7}"), c.getReference());
        assertEquals("NEW", c.getStatus());
        assertEquals("NORMAL", c.getPriority());
        assertEquals(String.valueOf(itemId), c.getOrderItemIds());
        assertEquals(order.getOrderNumber(), c.getOrderNumber());
        assertEquals(8 * 60, c.getFirstResponseTargetMinutes(), "NORMAL: 8 business hours to a first response");
        assertNotNull(c.getClockRunningSince());

        List<CxComplaintMessage> thread = desk.readThread(c.getId(), true);
        assertEquals(1, thread.size());
        assertEquals("CUSTOMER", thread.get(0).getType());
        assertEquals("CREATED", desk.readAudit(c.getId()).get(0).getAction());

        MimeMessage mail = onlyEmailAfterDispatch();
        assertEquals(sam.getEmailAddress(), mail.getAllRecipients()[0].toString());
        assertTrue(mail.getSubject().contains("We have received your complaint"), mail.getSubject());
        String html = part(mail, "text/html");
        assertTrue(html.contains(c.getReference()), html);
        assertTrue(html.contains("within 8 business hours"), html);
        assertTrue(html.contains("Thank you for telling us, Sam"), html);
        assertTrue(html.contains("/complaints/" + c.getReference() + "?t="), "a signed link to the complaint");
    }

    @Test
    void theAcknowledgementIsWrittenInTheCustomersLanguage() throws Exception {
        Customer layla = fixtures.aCustomer("Layla", "ar");
        Order order = anOrder(layla, product, 1);
        CxComplaint c = desk.file(CxComplaintFiling.byCustomer(layla.getId()).order(order.getId())
                .category("LATE_DELIVERY").description("لم يصل الطلب بعد"));
        String html = part(onlyEmailAfterDispatch(), "text/html");
        assertTrue(html.contains("dir=\"rtl\""), html);
        assertTrue(html.contains("استلمنا شكواك") || html.contains("شكرًا لإخبارنا"), html);
        assertTrue(html.contains(c.getReference()));
    }

    @Test
    void htmlInADescriptionIsKeptAsTextAndEscapedInTheEmail() throws Exception {
        Customer eve = fixtures.aCustomer("Eve", "en_US");
        Order order = anOrder(eve, product, 1);
        String evil = "<script>alert('x')</script><b>broken</b>";
        CxComplaint c = desk.file(CxComplaintFiling.byCustomer(eve.getId()).order(order.getId())
                .category("OTHER").description(evil));
        assertEquals(evil, desk.readThread(c.getId(), true).get(0).getBody(), "stored as typed");
        String html = part(onlyEmailAfterDispatch(), "text/html");
        assertFalse(html.contains("<script>alert"), "never markup in the email");
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void anotherCustomersOrderIsNotFoundAndNothingIsCreated() {
        Customer owner = fixtures.aCustomer("Owner", "en_US");
        Customer other = fixtures.aCustomer("Other", "en_US");
        Order order = anOrder(owner, product, 1);
        long before = countComplaints();
        CxComplaintException e = assertThrows(CxComplaintException.class, () -> desk.file(CxComplaintFiling
                .byCustomer(other.getId()).order(order.getId()).category("OTHER").description("not mine")));
        assertEquals(Code.NOT_FOUND, e.getCode());
        e = assertThrows(CxComplaintException.class, () -> desk.file(CxComplaintFiling
                .byCustomer(other.getId()).orderNumber(order.getOrderNumber()).category("OTHER").description("not mine")));
        assertEquals(Code.NOT_FOUND, e.getCode());
        assertEquals(before, countComplaints());
    }

    @Test
    void unknownOrderNumbersItemsOfOtherOrdersAndBadInputAreRefusedAndChangeNothing() {
        Customer kim = fixtures.aCustomer("Kim", "en_US");
        Order order = anOrder(kim, product, 1);
        Order otherOrder = anOrder(fixtures.aCustomer("Lee", "en_US"), product, 1);
        long before = countComplaints();
        assertCode(Code.NOT_FOUND, () -> desk.file(CxComplaintFiling.byCustomer(kim.getId()).orderNumber("NO-SUCH-ORDER")
                .category("OTHER").description("x")));
        assertCode(Code.NOT_FOUND, () -> desk.file(CxComplaintFiling.byCustomer(kim.getId()).order(order.getId())
                .items(Collections.singletonList(otherOrder.getOrderItems().get(0).getId())).category("WRONG_ITEM").description("x")));
        assertCode(Code.INVALID, () -> desk.file(CxComplaintFiling.byCustomer(kim.getId()).order(order.getId())
                .category("NPS_DETRACTOR").description("not a shopper's category")));
        assertCode(Code.INVALID, () -> desk.file(CxComplaintFiling.byCustomer(kim.getId()).order(order.getId())
                .category("nonsense").description("x")));
        assertCode(Code.INVALID, () -> desk.file(CxComplaintFiling.byCustomer(kim.getId()).order(order.getId())
                .category("OTHER").description("   ")));
        char[] big = new char[settings.getMaxDescriptionLength() + 1];
        Arrays.fill(big, 'a');
        assertCode(Code.INVALID, () -> desk.file(CxComplaintFiling.byCustomer(kim.getId()).order(order.getId())
                .category("OTHER").description(new String(big))));
        assertEquals(before, countComplaints());
    }

    @Test
    void aGuestFilesWithTheOrderNumberAndTheOrdersEmailOnly() throws Exception {
        Customer gus = fixtures.aCustomer("Gus", "en_US");
        Order order = anOrder(gus, product, 1);
        long before = countComplaints();
        assertCode(Code.NOT_FOUND, () -> desk.file(CxComplaintFiling.byGuest("someone@else.example", order.getOrderNumber())
                .category("MISSING_ITEM").description("x")));
        assertCode(Code.NOT_FOUND, () -> desk.file(CxComplaintFiling.byGuest(gus.getEmailAddress(), "NO-SUCH-ORDER")
                .category("MISSING_ITEM").description("x")));
        assertCode(Code.INVALID, () -> desk.file(CxComplaintFiling.byGuest("", order.getOrderNumber())
                .category("MISSING_ITEM").description("x")));
        assertEquals(before, countComplaints());

        CxComplaint c = desk.file(CxComplaintFiling.byGuest(gus.getEmailAddress().toUpperCase(), order.getOrderNumber())
                .category("MISSING_ITEM").description("One item is missing"));
        assertEquals("GUEST", c.getSource());
        assertEquals(order.getId(), c.getOrderId());
        assertEquals(gus.getId(), c.getCustomerId(), "the order's customer, so the apology code works for them");
        onlyEmailAfterDispatch();
    }

    // ------------------------------------------------------------ lifecycle

    @Test
    void aTicketGoesFromNewThroughRepliesToResolvedAndClosesAfterTheConfiguredDays() throws Exception {
        Customer ana = fixtures.aCustomer("Ana", "en_US");
        CxComplaint c = fileFor(ana, "LATE_DELIVERY", "Where is my parcel?");
        onlyEmailAfterDispatch();

        desk.assign(c.getId(), agent, agent.getAdminUserId(), agent.getName());
        assertEquals("OPEN", desk.read(c.getId()).getStatus(), "assigning opens a new ticket");

        desk.note(c.getId(), agent, "Checked with the carrier: stuck in depot");
        desk.staffReply(c.getId(), agent, "Your parcel is on its way again.\nSorry!", "PENDING_CUSTOMER");
        c = desk.read(c.getId());
        assertEquals("PENDING_CUSTOMER", c.getStatus());
        assertNotNull(c.getFirstResponseAt());
        assertNotNull(c.getFirstResponseSeconds());
        assertNull(c.getClockRunningSince(), "the clock stops while waiting on the customer");

        MimeMessage reply = onlyEmailAfterDispatch();
        String html = part(reply, "text/html");
        assertTrue(html.contains("Your parcel is on its way again."), html);
        assertTrue(html.contains("Agent Alice"));
        assertFalse(html.contains("stuck in depot"), "internal notes never reach the customer");

        desk.customerReply(c.getId(), ana.getId(), "It arrived, thanks. But the box was wet.");
        c = desk.read(c.getId());
        assertEquals("OPEN", c.getStatus(), "a customer reply reopens a waiting ticket");
        assertNotNull(c.getClockRunningSince());

        desk.resolve(c.getId(), agent, "We have refunded the shipping.");
        c = desk.read(c.getId());
        assertEquals("RESOLVED", c.getStatus());
        assertNotNull(c.getResolutionSeconds());
        CxNotification resolved = resolvedEmail(c.getId());
        assertEquals("COMPLAINT_RESOLVED", resolved.getKind(), "asks the CSAT question");
        Map<String, String> details = CxPayload.decode(resolved.getPayload());
        assertEquals("complaint:" + c.getId(), details.get("surveyTopic"));
        String resolvedHtml = part(onlyEmailAfterDispatch(), "text/html");
        assertTrue(resolvedHtml.contains("We have refunded the shipping."), resolvedHtml);

        List<String> publicTypes = new ArrayList<String>();
        for (CxComplaintMessage m : desk.readThread(c.getId(), true)) {
            publicTypes.add(m.getType());
        }
        assertEquals(Arrays.asList("CUSTOMER", "STAFF_REPLY", "CUSTOMER", "STAFF_REPLY"), publicTypes);
        assertEquals(5, desk.readThread(c.getId(), false).size(), "staff see the note too");

        Date resolvedAt = c.getResolvedAt();
        assertEquals(0, closeCountFor(c, new Date(resolvedAt.getTime() + 3 * 86_400_000L)), "not before 4 days");
        assertEquals("RESOLVED", desk.read(c.getId()).getStatus());
        closeCountFor(c, new Date(resolvedAt.getTime() + 4 * 86_400_000L + 1000));
        c = desk.read(c.getId());
        assertEquals("CLOSED", c.getStatus());
        assertNotNull(c.getClosedAt());

        final Long id = c.getId();
        assertCode(Code.WRONG_STATE, () -> desk.customerReply(id, ana.getId(), "one more thing"));
        assertCode(Code.WRONG_STATE, () -> desk.staffReply(id, agent, "too late", null));

        List<String> trail = new ArrayList<String>();
        for (CxComplaintAudit a : desk.readAudit(c.getId())) {
            trail.add(a.getAction() + ":" + (a.getToValue() == null ? "" : a.getToValue()));
        }
        assertTrue(trail.containsAll(Arrays.asList("CREATED:NEW", "ASSIGNEE:Agent Alice", "STATUS:OPEN", "NOTE:",
                "STATUS:PENDING_CUSTOMER", "STATUS:RESOLVED", "STATUS:CLOSED")), trail.toString());
        for (CxComplaintAudit a : desk.readAudit(c.getId())) {
            assertNotNull(a.getCreatedAt());
            assertNotNull(a.getActor());
        }
    }

    @Test
    void aCustomerReplyBeforeAutoCloseReopensTheResolvedTicketAndItStaysOpen() throws Exception {
        Customer bo = fixtures.aCustomer("Bo", "en_US");
        CxComplaint c = fileFor(bo, "REFUND", "Refund not received");
        desk.resolve(c.getId(), agent, "Refund sent today.");
        desk.customerReply(c.getId(), bo.getId(), "Still nothing on my card.");
        c = desk.read(c.getId());
        assertEquals("OPEN", c.getStatus());
        assertNull(c.getResolvedAt());
        assertNull(c.getResolutionSeconds(), "reopened: the resolution time is measured again at the next resolve");
        closeCountFor(c, new Date(System.currentTimeMillis() + 30 * 86_400_000L));
        assertEquals("OPEN", desk.read(c.getId()).getStatus());
    }

    @Test
    void anotherCustomerCannotReadOrReplyAndNothingChanges() {
        Customer owner = fixtures.aCustomer("Mia", "en_US");
        Customer intruder = fixtures.aCustomer("Ivan", "en_US");
        CxComplaint c = fileFor(owner, "OTHER", "private matter");
        assertNull(desk.readForCustomer(c.getId(), intruder.getId()));
        assertNotNull(desk.readForCustomer(c.getId(), owner.getId()));
        assertCode(Code.NOT_FOUND, () -> desk.customerReply(c.getId(), intruder.getId(), "let me in"));
        assertEquals(1, desk.readThread(c.getId(), false).size());
        assertEquals("NEW", desk.read(c.getId()).getStatus());
    }

    @Test
    void customersCannotUseStaffActionsAndStaffMovesFollowTheLifecycle() {
        Customer cy = fixtures.aCustomer("Cy", "en_US");
        CxComplaint c = fileFor(cy, "OTHER", "question");
        assertCode(Code.FORBIDDEN, () -> desk.staffReply(c.getId(), CxComplaintActor.customer("Cy"), "I am staff", null));
        assertCode(Code.INVALID, () -> desk.changeStatus(c.getId(), agent, "DONE"));
        assertCode(Code.WRONG_STATE, () -> desk.changeStatus(c.getId(), agent, "CLOSED"));
        assertCode(Code.INVALID, () -> desk.changePriority(c.getId(), agent, "CRITICAL"));
        desk.changePriority(c.getId(), agent, "URGENT");
        CxComplaint urgent = desk.read(c.getId());
        assertEquals(60, urgent.getFirstResponseTargetMinutes(), "URGENT: 1 business hour");
        assertEquals(8 * 60, urgent.getResolutionTargetMinutes());
        desk.changeStatus(c.getId(), agent, "ON_HOLD");
        assertNull(desk.read(c.getId()).getClockRunningSince(), "on hold stops the clock");
        desk.changeStatus(c.getId(), agent, "OPEN");
        assertNotNull(desk.read(c.getId()).getClockRunningSince());
    }

    @Test
    void noCsatQuestionWhenTheAgentOpenedAndSolvedTheTicketThemselves() throws Exception {
        Customer di = fixtures.aCustomer("Di", "en_US");
        CxComplaint c = desk.openByStaff(agent, di.getId(), null, "OTHER", "LOW", "Called about a missing invoice");
        assertTrue(part(onlyEmailAfterDispatch(), "text/html").contains("Called about a missing invoice"), "acknowledged");
        assertEquals("STAFF", c.getSource());
        assertEquals(agent.getAdminUserId(), c.getAssigneeId());
        desk.resolve(c.getId(), agent, "Invoice sent.");
        c = desk.read(c.getId());
        CxNotification n = resolvedEmail(c.getId());
        assertEquals("COMPLAINT_RESOLVED_QUIET", n.getKind());
        String quiet = part(onlyEmailAfterDispatch(), "text/html");
        assertTrue(quiet.contains("Invoice sent.") && !quiet.contains("How satisfied"), quiet);

        CxComplaint other = desk.openByStaff(agent, di.getId(), null, "OTHER", null, "Second call");
        desk.resolve(other.getId(), manager, "Handled by a manager.");
        other = desk.read(other.getId());
        assertEquals("COMPLAINT_RESOLVED", resolvedEmail(other.getId()).getKind(), "someone else solved it: the customer is asked");
    }

    // ------------------------------------------------------------ SLA

    @Test
    void aBreachIsRecordedByTheJobWhenTheTargetPassesDatedWhenItHappenedAndOnlyOnce() {
        Customer ed = fixtures.aCustomer("Ed", "en_US");
        CxComplaint c = fileFor(ed, "WRONG_ITEM", "Wrong colour");
        Date since = new Date(System.currentTimeMillis() - 10 * 86_400_000L);
        backdateClock(c.getId(), since);

        assertTrue(desk.recordBreaches(new Date()) >= 2);
        CxComplaint breached = desk.read(c.getId());
        CxBusinessCalendar cal = settings.getCalendar();
        assertEquals(cal.addBusinessMinutes(since, 8 * 60), breached.getFirstResponseBreachedAt());
        assertEquals(cal.addBusinessMinutes(since, 24 * 60), breached.getResolutionBreachedAt());
        long breachAudits = desk.readAudit(c.getId()).stream().filter(a -> "SLA_BREACH".equals(a.getAction())).count();
        assertEquals(2, breachAudits);

        desk.recordBreaches(new Date());
        assertEquals(breached.getFirstResponseBreachedAt(), desk.read(c.getId()).getFirstResponseBreachedAt());
        assertEquals(2, desk.readAudit(c.getId()).stream().filter(a -> "SLA_BREACH".equals(a.getAction())).count(),
                "recorded once");

        CxComplaintQuery q = new CxComplaintQuery();
        q.breachedOnly = true;
        assertTrue(desk.search(q).stream().anyMatch(x -> x.getId().equals(c.getId())));
    }

    @Test
    void aPausedTicketDoesNotBreachHoweverLongItWaits() {
        Customer fay = fixtures.aCustomer("Fay", "en_US");
        CxComplaint c = fileFor(fay, "OTHER", "question about sizes");
        desk.staffReply(c.getId(), agent, "Which size do you usually wear?", "PENDING_CUSTOMER");
        desk.recordBreaches(new Date(System.currentTimeMillis() + 60L * 86_400_000L));
        CxComplaint paused = desk.read(c.getId());
        assertNull(paused.getResolutionBreachedAt());
        assertNull(paused.getFirstResponseBreachedAt());
    }

    @Test
    void aReplyAfterTheTargetRecordsTheBreachEvenIfTheJobNeverRan() {
        Customer gil = fixtures.aCustomer("Gil", "en_US");
        CxComplaint c = fileFor(gil, "OTHER", "late answer");
        Date since = new Date(System.currentTimeMillis() - 10 * 86_400_000L);
        backdateClock(c.getId(), since);
        desk.staffReply(c.getId(), agent, "Sorry for the wait", null);
        CxComplaint answered = desk.read(c.getId());
        assertEquals(settings.getCalendar().addBusinessMinutes(since, 8 * 60), answered.getFirstResponseBreachedAt());
        assertTrue(answered.getFirstResponseSeconds() >= 8 * 3600);
    }

    // ------------------------------------------------------------ compensation

    @Test
    void anAgentCompensatesWithinTheLimitAndTheCodeIsRecordedEmailedAndBoundToTheCustomer() throws Exception {
        Customer hal = fixtures.aCustomer("Hal", "en_US");
        CxComplaint c = fileFor(hal, "DAMAGED_ITEM", "Broken");
        onlyEmailAfterDispatch();
        String code = desk.compensate(c.getId(), agent, new CxComplaintCompensation(true, new BigDecimal("10"), 30, "So sorry!"));
        CxComplaint after = desk.read(c.getId());
        assertEquals(code, after.getCompensationCode());
        assertEquals("10%", after.getCompensationValue());
        String rule = fixtures.inTransaction(() -> {
            OfferCode offerCode = offerService.lookupOfferCodeByCode(code);
            assertEquals(1, offerCode.getMaxUses());
            assertEquals(0, new BigDecimal("10").compareTo(offerCode.getOffer().getValue()));
            return offerCode.getOffer().getOfferMatchRules().values().iterator().next().getMatchRule();
        });
        assertTrue(rule.contains(String.valueOf(hal.getId())), rule);
        assertTrue(desk.readThread(c.getId(), true).stream().anyMatch(m -> "COMPENSATION".equals(m.getType())
                && m.getBody().contains(code)));
        String html = part(onlyEmailAfterDispatch(), "text/html");
        assertTrue(html.contains(code) && html.contains("10% off"), html);
    }

    @Test
    void anAgentAboveTheLimitIsRefusedAndNothingIsCreatedWhileAManagerMayGiveMore() {
        Customer ivy = fixtures.aCustomer("Ivy", "en_US");
        CxComplaint c = fileFor(ivy, "DAMAGED_ITEM", "Broken again");
        long offersBefore = countOfferCodes();
        int threadBefore = desk.readThread(c.getId(), false).size();
        assertCode(Code.FORBIDDEN, () -> desk.compensate(c.getId(), agent, new CxComplaintCompensation(true, new BigDecimal("30"), 30, null)));
        assertCode(Code.FORBIDDEN, () -> desk.compensate(c.getId(), agent, new CxComplaintCompensation(false, new BigDecimal("100"), 30, null)));
        assertCode(Code.INVALID, () -> desk.compensate(c.getId(), manager, new CxComplaintCompensation(true, new BigDecimal("120"), 30, null)));
        assertCode(Code.INVALID, () -> desk.compensate(c.getId(), manager, new CxComplaintCompensation(false, new BigDecimal("-5"), 30, null)));
        assertCode(Code.INVALID, () -> desk.compensate(c.getId(), manager, new CxComplaintCompensation(false, new BigDecimal("5"), 0, null)));
        assertEquals(offersBefore, countOfferCodes());
        assertEquals(threadBefore, desk.readThread(c.getId(), false).size());
        assertNull(desk.read(c.getId()).getCompensationCode());

        String code = desk.compensate(c.getId(), manager, new CxComplaintCompensation(false, new BigDecimal("100"), 30, null));
        assertEquals("100.00", desk.read(c.getId()).getCompensationValue());
        assertEquals(offersBefore + 1, countOfferCodes());
        assertNotNull(code);
    }

    @Test
    void theApologyCodeTakesItsValueOffTheCustomersNextOrderAtCheckout() throws Exception {
        Customer pat = fixtures.aCustomer("Pat", "en_US");
        CxComplaint c = fileFor(pat, "DAMAGED_ITEM", "Dented");
        String code = desk.compensate(c.getId(), agent, new CxComplaintCompensation(true, new BigDecimal("10"), 30, null));
        Order submitted = fixtures.withOpenEntityManager(() -> {
            Order cart = fixtures.cartWith(pat, product, 1);
            fixtures.useRequestContextOf(pat);
            cart = orderService.addOfferCode(cart, offerService.lookupOfferCodeByCode(code), true);
            assertEquals(0, new BigDecimal("36.00").compareTo(cart.getTotal().getAmount()), "10% off 40.00");
            return fixtures.aSubmittedOrderFromCart(cart, pat);
        });
        assertEquals("SUBMITTED", submitted.getStatus().getType());
        assertEquals(0, new BigDecimal("36.00").compareTo(submitted.getTotal().getAmount()));
    }

    // ------------------------------------------------------------ automatic tickets and CSAT

    @Test
    void aLowRatingReviewOpensOneTicketAndHigherRatingsOrSwitchedOffOpenNone() {
        Customer jo = fixtures.aCustomer("Jo", "en_US");
        long reviewId = uniqueId();
        fixtures.inTransaction(() -> {
            events.publish(new CxReviewEvent(this, CxReviewEvent.SUBMITTED, jo.getId(), null, reviewId, 5L, 2, true));
            events.publish(new CxReviewEvent(this, CxReviewEvent.SUBMITTED, jo.getId(), null, reviewId, 5L, 1, true));
            return null;
        });
        CxComplaint c = dao.readBySourceKey("review:" + reviewId);
        assertNotNull(c);
        assertEquals("LOW_RATING_REVIEW", c.getCategory());
        assertEquals(jo.getId(), c.getCustomerId());
        assertEquals(1, countBySourceKey("review:" + reviewId), "an edited review does not open a second ticket");

        long good = uniqueId();
        long off = uniqueId();
        fixtures.inTransaction(() -> {
            events.publish(new CxReviewEvent(this, CxReviewEvent.SUBMITTED, jo.getId(), null, good, 5L, 3, true));
            events.publish(new CxReviewEvent(this, CxReviewEvent.APPROVED, jo.getId(), null, good, 5L, 1, true));
            return null;
        });
        settings.setTicketFromLowReview(false);
        fixtures.inTransaction(() -> {
            events.publish(new CxReviewEvent(this, CxReviewEvent.SUBMITTED, jo.getId(), null, off, 5L, 1, true));
            return null;
        });
        assertNull(dao.readBySourceKey("review:" + good));
        assertNull(dao.readBySourceKey("review:" + off));
    }

    @Test
    void anNpsDetractorWithACommentOpensATicketButNotWithoutOne() {
        Customer kai = fixtures.aCustomer("Kai", "en_US");
        long withComment = uniqueId();
        long without = uniqueId();
        long promoter = uniqueId();
        fixtures.inTransaction(() -> {
            events.publish(new CxSurveyAnsweredEvent(this, kai.getId(), null, withComment, "NPS", 3, "Support never answered", "EMAIL", null));
            events.publish(new CxSurveyAnsweredEvent(this, kai.getId(), null, without, "NPS", 2, null, "EMAIL", null));
            events.publish(new CxSurveyAnsweredEvent(this, kai.getId(), null, promoter, "NPS", 9, "great", "EMAIL", null));
            return null;
        });
        CxComplaint c = dao.readBySourceKey("nps:" + withComment);
        assertNotNull(c);
        assertEquals("HIGH", c.getPriority());
        assertTrue(c.getDescription().contains("Support never answered"));
        assertNull(dao.readBySourceKey("nps:" + without));
        assertNull(dao.readBySourceKey("nps:" + promoter));
        settings.setTicketFromNpsDetractor(false);
        long switchedOff = uniqueId();
        fixtures.inTransaction(() -> {
            events.publish(new CxSurveyAnsweredEvent(this, kai.getId(), null, switchedOff, "NPS", 0, "awful", "EMAIL", null));
            return null;
        });
        assertNull(dao.readBySourceKey("nps:" + switchedOff));
    }

    @Test
    void anAnnouncedDelayOpensOneTicketPerOrder() {
        Customer lou = fixtures.aCustomer("Lou", "en_US");
        Order order = anOrder(lou, product, 1);
        fixtures.inTransaction(() -> {
            events.publish(new CxOrderFulfilmentEvent(this, lou.getId(), order.getId(), "DELAYED", 1L, true));
            events.publish(new CxOrderFulfilmentEvent(this, lou.getId(), order.getId(), "DELAYED", 2L, true));
            events.publish(new CxOrderFulfilmentEvent(this, lou.getId(), order.getId(), "SHIPPED", 3L, false));
            return null;
        });
        CxComplaint c = dao.readBySourceKey("delay:order:" + order.getId());
        assertNotNull(c);
        assertEquals(order.getOrderNumber(), c.getOrderNumber());
        assertEquals(1, countBySourceKey("delay:order:" + order.getId()));
    }

    @Test
    void twoConcurrentCopiesOfOneEventOpenOneTicket() throws Exception {
        Customer max = fixtures.aCustomer("Max", "en_US");
        long reviewId = uniqueId();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> runs = new ArrayList<Future<Object>>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit((Callable<Object>) () -> fixtures.inTransaction(() -> {
                events.publish(new CxReviewEvent(this, CxReviewEvent.SUBMITTED, max.getId(), null, reviewId, 5L, 1, false));
                return null;
            })));
        }
        int failed = 0;
        for (Future<Object> f : runs) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failed++; // the unique source key refused the second: its transaction rolled back
            }
        }
        pool.shutdown();
        assertTrue(failed <= 1);
        assertEquals(1, countBySourceKey("review:" + reviewId));
    }

    @Test
    void aCsatAnswerAboutAComplaintIsRecordedOnTheTicket() {
        Customer ned = fixtures.aCustomer("Ned", "en_US");
        CxComplaint c = fileFor(ned, "OTHER", "to be rated");
        desk.resolve(c.getId(), agent, "Done");
        fixtures.inTransaction(() -> {
            events.publish(new CxSurveyAnsweredEvent(this, ned.getId(), null, uniqueId(), "CSAT", 4, null, "EMAIL",
                    "complaint:" + c.getId()));
            return null;
        });
        assertEquals(Integer.valueOf(4), desk.read(c.getId()).getCsatScore());
    }

    // ------------------------------------------------------------ figures on the database

    @Test
    void figuresOverStoredTicketsMatchTheHandComputedValues() {
        // a window of its own in the past, so other tests' tickets do not count
        Date from = CxBusinessCalendarTest.at("2001-03-01T00:00:00Z");
        Date to = CxBusinessCalendarTest.at("2001-04-01T00:00:00Z");
        Date now = CxBusinessCalendarTest.at("2001-03-20T12:00:00Z");
        Customer ola = fixtures.aCustomer("Ola", "en_US");
        storeFixture(ola, "2001-03-02T10:00:00Z", "CLOSED", 2 * 3600L, 6 * 3600L, false, 5);
        storeFixture(ola, "2001-03-05T10:00:00Z", "RESOLVED", 4 * 3600L, 12 * 3600L, true, 3);
        storeFixture(ola, "2001-03-19T10:00:00Z", "OPEN", null, null, false, null);
        storeFixture(ola, "2001-03-15T10:00:00Z", "PENDING_CUSTOMER", 3 * 3600L, null, true, null);
        CxComplaintFigures f = desk.figures(from, to, now);
        assertEquals(4, f.getTickets());
        assertEquals(3.0, f.getAverageFirstResponseHours());   // (2 + 4 + 3) / 3
        assertEquals(9.0, f.getAverageResolutionHours());      // (6 + 12) / 2
        assertEquals(9.0, f.getMedianResolutionHours());
        assertEquals(50.0, f.getBreachRatePercent());          // 2 of 4
        assertEquals(Integer.valueOf(1), f.getBacklogByAge().get("1-3 days"));   // 26 h old
        assertEquals(Integer.valueOf(1), f.getBacklogByAge().get("3-7 days"));   // 5 days old
        assertEquals(4.0, f.getAverageCsat());                 // (5 + 3) / 2
        assertEquals(50.0, f.getCsatSatisfiedPercent());
    }

    // ------------------------------------------------------------ helpers

    /** An order whose confirmation email is already sent and discarded, so each test sees only its own emails. */
    Order anOrder(Customer customer, Product p, int quantity) throws RuntimeException {
        Order order = fixtures.aSubmittedOrder(customer, p, quantity);
        dispatcher.dispatchAll();
        try {
            SMTP.purge();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return order;
    }

    CxComplaint fileFor(Customer customer, String category, String text) {
        Order order = anOrder(customer, product, 1);
        return desk.file(CxComplaintFiling.byCustomer(customer.getId()).order(order.getId()).category(category).description(text));
    }

    void storeFixture(Customer who, String created, String status, Long first, Long resolution, boolean breached, Integer csat) {
        fixtures.inTransaction(() -> {
            CxComplaint c = dao.create();
            c.setReference("F-" + uniqueId());
            c.setStatus(status);
            c.setPriority("NORMAL");
            c.setCategory("OTHER");
            c.setSource("CUSTOMER");
            c.setCustomerId(who.getId());
            c.setCreatedAt(CxBusinessCalendarTest.at(created));
            c.setFirstResponseSeconds(first);
            c.setResolutionSeconds(resolution);
            c.setResolvedAt(resolution == null ? null : CxBusinessCalendarTest.at(created));
            c.setFirstResponseBreachedAt(breached ? CxBusinessCalendarTest.at(created) : null);
            c.setCsatScore(csat);
            c.setFirstResponseTargetMinutes(480);
            c.setResolutionTargetMinutes(1440);
            return dao.save(c);
        });
    }

    void backdateClock(Long id, Date since) {
        fixtures.inTransaction(() -> {
            CxComplaint c = dao.readById(id);
            c.setCreatedAt(since);
            c.setClockRunningSince(since);
            return dao.save(c);
        });
    }

    int closeCountFor(CxComplaint c, Date now) {
        return desk.closeResolved(now);
    }

    /** The (latest) resolution email of a ticket. */
    CxNotification resolvedEmail(Long complaintId) {
        return fixtures.inTransaction(() -> em.createQuery("SELECT n FROM " + CxNotification.class.getName()
                + " n WHERE n.dedupeKey LIKE :k ORDER BY n.id DESC", CxNotification.class)
                .setParameter("k", "complaint:" + complaintId + ":resolved:%").setMaxResults(1).getResultList()
                .stream().findFirst().orElse(null));
    }

    long countComplaints() {
        return fixtures.inTransaction(() -> em.createQuery("SELECT COUNT(c) FROM " + CxComplaint.class.getName() + " c", Long.class)
                .getSingleResult());
    }

    long countBySourceKey(String key) {
        return fixtures.inTransaction(() -> em.createQuery("SELECT COUNT(c) FROM " + CxComplaint.class.getName()
                + " c WHERE c.sourceKey = :k", Long.class).setParameter("k", key).getSingleResult());
    }

    long countOfferCodes() {
        return fixtures.inTransaction(() -> em.createQuery("SELECT COUNT(o) FROM org.broadleafcommerce.core.offer.domain.OfferCodeImpl o",
                Long.class).getSingleResult());
    }

    static long uniqueId() {
        return System.nanoTime() % 1_000_000_000L;
    }

    void assertCode(Code code, org.junit.jupiter.api.function.Executable call) {
        CxComplaintException e = assertThrows(CxComplaintException.class, call);
        assertEquals(code, e.getCode(), e.getMessage());
    }

    static String part(MimeMessage m, String type) throws Exception {
        javax.mail.internet.MimeMultipart mp = (javax.mail.internet.MimeMultipart) m.getContent();
        for (int i = 0; i < mp.getCount(); i++) {
            if (mp.getBodyPart(i).isMimeType(type)) {
                return (String) mp.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    MimeMessage onlyEmailAfterDispatch() throws Exception {
        dispatcher.dispatchAll();
        MimeMessage[] mail = SMTP.received();
        assertEquals(1, mail.length, "exactly one email");
        SMTP.purge();
        return mail[0];
    }
}
