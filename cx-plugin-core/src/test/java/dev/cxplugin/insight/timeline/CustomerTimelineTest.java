package dev.cxplugin.insight.timeline;

import dev.cxplugin.complaint.domain.CxComplaint;
import dev.cxplugin.complaint.service.CxComplaintActor;
import dev.cxplugin.complaint.service.CxComplaintService;
import dev.cxplugin.loyalty.service.CxLoyaltyService;
import dev.cxplugin.review.domain.CxReview;
import dev.cxplugin.review.service.CxReviewInput;
import dev.cxplugin.review.service.CxReviewService;
import dev.cxplugin.survey.service.CxSurveyService;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One customer's whole history in one list: orders, reviews, survey answers, complaints and points, newest first. */
@ExtendWith(BroadleafExtension.class)
class CustomerTimelineTest {

    @Resource(name = "cxCustomerTimeline")
    protected CxCustomerTimeline timeline;

    @Resource(name = "cxReviewService")
    protected CxReviewService reviews;

    @Resource(name = "cxSurveyService")
    protected CxSurveyService surveys;

    @Resource(name = "cxComplaintService")
    protected CxComplaintService desk;

    @Resource(name = "cxLoyaltyService")
    protected CxLoyaltyService loyalty;

    @Test
    void aCustomerWithAnOrderReviewAnswerComplaintAndPointsSeesAllFiveKindsEachLinkingToItsPage(ApplicationContext ctx)
            throws Exception {
        CheckoutFixtures fixtures = new CheckoutFixtures(ctx);
        Product tea = fixtures.aProduct("Timeline tea " + UUID.randomUUID(), "6.00");
        Customer c = fixtures.aCustomer("Leyla", "fa");
        Order order = fixtures.aSubmittedOrder(c, tea, 1);
        CxReview review = reviews.submit(new CxReviewInput(c.getId(), tea.getId(), 4, "Fragrant", "Smells of bergamot."));
        surveys.answerOnSite(c.getId(), "NPS", "9", order.getId(), "fa");
        CxComplaintActor agent = CxComplaintActor.agent(-7L, "Agent Ava");
        CxComplaint ticket = desk.openByStaff(agent, c.getId(), order.getId(), "DAMAGED_ITEM", null, "بسته آسیب دیده بود");
        desk.note(ticket.getId(), agent, "internal: check the courier");
        desk.staffReply(ticket.getId(), agent, "A new box is on its way", null);
        loyalty.bonus(c.getId(), 25, "Welcome", "timeline-" + UUID.randomUUID());

        List<CxTimelineEntry> entries = timeline.entries(c.getId(), 100);

        Set<String> kinds = entries.stream().map(CxTimelineEntry::getKind).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(kinds.containsAll(Set.of("ORDER", "REVIEW", "SURVEY", "COMPLAINT", "POINTS")), kinds.toString());
        String day = new SimpleDateFormat("yyyy-MM-dd").format(new Date());
        assertLinked(entries, "ORDER", "/order/" + order.getId());
        assertLinked(entries, "REVIEW", "/cx-review/" + review.getId());
        assertLinked(entries, "SURVEY", "/cx-survey?customer=" + c.getId() + "&survey=NPS&from=" + day + "&to=" + day);
        assertLinked(entries, "COMPLAINT", "/cx-complaints/" + ticket.getId());
        assertLinked(entries, "POINTS", "/cx-loyalty/members/" + c.getId());
        // the ticket's story: opened, the customer's words, the reply, new -> open; the internal note is not shown
        List<String> complaint = entries.stream().filter(e -> "COMPLAINT".equals(e.getKind()))
                .map(e -> e.getTitle() + " | " + e.getDetail()).collect(Collectors.toList());
        assertEquals(4, complaint.size(), complaint.toString());
        assertTrue(complaint.stream().anyMatch(s -> s.contains("opened: damaged item")), complaint.toString());
        assertTrue(complaint.stream().anyMatch(s -> s.contains("بسته آسیب دیده بود")), complaint.toString());
        assertTrue(complaint.stream().anyMatch(s -> s.contains("staff reply by Agent Ava | A new box is on its way")), complaint.toString());
        assertTrue(complaint.stream().anyMatch(s -> s.contains(": new to open")), complaint.toString());
        assertFalse(complaint.stream().anyMatch(s -> s.contains("courier")), "internal notes stay on the ticket");
        assertTrue(entries.stream().anyMatch(e -> e.getTitle().equals("Points: Bonus +25")), "the ledger line with its points");
        for (int i = 1; i < entries.size(); i++) {
            assertFalse(entries.get(i).getWhen().after(entries.get(i - 1).getWhen()), "newest first");
        }
        assertEquals(3, timeline.entries(c.getId(), 3).size(), "at most what is asked for");
    }

    @Test
    void aPointsLineShowsItsEffectAndAReleaseWhatBecameAvailable() {
        assertEquals("+40", CxLoyaltyTimelineSource.change(-40, 40), "pending moved to available: what became available");
        assertEquals("+40", CxLoyaltyTimelineSource.change(40, 0), "earned, pending");
        assertEquals("-10", CxLoyaltyTimelineSource.change(0, -10), "redeemed");
        assertEquals("-15", CxLoyaltyTimelineSource.change(-15, 0), "a pending earning reversed");
    }

    static void assertLinked(List<CxTimelineEntry> entries, String kind, String link) {
        assertTrue(entries.stream().anyMatch(e -> kind.equals(e.getKind()) && link.equals(e.getLink())),
                kind + " links " + link + ": " + entries.stream().filter(e -> kind.equals(e.getKind()))
                        .map(CxTimelineEntry::getLink).collect(Collectors.toList()));
    }
}
