package dev.cxplugin.survey;

import dev.cxplugin.common.event.CxSurveyAnsweredEvent;
import dev.cxplugin.common.link.CxLinkClaims;
import dev.cxplugin.common.link.CxSignedLinkService;
import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.domain.CxNotification;
import dev.cxplugin.notify.domain.CxNotificationImpl;
import dev.cxplugin.notify.service.CxFulfilmentEventRequest;
import dev.cxplugin.notify.service.CxFulfilmentEventService;
import dev.cxplugin.notify.service.CxNotificationDispatcher;
import dev.cxplugin.notify.service.CxSurveyLinkProvider;
import dev.cxplugin.notify.type.CxFulfilmentEventType;
import dev.cxplugin.notify.type.CxNotificationStatus;
import dev.cxplugin.survey.dao.CxSurveyFilter;
import dev.cxplugin.survey.domain.CxSurveyResponse;
import dev.cxplugin.survey.service.CxSurveyException;
import dev.cxplugin.survey.service.CxSurveyService;
import dev.cxplugin.survey.type.CxSurveyKind;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import dev.cxplugin.test.TestMailServer;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Surveys on the real database: one-click answers from the follow-up email, the site prompt, the throttle, bad input. */
@ExtendWith(BroadleafExtension.class)
class SurveyTest {

    static final TestMailServer SMTP = new TestMailServer();
    static final List<CxSurveyAnsweredEvent> EVENTS = new CopyOnWriteArrayList<CxSurveyAnsweredEvent>();
    static final AtomicLong FAKE_NOTIFICATION_ID = new AtomicLong(-System.nanoTime() % 1_000_000_000L - 1_000_000_000L);
    static final Pattern ANSWER_LINK = Pattern.compile("href=\"(https?://[^\"]*/cx/survey/answer\\?t=([A-Za-z0-9_.-]+))\"[^>]*>(\\d+)<");
    static boolean listening;

    @Resource(name = "cxSurveyService")
    protected CxSurveyService surveys;

    @Resource(name = "cxSurveyLinkProvider")
    protected CxSurveyLinkProvider linkProvider;

    @Resource(name = "cxSignedLinkService")
    protected CxSignedLinkService signedLinks;

    @Resource(name = "cxFulfilmentEventService")
    protected CxFulfilmentEventService fulfilment;

    @Resource(name = "cxNotificationDispatcher")
    protected CxNotificationDispatcher dispatcher;

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao notificationDao;

    CheckoutFixtures fixtures;

    @BeforeAll
    static void listen(ApplicationContext ctx) {
        if (!listening) {
            ((ConfigurableApplicationContext) ctx).addApplicationListener(new ApplicationListener<CxSurveyAnsweredEvent>() {
                @Override
                public void onApplicationEvent(CxSurveyAnsweredEvent event) {
                    EVENTS.add(event);
                }
            });
            listening = true;
        }
    }

    @BeforeEach
    void setUp(ApplicationContext ctx) throws Exception {
        fixtures = new CheckoutFixtures(ctx);
        SMTP.start().purge();
        dispatcher.dispatchAll();
        SMTP.purge();
    }

    // ------------------------------------------------------------------ email

    @Test
    void theFollowUpAsksNpsWithElevenSignedLinksAndAClickRecordsTheScore() throws Exception {
        Customer c = fixtures.aCustomer("Nadia", "en_US");
        Order order = aDeliveredOrder(c);
        Map<Integer, String> links = followUpLinks(order);
        assertEquals(11, links.size(), "0 to 10");
        assertTrue(links.containsKey(0) && links.containsKey(10));

        CxSurveyResponse r = surveys.answerFromEmail(links.get(9), null, null, "en_US");
        assertEquals("NPS", r.getSurvey());
        assertEquals(9, r.getScore());
        assertEquals("EMAIL", r.getChannel());
        assertEquals(c.getId(), r.getCustomerId());
        assertEquals(order.getId(), r.getOrderId());
        assertEquals("en_US", r.getLocale());
        assertNull(r.getComment());
        CxSurveyAnsweredEvent e = lastEventOf(c.getId());
        assertEquals(9, e.getScore());
        assertEquals("EMAIL", e.getChannel());
        assertEquals(r.getId(), e.getResponseId());
        assertFalse(e.isNpsDetractor());
    }

    @Test
    void aSecondClickInTheSameEmailChangesTheAnswerAndNeverAddsOne() throws Exception {
        Customer c = fixtures.aCustomer("Omar", "ar_EG");
        Map<Integer, String> links = followUpLinks(aDeliveredOrder(c));
        CxSurveyResponse first = surveys.answerFromEmail(links.get(9), null, null, "ar_EG");
        CxSurveyResponse second = surveys.answerFromEmail(links.get(3), null, null, "ar_EG");
        assertEquals(first.getId(), second.getId());
        assertEquals(3, second.getScore());
        // the answer page's form may change the score and add the reason
        CxSurveyResponse third = surveys.answerFromEmail(links.get(3), "2", "ما وصلني الطلب في الوقت", "ar_EG");
        assertEquals(first.getId(), third.getId());
        assertEquals(2, third.getScore());
        assertEquals("ما وصلني الطلب في الوقت", third.getComment());
        assertEquals(1, answersOf(c.getId()).size());
        assertTrue(lastEventOf(c.getId()).isNpsDetractor(), "a detractor event for the complaints desk");
        int events = eventsOf(c.getId());
        surveys.answerFromEmail(links.get(3), "2", null, "ar_EG");
        assertEquals(events, eventsOf(c.getId()), "no change, no event");
        assertEquals("ما وصلني الطلب في الوقت", surveys.readOwnResponse(c.getId(), first.getId()).getComment(),
                "a later click without a comment keeps the reason");
    }

    @Test
    void twoClicksRacingOnOneQuestionLeaveOneAnswer() throws Exception {
        Customer c = fixtures.aCustomer("Rana", "en_US");
        Map<Integer, String> links = followUpLinks(aDeliveredOrder(c));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<CxSurveyResponse>> results = new ArrayList<Future<CxSurveyResponse>>();
        for (int i = 0; i < 6; i++) {
            final int score = 4 + i;
            results.add(pool.submit(new Callable<CxSurveyResponse>() {
                @Override
                public CxSurveyResponse call() throws Exception {
                    go.await();
                    return surveys.answerFromEmail(links.get(score), null, null, "en_US");
                }
            }));
        }
        go.countDown();
        for (Future<CxSurveyResponse> f : results) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(1, answersOf(c.getId()).size());
    }

    @Test
    void forgedTamperedAndExpiredLinksAreRefusedAndStoreNothing() throws Exception {
        Customer c = fixtures.aCustomer("Farid", "fa_IR");
        Map<Integer, String> links = followUpLinks(aDeliveredOrder(c));
        String genuine = links.get(8);

        String forged = genuine.substring(0, genuine.length() - 2) + (genuine.endsWith("AA") ? "BA" : "AA");
        assertEquals(403, refused(() -> surveys.answerFromEmail(forged, null, null, "fa_IR")).getStatus());

        // change the score inside the payload, keep the signature
        String payload = new String(Base64.getUrlDecoder().decode(genuine.substring(0, genuine.indexOf('.'))),
                StandardCharsets.UTF_8);
        assertTrue(payload.contains("|v=8"), payload);
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("|v=8", "|v=10").getBytes(StandardCharsets.UTF_8)) + genuine.substring(genuine.indexOf('.'));
        CxSurveyException e = refused(() -> surveys.answerFromEmail(tampered, null, null, "fa_IR"));
        assertEquals(403, e.getStatus());
        assertEquals("FORGED", e.getReason());

        CxLinkClaims old = new CxLinkClaims(CxSurveyService.LINK_PURPOSE, c.getId(), new Date(System.currentTimeMillis() - 1000));
        old.getExtra().put("n", "1");
        old.getExtra().put("s", "NPS");
        old.getExtra().put("v", "9");
        assertEquals(410, refused(() -> surveys.answerFromEmail(signedLinks.sign(old), null, null, "fa_IR")).getStatus());

        CxLinkClaims unsubscribe = new CxLinkClaims("unsubscribe", c.getId(), new Date(System.currentTimeMillis() + 60_000));
        assertEquals(400, refused(() -> surveys.answerFromEmail(signedLinks.sign(unsubscribe), null, null, "fa_IR")).getStatus(),
                "a genuine link made for something else");
        assertEquals(400, refused(() -> surveys.answerFromEmail("not-a-token", null, null, "fa_IR")).getStatus());
        assertEquals(400, refused(() -> surveys.answerFromEmail(null, null, null, "fa_IR")).getStatus());
        assertTrue(answersOf(c.getId()).isEmpty());
        assertEquals(0, eventsOf(c.getId()));
    }

    @Test
    void scoresOutOfRangeOrNotANumberAreRefused() throws Exception {
        Customer c = fixtures.aCustomer("Lina", "en_US");
        Map<Integer, String> links = followUpLinks(aDeliveredOrder(c));
        for (String bad : new String[] {"11", "-1", "abc", "9.5", "1e1", "", " 7x", "99999999999"}) {
            if (bad.isEmpty()) {
                continue; // empty means "the link's score"
            }
            CxSurveyException e = refused(() -> surveys.answerFromEmail(links.get(5), bad, null, "en_US"));
            assertEquals(400, e.getStatus(), bad);
            assertEquals("BAD_SCORE", e.getReason(), bad);
            assertEquals(400, refused(() -> surveys.answerOnSite(c.getId(), "NPS", bad, null, "en_US")).getStatus(), bad);
        }
        assertEquals(400, refused(() -> surveys.answerOnSite(c.getId(), "CSAT", "0", null, "en_US")).getStatus(), "CSAT is 1-5");
        assertEquals(400, refused(() -> surveys.answerOnSite(c.getId(), "CES", "8", null, "en_US")).getStatus(), "CES is 1-7");
        assertEquals("BAD_SURVEY", refused(() -> surveys.answerOnSite(c.getId(), "XYZ", "3", null, "en_US")).getReason());
        assertTrue(answersOf(c.getId()).isEmpty());
    }

    @Test
    void aCommentOfOneMegabyteIsRefusedAndHtmlIsKeptAsPlainText() throws Exception {
        Customer c = fixtures.aCustomer("Hugo", "en_US");
        Map<Integer, String> links = followUpLinks(aDeliveredOrder(c));
        StringBuilder mb = new StringBuilder();
        while (mb.length() < 1024 * 1024) {
            mb.append("spam ");
        }
        CxSurveyException e = refused(() -> surveys.answerFromEmail(links.get(6), null, mb.toString(), "en_US"));
        assertEquals(400, e.getStatus());
        assertEquals("COMMENT_TOO_LONG", e.getReason());
        assertTrue(answersOf(c.getId()).isEmpty(), "nothing stored");

        String html = "<script>alert('x')</script> <b>slow</b> & \"late\"";
        CxSurveyResponse r = surveys.answerFromEmail(links.get(6), null, html + "\u0000\u0007", "en_US");
        assertEquals(html, r.getComment(), "stored as typed text (control characters dropped); escaped where shown");
    }

    @Test
    void aComplaintResolutionEmailAsksCsatAboutItsTopic() throws Exception {
        Customer c = fixtures.aCustomer("Sara", "en_US");
        CxNotification n = fakeEmail(c.getId(), null, "surveyTopic=complaint:42\nfirstName=Sara");
        List<Map<String, String>> links = linkProvider.surveyLinks(n, "CSAT", Locale.US);
        assertEquals(5, links.size());
        assertEquals("1", links.get(0).get("label"));
        String token = links.get(0).get("url").substring(links.get(0).get("url").indexOf("?t=") + 3);
        CxSurveyResponse r = surveys.answerFromEmail(token, null, "Nobody called back", "en_US");
        assertEquals("CSAT", r.getSurvey());
        assertEquals(1, r.getScore());
        assertEquals("complaint:42", r.getTopic());
        assertEquals("complaint:42", lastEventOf(c.getId()).getTopic());
        assertEquals(7, linkProvider.surveyLinks(fakeEmail(c.getId(), null, null), "CES", Locale.US).size(), "CES is 1-7");
    }

    // ------------------------------------------------------------------ throttle

    @Test
    void anEmailThatAskedNpsHidesTheSitePromptAndRefusesASiteAnswer() throws Exception {
        Customer c = fixtures.aCustomer("Tariq", "en_US");
        assertTrue(surveys.mayAsk(c.getId(), CxSurveyKind.NPS, new Date()));
        followUpLinks(aDeliveredOrder(c));
        assertFalse(surveys.mayAsk(c.getId(), CxSurveyKind.NPS, new Date()), "asked by email");
        CxSurveyException e = refused(() -> surveys.answerOnSite(c.getId(), "NPS", "9", null, "en_US"));
        assertEquals(409, e.getStatus());
        assertTrue(answersOf(c.getId()).isEmpty());
        assertTrue(surveys.mayAsk(c.getId(), CxSurveyKind.NPS, new Date(System.currentTimeMillis() + 91L * 86_400_000L)),
                "again after 90 days");
        assertTrue(surveys.mayAsk(c.getId(), CxSurveyKind.CSAT, new Date()), "each kind has its own window");
    }

    @Test
    void anNpsAnswerOnTheSiteLeavesTheQuestionOutOfTheFollowUpEmail() throws Exception {
        Customer c = fixtures.aCustomer("Yara", "en_US");
        Order order = aDeliveredOrder(c);
        CxSurveyResponse r = surveys.answerOnSite(c.getId(), "NPS", "4", order.getId(), "en_US");
        assertEquals("SITE", r.getChannel());
        assertEquals(order.getId(), r.getOrderId());
        assertTrue(lastEventOf(c.getId()).isNpsDetractor());
        String html = followUpHtml(order);
        assertFalse(html.contains("/cx/survey/answer"), "no question within 90 days of the last one");
        assertTrue(html.contains("/cx/unsubscribe"), "the email itself still goes");
        assertEquals(409, refused(() -> surveys.answerOnSite(c.getId(), "NPS", "10", null, "en_US")).getStatus(),
                "a second tab cannot answer again");
        assertEquals(1, answersOf(c.getId()).size());
    }

    @Test
    void theSameEmailRenderedAgainKeepsItsLinksButAnotherEmailGetsNone() throws Exception {
        Customer c = fixtures.aCustomer("Zed", "en_US");
        CxNotification first = fakeEmail(c.getId(), null, null);
        assertEquals(11, linkProvider.surveyLinks(first, "NPS", Locale.US).size());
        assertEquals(11, linkProvider.surveyLinks(first, "NPS", Locale.US).size(), "a retry renders the question again");
        assertTrue(linkProvider.surveyLinks(fakeEmail(c.getId(), null, null), "NPS", Locale.US).isEmpty());
        CxNotification preview = fakeEmail(c.getId(), null, null);
        preview.setStatus(CxNotificationStatus.SENT);
        assertTrue(linkProvider.surveyLinks(preview, "NPS", Locale.US).isEmpty(), "a preview never takes the slot");
    }

    @Test
    void racingChannelsAskOnce() throws Exception {
        Customer c = fixtures.aCustomer("Ida", "en_US");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<Future<Boolean>>();
        for (int i = 0; i < 4; i++) {
            final String key = "race:" + i + ":" + UUID.randomUUID();
            results.add(pool.submit(() -> {
                go.await();
                return surveys.reserveQuestion(c.getId(), CxSurveyKind.NPS, key, new Date());
            }));
        }
        go.countDown();
        int granted = 0;
        for (Future<Boolean> f : results) {
            granted += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, granted);
    }

    // ------------------------------------------------------------------ ownership

    @Test
    void anotherCustomersAnswerOrOrderIsNotFound() throws Exception {
        Customer owner = fixtures.aCustomer("Owner", "en_US");
        Customer other = fixtures.aCustomer("Other", "en_US");
        Order ownersOrder = fixtures.aSubmittedOrder(owner, fixtures.aProduct("Tea tin", "9.00"), 1);
        CxSurveyResponse r = surveys.answerOnSite(owner.getId(), "NPS", "8", null, "en_US");
        assertEquals(404, refused(() -> surveys.comment(other.getId(), r.getId(), "mine now")).getStatus());
        assertEquals(404, refused(() -> surveys.readOwnResponse(other.getId(), r.getId())).getStatus());
        assertEquals(404, refused(() -> surveys.answerOnSite(other.getId(), "NPS", "1", ownersOrder.getId(), "en_US")).getStatus());
        assertNull(surveys.readOwnResponse(owner.getId(), r.getId()).getComment());
        assertTrue(answersOf(other.getId()).isEmpty());

        CxSurveyResponse commented = surveys.comment(owner.getId(), r.getId(), "  Fast delivery\r\n");
        assertEquals("Fast delivery", commented.getComment());
        assertEquals("Fast delivery", lastEventOf(owner.getId()).getComment());
    }

    @Test
    void theAdminFiltersByKindBandChannelAndDate() throws Exception {
        Customer c = fixtures.aCustomer("Filter", "en_US");
        surveys.answerOnSite(c.getId(), "NPS", "3", null, "en_US");
        surveys.answerOnSite(c.getId(), "CSAT", "5", null, "en_US");
        CxSurveyFilter f = new CxSurveyFilter();
        f.setCustomerId(c.getId());
        assertEquals(2, surveys.countResponses(f));
        f.setSurvey("NPS");
        int[] detractors = CxSurveyKind.NPS.bandRange("detractor");
        f.setMinScore(detractors[0]);
        f.setMaxScore(detractors[1]);
        f.setChannel("SITE");
        assertEquals(1, surveys.countResponses(f));
        assertEquals(3, surveys.readResponses(f, 0, 10).get(0).getScore());
        f.setChannel("EMAIL");
        assertEquals(0, surveys.countResponses(f));
        f.setChannel(null);
        f.setFrom(new Date(System.currentTimeMillis() + 60_000));
        assertEquals(0, surveys.countResponses(f), "answered before the range");
        CxSurveyFilter page = new CxSurveyFilter();
        page.setCustomerId(c.getId());
        assertEquals(1, surveys.readResponses(page, 1, 1).size(), "paged in the database");
        assertEquals("CSAT", surveys.readResponses(page, 0, 1).get(0).getSurvey(), "newest first");
    }

    // ------------------------------------------------------------------ fixtures

    static CxSurveyException refused(Callable<?> work) {
        return assertThrows(CxSurveyException.class, work::call);
    }

    CxNotification fakeEmail(Long customerId, Long orderId, String payload) {
        CxNotificationImpl n = new CxNotificationImpl();
        n.setId(FAKE_NOTIFICATION_ID.decrementAndGet());
        n.setStatus(CxNotificationStatus.SENDING);
        n.setCustomerId(customerId);
        n.setOrderId(orderId);
        n.setPayload(payload);
        return n;
    }

    List<CxSurveyResponse> answersOf(Long customerId) {
        CxSurveyFilter f = new CxSurveyFilter();
        f.setCustomerId(customerId);
        return surveys.readResponses(f, 0, 100);
    }

    int eventsOf(Long customerId) {
        int n = 0;
        for (CxSurveyAnsweredEvent e : EVENTS) {
            n += customerId.equals(e.getCustomerId()) ? 1 : 0;
        }
        return n;
    }

    CxSurveyAnsweredEvent lastEventOf(Long customerId) {
        CxSurveyAnsweredEvent last = null;
        for (CxSurveyAnsweredEvent e : EVENTS) {
            if (customerId.equals(e.getCustomerId())) {
                last = e;
            }
        }
        if (last == null) {
            throw new AssertionError("no survey event for customer " + customerId);
        }
        return last;
    }

    Order aDeliveredOrder(Customer c) throws Exception {
        Order order = fixtures.aSubmittedOrder(c, fixtures.aProduct("Survey mug", "12.00"), 1);
        fulfilment.record(new CxFulfilmentEventRequest(CxFulfilmentEventType.DELIVERED, "test", UUID.randomUUID().toString())
                .setOrderId(order.getId()));
        dispatcher.dispatchAll();
        SMTP.purge();
        return order;
    }

    String followUpHtml(Order order) throws Exception {
        fixtures.inTransaction(() -> {
            CxNotification n = notificationDao.readByDedupeKey("FOLLOW_UP:order:" + order.getId());
            n.setNextAttemptDate(new Date(System.currentTimeMillis() - 1000));
            return notificationDao.save(n);
        });
        dispatcher.dispatchAll();
        MimeMessage[] mail = SMTP.received();
        assertEquals(1, mail.length, "the follow-up");
        SMTP.purge();
        MimeMultipart mp = (MimeMultipart) mail[0].getContent();
        for (int i = 0; i < mp.getCount(); i++) {
            if (mp.getBodyPart(i).isMimeType("text/html")) {
                return (String) mp.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no html part");
    }

    /** The follow-up email's answer tokens by score. */
    Map<Integer, String> followUpLinks(Order order) throws Exception {
        String html = followUpHtml(order);
        Map<Integer, String> links = new java.util.TreeMap<Integer, String>();
        Matcher m = ANSWER_LINK.matcher(html);
        while (m.find()) {
            links.put(Integer.valueOf(m.group(3)), m.group(2));
        }
        assertFalse(links.isEmpty(), "the follow-up asks NPS");
        return Collections.unmodifiableMap(links);
    }
}
