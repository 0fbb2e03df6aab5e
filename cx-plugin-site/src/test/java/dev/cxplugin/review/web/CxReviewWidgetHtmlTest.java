package dev.cxplugin.review.web;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CxReviewWidgetHtmlTest {

    final CxReviewWidgetHtml html = new CxReviewWidgetHtml();

    CxReviewWidget widget() {
        CxReviewWidget w = new CxReviewWidget();
        w.lang = "en";
        w.dir = "ltr";
        w.count = 1;
        w.productUrl = "/p";
        w.writeUrl = "/cx/review?productId=1";
        w.signInUrl = "/login";
        Map<String, String> t = new HashMap<>();
        for (String k : CxReviewWidgets.TEXT_KEYS) {
            t.put(k, "[" + k + "]");
        }
        w.t = t;
        CxReviewWidget.Row r = new CxReviewWidget.Row();
        r.id = 42L;
        r.rating = 4;
        r.title = "<script>alert('x')</script>";
        r.body = "Good <b>with</b> \"coffee\" & cake";
        r.starsText = "4 stars";
        r.helpfulText = "Yes (2)";
        r.notHelpfulText = "No (0)";
        w.rows.add(r);
        return w;
    }

    @Test
    void textFromShoppersIsEscapedNeverMarkup() {
        String out = html.list(widget(), new CxReviewWidgetHtml.Ctx("", "csrfToken", null));
        assertTrue(out.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(out.contains("Good &lt;b&gt;with&lt;/b&gt; &quot;coffee&quot; &amp; cake"));
        assertFalse(out.contains("<script>"));
        assertEquals("a&amp;b", CxReviewWidgetHtml.esc("a&b"));
        assertEquals("", CxReviewWidgetHtml.esc(null));
    }

    @Test
    void onlyASignedInViewHasVoteFormsWithItsToken() {
        CxReviewWidget anonymous = widget();
        String anon = html.list(anonymous, new CxReviewWidgetHtml.Ctx("/shop", "csrfToken", null));
        assertFalse(anon.contains("<form method=\"post\""), "no vote forms");
        assertTrue(anon.contains("href=\"/shop/login\""), "sign in to vote, under the context path");

        CxReviewWidget mine = widget().forRequest();
        mine.signedIn = true;
        String signedIn = html.list(mine, new CxReviewWidgetHtml.Ctx("", "csrfToken", "T0K3N"));
        assertTrue(signedIn.contains("<input type=\"hidden\" name=\"csrfToken\" value=\"T0K3N\" />"));
        assertTrue(signedIn.contains("name=\"reviewId\" value=\"42\""));
    }

    @Test
    void aCopyForARequestCarriesNoCustomersState() {
        CxReviewWidget shared = widget();
        CxReviewWidget a = shared.forRequest();
        a.signedIn = true;
        a.ownStatus = "PENDING";
        a.takeStyles();
        CxReviewWidget b = shared.forRequest();
        assertFalse(b.isSignedIn());
        assertNull(b.getOwnStatus());
        assertTrue(b.isAnonymousView());
        assertTrue(b.takeStyles(), "each page writes the styles once");
        assertFalse(a.isAnonymousView());
    }
}
