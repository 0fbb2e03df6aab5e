package dev.cxplugin.survey.web;

import dev.cxplugin.common.link.CxLinkClaims;
import dev.cxplugin.common.web.CxSiteTexts;
import dev.cxplugin.notify.service.CxNotificationSettings;
import dev.cxplugin.survey.domain.CxSurveyResponse;
import dev.cxplugin.survey.service.CxSurveyException;
import dev.cxplugin.survey.service.CxSurveyService;
import dev.cxplugin.survey.type.CxSurveyKind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Survey answers on the storefront.
 * <ul>
 *   <li>{@code GET /cx/survey/answer?t=}: the page an email's score link opens. It shows the chosen score (which
 *       can still be changed) and the follow-up question, and stores nothing: mail scanners that open every link
 *       of an email would otherwise answer for the customer (and the last link they open would win). One button
 *       sends the score with or without a reason.</li>
 *   <li>{@code POST /cx/survey/answer} ({@code t}, {@code score}, {@code comment}, CSRF token): stores or changes
 *       the answer to that email's question (a click on another score in the same email changes it again).</li>
 *   <li>{@code POST /cx/survey/site} ({@code survey}, {@code score}, optional {@code orderId}, CSRF token): the
 *       on-site prompt of a signed-in customer; then {@code GET /cx/survey/reason/{id}} asks the reason, posted to
 *       {@code POST /cx/survey/reason/{id}}. Another customer's answer or order is a 404.</li>
 * </ul>
 * Bad input gets the page with a 4xx status and a clear message, and changes nothing. The page is the
 * self-contained template {@code cx/survey/answer} (a store may replace it).
 */
@Controller
public class CxSurveyController {

    private static final Log LOG = LogFactory.getLog(CxSurveyController.class);

    public static final String ANSWER_PATH = "/cx/survey/answer";
    public static final String SITE_PATH = "/cx/survey/site";
    public static final String REASON_PATH = "/cx/survey/reason/";

    protected static final String[] PAGE_TEXTS = {"title", "send", "reason.label", "reason.hint", "reason.optional",
        "thanks.heading", "thanks.body", "thanks.reason", "yourScore", "changeScore", "account", "home",
        "error.heading", "error.BAD_SCORE", "error.BAD_SURVEY", "error.COMMENT_TOO_LONG", "error.FORGED",
        "error.MALFORMED", "error.EXPIRED", "error.NOT_FOUND", "error.ALREADY_ASKED", "error.SIGN_IN"};

    @Resource(name = "cxSurveyService")
    protected CxSurveyService surveyService;

    @Resource(name = "cxSurveyTexts")
    protected CxSiteTexts texts;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cxNotificationSettings")
    protected CxNotificationSettings settings;

    protected String viewName = "cx/survey/answer";
    protected String accountUrl = "/account";

    @RequestMapping(value = ANSWER_PATH, method = RequestMethod.GET)
    public String answerPage(HttpServletRequest request, HttpServletResponse response, Model model) {
        noStore(response);
        String token = request.getParameter("t");
        CxLinkClaims claims;
        try {
            claims = surveyService.verifyAnswerToken(token);
        } catch (CxSurveyException e) {
            return error(request, response, model, null, e);
        }
        Locale locale = texts.pageLocale(request, customerService.readCustomerById(claims.getCustomerId()));
        CxSurveyKind kind = CxSurveyKind.getInstance(claims.getExtra().get("s"));
        fill(model, locale, "email", kind);
        model.addAttribute("cxToken", token);
        model.addAttribute("cxScore", claims.getExtra().get("v"));
        return viewName;
    }

    @RequestMapping(value = ANSWER_PATH, method = RequestMethod.POST)
    public String answer(HttpServletRequest request, HttpServletResponse response, Model model) {
        noStore(response);
        Locale locale = null;
        try {
            CxLinkClaims claims = surveyService.verifyAnswerToken(request.getParameter("t"));
            locale = texts.pageLocale(request, customerService.readCustomerById(claims.getCustomerId()));
            CxSurveyResponse r = surveyService.answerFromEmail(request.getParameter("t"), request.getParameter("score"),
                    request.getParameter("comment"), locale.toString());
            return thanks(model, locale, r);
        } catch (CxSurveyException e) {
            return error(request, response, model, locale, e);
        }
    }

    @RequestMapping(value = SITE_PATH, method = RequestMethod.POST)
    public String site(HttpServletRequest request, HttpServletResponse response, Model model) {
        noStore(response);
        Customer customer = signedIn();
        Locale locale = texts.pageLocale(request, customer);
        if (customer == null) {
            return error(request, response, model, locale, new CxSurveyException(HttpServletResponse.SC_FORBIDDEN,
                    "SIGN_IN", "the site prompt is for signed-in customers"));
        }
        try {
            Long orderId = optionalId(request.getParameter("orderId"));
            CxSurveyResponse r = surveyService.answerOnSite(customer.getId(), request.getParameter("survey"),
                    request.getParameter("score"), orderId, locale.toString());
            return "redirect:" + REASON_PATH + r.getId();
        } catch (CxSurveyException e) {
            return error(request, response, model, locale, e);
        }
    }

    @RequestMapping(value = REASON_PATH + "{id}", method = RequestMethod.GET)
    public String reasonPage(@PathVariable("id") String id, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        noStore(response);
        Customer customer = signedIn();
        Locale locale = texts.pageLocale(request, customer);
        try {
            CxSurveyResponse r = own(customer, id);
            fill(model, locale, "reason", CxSurveyKind.getInstance(r.getSurvey()));
            model.addAttribute("cxScore", String.valueOf(r.getScore()));
            model.addAttribute("cxResponseId", r.getId());
            model.addAttribute("cxComment", r.getComment());
            return viewName;
        } catch (CxSurveyException e) {
            return error(request, response, model, locale, e);
        }
    }

    @RequestMapping(value = REASON_PATH + "{id}", method = RequestMethod.POST)
    public String reason(@PathVariable("id") String id, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        noStore(response);
        Customer customer = signedIn();
        Locale locale = texts.pageLocale(request, customer);
        try {
            CxSurveyResponse r = own(customer, id);
            r = surveyService.comment(customer.getId(), r.getId(), request.getParameter("comment"));
            return thanks(model, locale, r);
        } catch (CxSurveyException e) {
            return error(request, response, model, locale, e);
        }
    }

    protected CxSurveyResponse own(Customer customer, String id) throws CxSurveyException {
        Long responseId = optionalId(id);
        if (customer == null || responseId == null) {
            throw new CxSurveyException(HttpServletResponse.SC_NOT_FOUND, "NOT_FOUND", "no such answer");
        }
        return surveyService.readOwnResponse(customer.getId(), responseId);
    }

    protected Customer signedIn() {
        Customer c = CustomerState.getCustomer();
        return c != null && c.isLoggedIn() && c.getId() != null ? c : null;
    }

    protected Long optionalId(String value) throws CxSurveyException {
        if (value == null || value.trim().isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new CxSurveyException(HttpServletResponse.SC_NOT_FOUND, "NOT_FOUND", "no such id: " + value);
        }
    }

    protected String thanks(Model model, Locale locale, CxSurveyResponse r) {
        fill(model, locale, "thanks", CxSurveyKind.getInstance(r.getSurvey()));
        model.addAttribute("cxScore", String.valueOf(r.getScore()));
        model.addAttribute("cxComment", r.getComment());
        return viewName;
    }

    protected String error(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
            CxSurveyException e) {
        LOG.debug("survey answer refused: " + e.getReason() + " " + e.getMessage());
        response.setStatus(e.getStatus());
        fill(model, locale != null ? locale : texts.pageLocale(request, signedIn()), "error", null);
        model.addAttribute("cxError", e.getReason());
        return viewName;
    }

    protected void fill(Model model, Locale locale, String state, CxSurveyKind kind) {
        model.addAttribute("cxState", state);
        model.addAttribute("cxLang", texts.language(locale));
        model.addAttribute("cxDir", texts.dir(locale));
        Map<String, String> t = texts.texts(locale, "cx.survey.page.", PAGE_TEXTS);
        if (kind != null) {
            String prefix = kind.messagePrefix();
            t.put("question", texts.text(prefix + "question", locale, settings.getStoreName()));
            t.put("low", texts.text(prefix + "low", locale));
            t.put("high", texts.text(prefix + "high", locale));
            t.put("reason", texts.text(prefix + "reason", locale));
            model.addAttribute("cxSurvey", kind.getType());
            model.addAttribute("cxScores", scores(kind, locale));
        }
        model.addAttribute("cxText", t);
        model.addAttribute("cxAccountUrl", accountUrl);
    }

    protected List<Map<String, String>> scores(CxSurveyKind kind, Locale locale) {
        List<Map<String, String>> scores = new ArrayList<Map<String, String>>();
        for (int s = kind.getMin(); s <= kind.getMax(); s++) {
            Map<String, String> score = new LinkedHashMap<String, String>();
            score.put("value", String.valueOf(s));
            score.put("label", texts.text("cx.survey.scoreLabel", locale, s, kind.getMax()));
            scores.add(score);
        }
        return scores;
    }

    protected void noStore(HttpServletResponse response) {
        // the token is in the URL: keep it out of caches, other sites' Referer headers and search engines
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("X-Frame-Options", "DENY");
    }

    public void setViewName(String viewName) {
        this.viewName = viewName;
    }

    public void setAccountUrl(String accountUrl) {
        this.accountUrl = accountUrl;
    }
}
