package dev.cxplugin.review;

import dev.cxplugin.common.event.CxReviewEvent;
import dev.cxplugin.common.link.CxInvalidLinkException;
import dev.cxplugin.common.link.CxLinkClaims;
import dev.cxplugin.common.link.CxSignedLinkService;
import dev.cxplugin.review.domain.CxRatingSummary;
import dev.cxplugin.review.domain.CxReview;
import dev.cxplugin.review.service.CxReviewException;
import dev.cxplugin.review.service.CxReviewException.Reason;
import dev.cxplugin.review.service.CxReviewInput;
import dev.cxplugin.review.service.CxReviewLinks;
import dev.cxplugin.review.service.CxReviewPage;
import dev.cxplugin.review.service.CxReviewService;
import dev.cxplugin.review.service.CxReviewSettings;
import dev.cxplugin.review.type.CxReviewSort;
import dev.cxplugin.review.type.CxReviewStatus;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reviews on the real database: moderation, the summary under concurrency, limits and every refusal. */
@ExtendWith(BroadleafExtension.class)
class ReviewServiceTest {

    @Resource(name = "cxReviewService")
    protected CxReviewService reviews;

    @Resource(name = "cxReviewSettings")
    protected CxReviewSettings settings;

    @Resource(name = "cxReviewLinks")
    protected CxReviewLinks links;

    @Resource(name = "cxSignedLinkService")
    protected CxSignedLinkService signedLinks;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** Every review event of the shared context (one listener for all tests; each test looks at its own reviews). */
    protected static final List<CxReviewEvent> events = Collections.synchronizedList(new ArrayList<>());
    protected static boolean listening;
    protected CheckoutFixtures fx;
    protected Product product;
    protected int savedPerCustomer;
    protected int savedPerIp;
    protected int savedAuto;

    @BeforeEach
    void setUp(ApplicationContext ctx) {
        fx = new CheckoutFixtures(ctx);
        product = fx.aProduct("Reviewed beans " + ThreadLocalRandom.current().nextInt(1_000_000), "12.00");
        synchronized (events) {
            if (!listening) {
                ((ConfigurableApplicationContext) ctx).addApplicationListener(e -> {
                    if (e instanceof CxReviewEvent) {
                        events.add((CxReviewEvent) e);
                    }
                });
                listening = true;
            }
        }
        savedPerCustomer = settings.getMaxPerCustomerPerHour();
        savedPerIp = settings.getMaxPerIpPerHour();
        savedAuto = settings.getAutoApproveMinStars();
    }

    @AfterEach
    void restore() {
        settings.setMaxPerCustomerPerHour(savedPerCustomer);
        settings.setMaxPerIpPerHour(savedPerIp);
        settings.setAutoApproveMinStars(savedAuto);
    }

    Customer customer() {
        return fx.aCustomer("Rana", "en_US");
    }

    CxReviewInput input(Customer c, int stars) {
        return new CxReviewInput(c.getId(), product.getId(), stars, "Good " + stars, "Tasted of " + stars + " stars.")
                .setClientIp("10.0." + ThreadLocalRandom.current().nextInt(255) + "." + ThreadLocalRandom.current().nextInt(255));
    }

    long rows(String entity, String where, Object value) {
        return fx.inTransaction(() -> em.createQuery("SELECT COUNT(x) FROM " + entity + " x WHERE " + where, Long.class)
                .setParameter("v", value).getSingleResult());
    }

    long reviewsOf(Product p) {
        return rows("dev.cxplugin.review.domain.CxReviewImpl", "x.productId = :v", p.getId());
    }

    List<CxReviewEvent> eventsFor(Long reviewId) {
        List<CxReviewEvent> mine = new ArrayList<>();
        synchronized (events) {
            for (CxReviewEvent e : events) {
                if (reviewId.equals(e.getReviewId())) {
                    mine.add(e);
                }
            }
        }
        return mine;
    }

    @Test
    void aNewReviewWaitsForModerationAndCountsOnlyOnceApproved() {
        Customer c = customer();
        CxReview r = reviews.submit(input(c, 4));
        assertEquals(CxReviewStatus.PENDING, r.getStatus());
        assertEquals("Rana T.", r.getDisplayName(), "first name and initial, never the email");
        assertEquals(0, reviews.readSummary(product.getId()).getApprovedCount());
        assertEquals(0, reviews.readApproved(product.getId(), CxReviewSort.NEWEST, 0, 1, 10).getTotal());

        reviews.approve(r.getId(), "admin");
        reviews.approve(r.getId(), "admin"); // a second click
        CxRatingSummary s = reviews.readSummary(product.getId());
        assertEquals(1, s.getApprovedCount());
        assertEquals(4, s.getRatingSum());
        assertEquals(1, s.getStarCount(4));
        assertEquals(4.0, s.getAverage(), 0.0001);
        List<String> what = new ArrayList<>();
        eventsFor(r.getId()).forEach(e -> what.add(e.getWhat()));
        assertEquals(List.of(CxReviewEvent.SUBMITTED, CxReviewEvent.APPROVED), what);
    }

    @Test
    void rejectedReviewsKeepTheirReasonAndLeaveTheSummary() {
        CxReview r = reviews.submit(input(customer(), 2));
        reviews.approve(r.getId(), "admin");
        assertEquals(1, reviews.readSummary(product.getId()).getStarCount(2));
        CxReview rejected = reviews.reject(r.getId(), "Mentions a competitor's price", "admin");
        assertEquals(CxReviewStatus.REJECTED, rejected.getStatus());
        assertEquals("Mentions a competitor's price", reviews.readReview(r.getId()).getRejectReason());
        assertEquals(0, reviews.readSummary(product.getId()).getApprovedCount());
        assertEquals(0, reviews.readSummary(product.getId()).getStarCount(2));
        assertEquals(CxReviewEvent.REJECTED, eventsFor(r.getId()).get(eventsFor(r.getId()).size() - 1).getWhat());
        assertEquals(Reason.INVALID, assertThrows(CxReviewException.class, () -> reviews.reject(r.getId(), "  ", "admin")).getReason());
    }

    @Test
    void editingSendsTheReviewBackToModeration() {
        Customer c = customer();
        CxReview r = reviews.submit(input(c, 5));
        reviews.approve(r.getId(), "admin");
        CxReview edited = reviews.edit(r.getId(), input(c, 1).setBody("Changed my mind."));
        assertEquals(CxReviewStatus.PENDING, edited.getStatus());
        assertEquals(1, edited.getRating());
        CxRatingSummary s = reviews.readSummary(product.getId());
        assertEquals(0, s.getApprovedCount(), "withdrawn until approved again");
        assertEquals(0, s.getStarCount(5));
        reviews.approve(r.getId(), "admin");
        assertEquals(1, reviews.readSummary(product.getId()).getStarCount(1));
        assertEquals(CxReviewEvent.SUBMITTED, eventsFor(r.getId()).get(2).getWhat(), "an edit is announced as SUBMITTED");
    }

    @Test
    void autoPublishAtOrAboveTheThresholdOnly() {
        settings.setAutoApproveMinStars(4);
        CxReview four = reviews.submit(input(customer(), 4));
        CxReview three = reviews.submit(input(customer(), 3));
        assertEquals(CxReviewStatus.APPROVED, four.getStatus());
        assertEquals(CxReviewStatus.PENDING, three.getStatus());
        assertEquals(1, reviews.readSummary(product.getId()).getApprovedCount());
    }

    @Test
    void markupIsStoredAsPlainTextAsTyped() {
        String title = "<script>alert('x')</script> <b>bold</b>";
        CxReview r = reviews.submit(input(customer(), 3).setTitle(title).setBody("a <img src=x onerror=alert(1)>\r\nline\u0000two"));
        CxReview stored = reviews.readReview(r.getId());
        assertEquals(title, stored.getTitle(), "kept as characters; templates escape them");
        assertEquals("a <img src=x onerror=alert(1)>\nlinetwo", stored.getBody(), "control characters dropped, line ends normalised");
    }

    @Test
    void outOfRangeRatingsAndOversizedTextsAreRefusedAndNothingIsStored() {
        Customer c = customer();
        for (Integer bad : new Integer[] {0, 6, -1, null}) {
            CxReviewException e = assertThrows(CxReviewException.class, () -> reviews.submit(input(c, 3).setRating(bad)));
            assertEquals(Reason.INVALID, e.getReason());
            assertEquals("rating", e.getField());
        }
        StringBuilder mb = new StringBuilder();
        while (mb.length() < 1_048_576) {
            mb.append("0123456789abcdef");
        }
        assertEquals("body", assertThrows(CxReviewException.class, () -> reviews.submit(input(c, 3).setBody(mb.toString()))).getField());
        assertEquals("title", assertThrows(CxReviewException.class, () -> reviews.submit(input(c, 3).setTitle(mb.substring(0, 151)))).getField());
        assertEquals("body", assertThrows(CxReviewException.class, () -> reviews.submit(input(c, 3).setBody(" \n "))).getField());
        assertEquals(0, reviewsOf(product));
    }

    @Test
    void aCustomerReviewsAProductOnceAlsoWhenTwoRequestsRace() throws Exception {
        Customer c = customer();
        reviews.submit(input(c, 5));
        assertEquals(Reason.ALREADY_REVIEWED, assertThrows(CxReviewException.class, () -> reviews.submit(input(c, 4))).getReason());

        Customer racer = customer();
        int threads = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit((Callable<Boolean>) () -> {
                start.await();
                try {
                    reviews.submit(input(racer, 3));
                    return true;
                } catch (CxReviewException e) {
                    assertEquals(Reason.ALREADY_REVIEWED, e.getReason());
                    return false;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> f : results) {
            won += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, won);
        assertEquals(2, reviewsOf(product));
    }

    @Test
    void anotherCustomersReviewCannotBeEditedAndLooksMissing() {
        Customer owner = customer();
        CxReview r = reviews.submit(input(owner, 5));
        Customer other = customer();
        assertEquals(Reason.NOT_FOUND, assertThrows(CxReviewException.class,
                () -> reviews.edit(r.getId(), input(other, 1).setBody("hijacked"))).getReason());
        assertEquals(5, reviews.readReview(r.getId()).getRating());
        assertEquals(Reason.NOT_FOUND, assertThrows(CxReviewException.class,
                () -> reviews.edit(Long.MAX_VALUE, input(owner, 1))).getReason());
    }

    @Test
    void votesAreOnePerCustomerOnPublishedReviewsOfOthers() {
        Customer author = customer();
        CxReview r = reviews.submit(input(author, 4));
        Customer voter = customer();
        assertEquals(Reason.NOT_FOUND, assertThrows(CxReviewException.class, () -> reviews.vote(voter.getId(), r.getId(), true)).getReason(),
                "a pending review cannot be voted on");
        reviews.approve(r.getId(), "admin");
        reviews.vote(voter.getId(), r.getId(), true);
        assertEquals(Reason.ALREADY_VOTED, assertThrows(CxReviewException.class, () -> reviews.vote(voter.getId(), r.getId(), false)).getReason());
        assertEquals(Reason.OWN_REVIEW, assertThrows(CxReviewException.class, () -> reviews.vote(author.getId(), r.getId(), true)).getReason());
        reviews.vote(customer().getId(), r.getId(), false);
        CxReview after = reviews.readReview(r.getId());
        assertEquals(1, after.getHelpfulCount());
        assertEquals(1, after.getNotHelpfulCount());
        assertEquals(2, rows("dev.cxplugin.review.domain.CxReviewVoteImpl", "x.reviewId = :v", r.getId()));
    }

    @Test
    void concurrentVotesOfOneCustomerCountOnce() throws Exception {
        CxReview r = reviews.submit(input(customer(), 4));
        reviews.approve(r.getId(), "admin");
        Customer voter = customer();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            fs.add(pool.submit(() -> {
                start.await();
                try {
                    reviews.vote(voter.getId(), r.getId(), true);
                } catch (CxReviewException e) {
                    assertEquals(Reason.ALREADY_VOTED, e.getReason());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : fs) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(1, reviews.readReview(r.getId()).getHelpfulCount());
    }

    @Test
    void theSummaryStaysExactUnderConcurrentSubmissionsAndModeration() throws Exception {
        settings.setAutoApproveMinStars(3); // 3-5 stars publish at once, in the submitting transaction
        int n = 24;
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            customers.add(customer());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CxReview>> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int stars = i % 5 + 1;
            Customer c = customers.get(i);
            fs.add(pool.submit(() -> {
                start.await();
                return reviews.submit(input(c, stars));
            }));
        }
        start.countDown();
        List<CxReview> made = new ArrayList<>();
        for (Future<CxReview> f : fs) {
            made.add(f.get(120, TimeUnit.SECONDS));
        }
        // approve the pending ones (1-2 stars) concurrently, twice each
        List<Future<?>> approvals = new ArrayList<>();
        for (CxReview r : made) {
            if (r.getRating() < 3) {
                for (int k = 0; k < 2; k++) {
                    approvals.add(pool.submit(() -> reviews.approve(r.getId(), "admin")));
                }
            }
        }
        for (Future<?> f : approvals) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        CxRatingSummary s = reviews.readSummary(product.getId());
        int sum = 0;
        int[] per = new int[6];
        for (CxReview r : made) {
            sum += r.getRating();
            per[r.getRating()]++;
        }
        assertEquals(n, s.getApprovedCount());
        assertEquals(sum, s.getRatingSum());
        for (int k = 1; k <= 5; k++) {
            assertEquals(per[k], s.getStarCount(k), k + " stars");
        }
        CxRatingSummary recomputed = reviews.recomputeSummary(product.getId());
        assertEquals(n, recomputed.getApprovedCount(), "the incremental summary equals a full recount");
        assertEquals(sum, recomputed.getRatingSum());
    }

    @Test
    void pagesSortsAndFiltersInTheDatabase() throws Exception {
        settings.setAutoApproveMinStars(1);
        int[] stars = {5, 1, 4, 2, 5, 3, 4};
        List<CxReview> made = new ArrayList<>();
        for (int s : stars) {
            made.add(reviews.submit(input(customer(), s)));
            Thread.sleep(5); // distinct creation times
        }
        reviews.vote(customer().getId(), made.get(3).getId(), true);
        reviews.vote(customer().getId(), made.get(3).getId(), true);
        reviews.vote(customer().getId(), made.get(1).getId(), true);

        CxReviewPage newest = reviews.readApproved(product.getId(), CxReviewSort.NEWEST, 0, 1, 3);
        assertEquals(7, newest.getTotal());
        assertEquals(3, newest.getPageCount());
        assertEquals(made.get(6).getId(), newest.getReviews().get(0).getId());
        CxReviewPage last = reviews.readApproved(product.getId(), CxReviewSort.NEWEST, 0, 3, 3);
        assertEquals(1, last.getReviews().size());
        assertEquals(made.get(0).getId(), last.getReviews().get(0).getId());
        assertEquals(3, reviews.readApproved(product.getId(), CxReviewSort.NEWEST, 0, 99, 3).getPage(), "past the end: the last page");

        assertEquals(made.get(3).getId(), reviews.readApproved(product.getId(), CxReviewSort.HELPFUL, 0, 1, 3).getReviews().get(0).getId());
        assertEquals(made.get(1).getId(), reviews.readApproved(product.getId(), CxReviewSort.HELPFUL, 0, 1, 3).getReviews().get(1).getId());
        assertEquals(5, reviews.readApproved(product.getId(), CxReviewSort.HIGHEST, 0, 1, 3).getReviews().get(0).getRating());
        assertEquals(1, reviews.readApproved(product.getId(), CxReviewSort.LOWEST, 0, 1, 3).getReviews().get(0).getRating());
        CxReviewPage fives = reviews.readApproved(product.getId(), CxReviewSort.NEWEST, 5, 1, 10);
        assertEquals(2, fives.getTotal());
        assertEquals(2, fives.getReviews().size());
        assertTrue(fives.getReviews().stream().allMatch(r -> r.getRating() == 5));
        assertEquals(0, reviews.readApproved(product.getId(), CxReviewSort.NEWEST, 9, 1, 10).getStars(), "an unknown filter shows all");
    }

    @Test
    void highestAndLowestPageThroughTheStarGroupsInTheFullOrder() throws Exception {
        settings.setAutoApproveMinStars(1);
        int[] stars = {5, 1, 4, 2, 5, 3, 4, 1, 5};
        List<CxReview> made = new ArrayList<>();
        for (int s : stars) {
            made.add(reviews.submit(input(customer(), s)));
            Thread.sleep(5); // distinct creation times
        }
        for (CxReviewSort sort : new CxReviewSort[] {CxReviewSort.HIGHEST, CxReviewSort.LOWEST}) {
            List<CxReview> expected = new ArrayList<>(made);
            // by stars, then newest first: later submissions have later dates and larger ids
            expected.sort((a, b) -> a.getRating() != b.getRating()
                    ? (sort == CxReviewSort.HIGHEST ? b.getRating() - a.getRating() : a.getRating() - b.getRating())
                    : Long.compare(b.getId(), a.getId()));
            List<Long> paged = new ArrayList<>();
            for (int page = 1; page <= 5; page++) {
                CxReviewPage p = reviews.readApproved(product.getId(), sort, 0, page, 2);
                assertEquals(Math.min(2, stars.length - (page - 1) * 2), p.getReviews().size(), sort + " page " + page);
                p.getReviews().forEach(r -> paged.add(r.getId()));
            }
            List<Long> want = new ArrayList<>();
            expected.forEach(r -> want.add(r.getId()));
            assertEquals(want, paged, sort + ": groups of one star joined across page boundaries, nothing lost or doubled");
        }
        CxReviewPage ones = reviews.readApproved(product.getId(), CxReviewSort.HIGHEST, 1, 1, 10);
        assertEquals(List.of(made.get(7).getId(), made.get(1).getId()), List.of(ones.getReviews().get(0).getId(),
                ones.getReviews().get(1).getId()), "a star filter with highest: that star's reviews, newest first");
    }

    @Test
    void everyChangeTheWidgetsShowRaisesTheSummaryVersion() {
        CxReview r = reviews.submit(input(customer(), 4));
        long v0 = reviews.readSummary(product.getId()).getVersion();
        reviews.approve(r.getId(), "admin");
        long v1 = reviews.readSummary(product.getId()).getVersion();
        assertTrue(v1 > v0, "approved");
        reviews.approve(r.getId(), "admin");
        assertEquals(v1, reviews.readSummary(product.getId()).getVersion(), "a second click changes nothing");
        reviews.vote(customer().getId(), r.getId(), true);
        long v2 = reviews.readSummary(product.getId()).getVersion();
        assertTrue(v2 > v1, "a vote");
        reviews.reply(r.getId(), "Thank you", "admin");
        long v3 = reviews.readSummary(product.getId()).getVersion();
        assertTrue(v3 > v2, "a reply");
        reviews.setIncentivised(r.getId(), true, "admin");
        long v4 = reviews.readSummary(product.getId()).getVersion();
        assertTrue(v4 > v3, "the incentivised flag");
        reviews.reject(r.getId(), "Off topic", "admin");
        assertTrue(reviews.readSummary(product.getId()).getVersion() > v4, "withdrawn");
    }

    @Test
    void rateLimitsPerCustomerAndPerAddress() {
        settings.setMaxPerCustomerPerHour(2);
        settings.setMaxPerIpPerHour(100);
        Customer c = customer();
        Product p2 = fx.aProduct("Limit two", "3.00");
        Product p3 = fx.aProduct("Limit three", "3.00");
        CxReview r = reviews.submit(input(c, 4));
        reviews.edit(r.getId(), input(c, 5));
        CxReviewException e = assertThrows(CxReviewException.class, () -> reviews.submit(input(c, 4).setProductId(p2.getId())));
        assertEquals(Reason.RATE_LIMITED, e.getReason());
        assertEquals(429, e.getReason().getHttpStatus());
        assertEquals(0, reviewsOf(p2));

        settings.setMaxPerCustomerPerHour(100);
        settings.setMaxPerIpPerHour(1);
        String ip = "192.0.2." + ThreadLocalRandom.current().nextInt(255);
        reviews.submit(input(customer(), 3).setProductId(p3.getId()).setClientIp(ip));
        assertEquals(Reason.RATE_LIMITED, assertThrows(CxReviewException.class,
                () -> reviews.submit(input(customer(), 3).setProductId(p3.getId()).setClientIp(ip))).getReason());
        assertEquals(1, reviewsOf(p3));
    }

    @Test
    void verifiedBuyerOnlyWithASubmittedNotCancelledOrderOfTheProduct() {
        Customer buyer = customer();
        Order order = fx.aSubmittedOrder(buyer, product, 1);
        assertTrue(reviews.submit(input(buyer, 5)).isVerifiedBuyer());
        assertFalse(reviews.submit(input(customer(), 5)).isVerifiedBuyer(), "no order");

        Customer cancelled = customer();
        Order o2 = fx.aSubmittedOrder(cancelled, product, 1);
        fx.inTransaction(() -> {
            Order o = orderService.findOrderById(o2.getId());
            o.setStatus(OrderStatus.CANCELLED);
            return orderService.save(o, false);
        });
        assertFalse(reviews.submit(input(cancelled, 5)).isVerifiedBuyer(), "a cancelled order does not count");

        Customer otherProduct = customer();
        fx.aSubmittedOrder(otherProduct, fx.aProduct("Something else", "2.00"), 1);
        assertFalse(reviews.submit(input(otherProduct, 5)).isVerifiedBuyer(), "an order of another product does not count");
        assertNotNull(order.getOrderNumber());
    }

    @Test
    void theSignedLinkWritesOneReviewWithoutSigningIn() throws Exception {
        Customer c = customer();
        Order order = fx.aSubmittedOrder(c, product, 1);
        String token = links.token(c.getId(), order.getId(), product.getId());
        assertEquals(product.getId(), links.verify(token).getProductId());
        CxReview r = reviews.submitFromLink(token, null, new CxReviewInput().setRating(5).setBody("Lovely").setClientIp("198.51.100.7"));
        assertEquals(c.getId(), r.getCustomerId());
        assertEquals(order.getId(), r.getOrderId());
        assertTrue(r.isVerifiedBuyer());
        assertEquals(CxInvalidLinkException.Reason.USED, assertThrows(CxInvalidLinkException.class,
                () -> reviews.submitFromLink(token, r.getId(), new CxReviewInput().setRating(1).setBody("again"))).getReason());
        assertEquals(5, reviews.readReview(r.getId()).getRating());
        assertTrue(links.url(token).contains("/cx/review?t="));
    }

    @Test
    void forgedExpiredAndWrongLinksStoreNothingAndStayUnused() throws Exception {
        Customer c = customer();
        String token = links.token(c.getId(), null, product.getId());
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertEquals(CxInvalidLinkException.Reason.FORGED, assertThrows(CxInvalidLinkException.class,
                () -> reviews.submitFromLink(forged, null, new CxReviewInput().setRating(5).setBody("x"))).getReason());
        CxLinkClaims old = new CxLinkClaims(CxReviewLinks.PURPOSE, c.getId(), new Date(System.currentTimeMillis() - 1000));
        old.setProductId(product.getId());
        assertEquals(CxInvalidLinkException.Reason.EXPIRED, assertThrows(CxInvalidLinkException.class,
                () -> reviews.submitFromLink(signedLinks.sign(old), null, new CxReviewInput().setRating(5).setBody("x"))).getReason());
        CxLinkClaims survey = new CxLinkClaims("survey", c.getId(), new Date(System.currentTimeMillis() + 60_000));
        survey.setProductId(product.getId());
        assertEquals(CxInvalidLinkException.Reason.WRONG_PURPOSE, assertThrows(CxInvalidLinkException.class,
                () -> reviews.submitFromLink(signedLinks.sign(survey), null, new CxReviewInput().setRating(5).setBody("x"))).getReason());
        // a refused review (bad rating) does not use the genuine link up
        assertThrows(CxReviewException.class, () -> reviews.submitFromLink(token, null, new CxReviewInput().setRating(7).setBody("x")));
        assertEquals(0, reviewsOf(product));
        assertNotNull(reviews.submitFromLink(token, null, new CxReviewInput().setRating(4).setBody("Now right")));
        assertNull(reviews.readOwnReview(customer().getId(), product.getId()));
    }
}
