package dev.cxplugin.insight.service;

import dev.cxplugin.notify.domain.CxFulfilmentEventImpl;
import dev.cxplugin.notify.service.CxFulfilmentEventRequest;
import dev.cxplugin.notify.service.CxFulfilmentEventService;
import dev.cxplugin.notify.type.CxFulfilmentEventType;
import dev.cxplugin.review.domain.CxReview;
import dev.cxplugin.review.domain.CxReviewImpl;
import dev.cxplugin.review.service.CxReviewInput;
import dev.cxplugin.review.service.CxReviewService;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static dev.cxplugin.insight.service.InsightFiguresTest.at;
import static dev.cxplugin.insight.service.InsightFiguresTest.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Review figures against reviews and deliveries worked out by hand; a later moderation moves them. */
@ExtendWith(BroadleafExtension.class)
class InsightReviewFiguresTest {

    @Resource(name = "cxReviewService")
    protected CxReviewService reviews;

    @Resource(name = "cxFulfilmentEventService")
    protected CxFulfilmentEventService fulfilment;

    @Resource(name = "cxInsightDashboard")
    protected CxInsightDashboard dashboard;

    @Resource(name = "cxInsightRollups")
    protected CxInsightRollups rollups;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Test
    void reviewsPublishedAverageRateAndVerifiedShareOfAPeriod(ApplicationContext ctx) throws Exception {
        CheckoutFixtures fixtures = new CheckoutFixtures(ctx);
        Product mug = fixtures.aProduct("Insight mug " + UUID.randomUUID(), "12.00");
        Customer ann = fixtures.aCustomer("Ann", "en_US");
        Customer bob = fixtures.aCustomer("Bob", "ar");
        Customer cem = fixtures.aCustomer("Cem", "fa");
        Customer dee = fixtures.aCustomer("Dee", "en_US");
        List<Order> delivered = Arrays.asList(fixtures.aSubmittedOrder(ann, mug, 1), fixtures.aSubmittedOrder(bob, mug, 1),
                fixtures.aSubmittedOrder(fixtures.aCustomer("Eva", "en_US"), mug, 1),
                fixtures.aSubmittedOrder(fixtures.aCustomer("Fay", "en_US"), mug, 1));
        for (Order order : delivered) {
            fulfilment.record(new CxFulfilmentEventRequest(CxFulfilmentEventType.DELIVERED, "test", UUID.randomUUID().toString())
                    .setOrderId(order.getId()));
        }
        CxReview five = reviews.submit(new CxReviewInput(ann.getId(), mug.getId(), 5, "Lovely", "Keeps the coffee hot."));
        CxReview four = reviews.submit(new CxReviewInput(bob.getId(), mug.getId(), 4, "Good", "Nice handle."));
        CxReview two = reviews.submit(new CxReviewInput(cem.getId(), mug.getId(), 2, "Meh", "Chipped."));
        CxReview three = reviews.submit(new CxReviewInput(dee.getId(), mug.getId(), 3, "Fine", "It is a mug."));
        reviews.approve(five.getId(), "test");
        reviews.approve(four.getId(), "test");
        reviews.reject(two.getId(), "Not about the product", "test");
        List<Long> ids = Arrays.asList(five.getId(), four.getId(), two.getId(), three.getId());
        fixtures.inTransaction(() -> em.createQuery("UPDATE " + CxReviewImpl.class.getName() + " r SET r.createdDate = :at WHERE r.id IN (:ids)")
                .setParameter("at", at("1996-07-03 12:00")).setParameter("ids", ids).executeUpdate());
        fixtures.inTransaction(() -> em.createQuery("UPDATE " + CxFulfilmentEventImpl.class.getName()
                + " e SET e.occurredAt = :at WHERE e.type = 'DELIVERED' AND e.orderId IN (:orders)")
                .setParameter("at", at("1996-07-02 09:00"))
                .setParameter("orders", Arrays.asList(delivered.get(0).getId(), delivered.get(1).getId(), delivered.get(2).getId(),
                        delivered.get(3).getId())).executeUpdate());
        rollups.rebuild(CxReviewRollupSource.NAME);

        CxDashboardView.Panel panel = dashboard.view(day("1996-07-01"), day("1996-07-07")).panel("review");

        assertEquals(BigDecimal.valueOf(4), panel.value("written").getCurrent());
        assertEquals(BigDecimal.valueOf(2), panel.value("published").getCurrent());
        assertEquals(new BigDecimal("4.50"), panel.value("averageRating").getCurrent());   // (5 + 4) / 2
        assertEquals(new BigDecimal("100.0"), panel.value("reviewRate").getCurrent());     // 4 reviews, 4 deliveries
        assertEquals(new BigDecimal("50.0"), panel.value("verified").getCurrent());        // Ann and Bob bought the mug
        assertEquals(BigDecimal.ONE, panel.value("pending").getCurrent());

        reviews.approve(three.getId(), "test"); // today, about a review written in 1996: its day is marked

        CxDashboardView.Panel after = dashboard.view(day("1996-07-01"), day("1996-07-07")).panel("review");
        assertEquals(BigDecimal.valueOf(3), after.value("published").getCurrent());
        assertEquals(new BigDecimal("4.00"), after.value("averageRating").getCurrent());   // (5 + 4 + 3) / 3
        assertEquals(BigDecimal.ZERO, after.value("pending").getCurrent());
    }
}
