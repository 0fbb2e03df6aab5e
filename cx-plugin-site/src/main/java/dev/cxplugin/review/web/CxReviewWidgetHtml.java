package dev.cxplugin.review.web;

import java.util.Map;

/**
 * Writes the markup of the summary and list widgets from a {@link CxReviewWidget}. Thymeleaf 2.1 costs several
 * milliseconds for the ~150 attributes and loops these widgets need (each loop pass and each fragment copies the
 * request's variables); a string builder writes the same markup in microseconds, so the template
 * ({@code cx/review/widgets.html}) keeps one line per widget and the styles. Every text from the database or a
 * bundle goes through {@link #esc}. A store changes the markup by extending this class and setting it on
 * {@code cxReviewWidgets} ({@code html} property).
 */
public class CxReviewWidgetHtml {

    /** The request's part a cached widget must not hold: link prefix, and the vote forms' CSRF token. */
    public static class Ctx {
        protected final String contextPath;
        protected final String csrfParam;
        protected final String csrfToken;

        public Ctx(String contextPath, String csrfParam, String csrfToken) {
            this.contextPath = contextPath == null ? "" : contextPath;
            this.csrfParam = csrfParam;
            this.csrfToken = csrfToken;
        }
    }

    public String summary(CxReviewWidget w, Ctx ctx) {
        Map<String, String> t = w.getT();
        StringBuilder b = new StringBuilder(2048);
        b.append("<section class=\"cx-rv cx-rv-summary\" id=\"review-summary\" lang=\"").append(esc(w.getLang()))
                .append("\" dir=\"").append(esc(w.getDir())).append("\" aria-labelledby=\"cx-rv-summary-h\">\n");
        b.append("<h2 id=\"cx-rv-summary-h\">").append(esc(t.get("heading"))).append("</h2>\n<div>\n");
        if (w.isHasReviews()) {
            b.append("<p class=\"cx-rv-avg\">").append(esc(w.getAverageText())).append("</p>\n");
            b.append("<p class=\"cx-rv-stars\" role=\"img\" aria-label=\"").append(esc(w.getAverageLabel())).append("\">")
                    .append(glyphs(w.getRoundedStars())).append("</p>\n");
            b.append("<p class=\"cx-rv-count\">").append(esc(w.getBasedOnText())).append("</p>\n");
        } else {
            b.append("<p class=\"cx-rv-count\">").append(esc(t.get("none"))).append("</p>\n");
        }
        b.append("</div>\n<ul class=\"cx-rv-bars\">\n");
        for (CxReviewWidget.Option bar : w.getBars()) {
            b.append("<li><a href=\"").append(esc(ctx.contextPath + bar.getUrl())).append("\" aria-label=\"").append(esc(bar.getLabel()))
                    .append("\"><span aria-hidden=\"true\">").append(esc(bar.getValue())).append(" \u2605</span>")
                    .append("<span class=\"cx-rv-track\" aria-hidden=\"true\"><span class=\"cx-rv-fill\" style=\"width:")
                    .append(bar.getPercent()).append("%\"></span></span><span class=\"cx-rv-num\" aria-hidden=\"true\">")
                    .append(bar.getCount()).append("</span></a></li>\n");
        }
        b.append("</ul>\n<div class=\"cx-rv-actions\">\n");
        String write = w.getOwnStatus() != null ? t.get("editOwn") : (w.isHasReviews() ? t.get("write") : t.get("beFirst"));
        b.append("<a class=\"cx-rv-btn\" href=\"").append(esc(ctx.contextPath + w.getWriteUrl())).append("\">").append(esc(write)).append("</a>\n");
        if (w.isHasReviews()) {
            b.append("<a href=\"#reviews\">").append(esc(t.get("seeAll"))).append("</a>\n");
        }
        if ("PENDING".equals(w.getOwnStatus())) {
            b.append("<span class=\"cx-rv-count\">").append(esc(t.get("ownPending"))).append("</span>\n");
        } else if ("REJECTED".equals(w.getOwnStatus())) {
            b.append("<span class=\"cx-rv-count\">").append(esc(t.get("ownRejected"))).append("</span>\n");
        }
        return b.append("</div>\n</section>").toString();
    }

    public String list(CxReviewWidget w, Ctx ctx) {
        Map<String, String> t = w.getT();
        StringBuilder b = new StringBuilder(8192);
        b.append("<section class=\"cx-rv cx-rv-list\" id=\"reviews\" lang=\"").append(esc(w.getLang()))
                .append("\" dir=\"").append(esc(w.getDir())).append("\" aria-labelledby=\"cx-rv-list-h\">\n");
        b.append("<h2 id=\"cx-rv-list-h\" class=\"cx-rv-sr\">").append(esc(t.get("heading"))).append("</h2>\n");
        if (w.getFlash() != null) {
            b.append("<p class=\"cx-rv-flash\" role=\"status\">").append(esc(w.getFlash())).append("</p>\n");
        }
        if (w.isHasReviews()) {
            b.append("<form class=\"cx-rv-controls\" method=\"get\" action=\"").append(esc(ctx.contextPath + w.getProductUrl()))
                    .append("#reviews\">\n<div>\n<label for=\"cx-rv-sort\">").append(esc(t.get("sortBy")))
                    .append("</label>\n<select id=\"cx-rv-sort\" name=\"reviewSort\">\n");
            options(b, w.getSorts());
            b.append("</select>\n</div>\n<div>\n<label for=\"cx-rv-stars\">").append(esc(t.get("filter")))
                    .append("</label>\n<select id=\"cx-rv-stars\" name=\"reviewStars\">\n");
            options(b, w.getFilters());
            b.append("</select>\n</div>\n<button type=\"submit\" class=\"cx-rv-btn cx-rv-ghost\">").append(esc(t.get("apply")))
                    .append("</button>\n<p class=\"cx-rv-count\" role=\"status\">").append(esc(w.getShowingText())).append("</p>\n</form>\n");
            if (w.getRows().isEmpty()) {
                b.append("<p>").append(esc(t.get("noMatch"))).append("</p>\n");
            }
        }
        if (!w.getRows().isEmpty()) {
            b.append("<ul class=\"cx-rv-items\">\n");
            for (CxReviewWidget.Row r : w.getRows()) {
                row(b, w, r, ctx);
            }
            b.append("</ul>\n");
        }
        if (w.getPageText() != null) {
            b.append("<nav class=\"cx-rv-pager\" aria-label=\"").append(esc(w.getPageText())).append("\">\n");
            if (w.getPreviousUrl() != null) {
                b.append("<a href=\"").append(esc(ctx.contextPath + w.getPreviousUrl())).append("\" rel=\"prev\">")
                        .append(esc(t.get("previous"))).append("</a>\n");
            }
            b.append("<span>").append(esc(w.getPageText())).append("</span>\n");
            if (w.getNextUrl() != null) {
                b.append("<a href=\"").append(esc(ctx.contextPath + w.getNextUrl())).append("\" rel=\"next\">")
                        .append(esc(t.get("next"))).append("</a>\n");
            }
            b.append("</nav>\n");
        }
        return b.append("</section>").toString();
    }

    protected void options(StringBuilder b, Iterable<CxReviewWidget.Option> options) {
        for (CxReviewWidget.Option o : options) {
            b.append("<option value=\"").append(esc(o.getValue())).append('"').append(o.isSelected() ? " selected=\"selected\">" : ">")
                    .append(esc(o.getLabel())).append("</option>\n");
        }
    }

    protected void row(StringBuilder b, CxReviewWidget w, CxReviewWidget.Row r, Ctx ctx) {
        Map<String, String> t = w.getT();
        String id = "review-" + r.getId();
        b.append("<li class=\"cx-rv-item\" id=\"").append(id).append("\">\n<article aria-labelledby=\"").append(id).append("-h\">\n");
        b.append("<p class=\"cx-rv-stars\" role=\"img\" aria-label=\"").append(esc(r.getStarsText())).append("\">")
                .append(glyphs(r.getRating())).append("</p>\n");
        b.append("<h3 id=\"").append(id).append("-h\" dir=\"auto\">").append(esc(r.getTitle() != null ? r.getTitle() : r.getStarsText()))
                .append("</h3>\n<p class=\"cx-rv-meta\">\n<span dir=\"auto\">").append(esc(r.getByText())).append("</span>\n");
        b.append("<time datetime=\"").append(esc(r.getDateIso())).append("\">").append(esc(r.getDate())).append("</time>\n");
        if (r.isVerified()) {
            b.append("<span class=\"cx-rv-badge\">").append(esc(t.get("verified"))).append("</span>\n");
        }
        if (r.isIncentivised()) {
            b.append("<span class=\"cx-rv-badge cx-rv-inc\">").append(esc(t.get("incentivised"))).append("</span>\n");
        }
        b.append("</p>\n<p class=\"cx-rv-body\" dir=\"auto\"");
        if (r.getLang() != null) {
            b.append(" lang=\"").append(esc(r.getLang())).append('"');
        }
        b.append('>').append(esc(r.getBody())).append("</p>\n");
        if (r.getReply() != null) {
            b.append("<div class=\"cx-rv-reply\">\n<strong>").append(esc(t.get("reply"))).append("</strong>\n<p dir=\"auto\">")
                    .append(esc(r.getReply())).append("</p>\n</div>\n");
        }
        b.append("<div class=\"cx-rv-vote\">\n<span>").append(esc(t.get("helpfulQuestion"))).append("</span>\n");
        if (w.isSignedIn()) {
            voteForm(b, r, true, r.getHelpfulText(), ctx);
            voteForm(b, r, false, r.getNotHelpfulText(), ctx);
        } else {
            b.append("<span>").append(esc(r.getHelpfulText())).append("</span>\n<span>").append(esc(r.getNotHelpfulText()))
                    .append("</span>\n<a href=\"").append(esc(ctx.contextPath + w.getSignInUrl())).append("\">")
                    .append(esc(t.get("signInToVote"))).append("</a>\n");
        }
        b.append("</div>\n</article>\n</li>\n");
    }

    /** A POST form like Broadleaf's {@code blc:form}: it carries the session's CSRF token. */
    protected void voteForm(StringBuilder b, CxReviewWidget.Row r, boolean helpful, String label, Ctx ctx) {
        b.append("<form method=\"post\" action=\"").append(esc(ctx.contextPath)).append("/cx/review/vote\">");
        if (ctx.csrfToken != null) {
            b.append("<input type=\"hidden\" name=\"").append(esc(ctx.csrfParam)).append("\" value=\"").append(esc(ctx.csrfToken)).append("\" />");
        }
        b.append("<input type=\"hidden\" name=\"reviewId\" value=\"").append(r.getId()).append("\" />")
                .append("<input type=\"hidden\" name=\"helpful\" value=\"").append(helpful).append("\" />")
                .append("<button type=\"submit\" class=\"cx-rv-btn cx-rv-ghost\">").append(esc(label)).append("</button></form>\n");
    }

    /** Five star glyphs, {@code filled} of them full (decorative: the page says the rating in words too). */
    public static String glyphs(int filled) {
        StringBuilder b = new StringBuilder(5);
        for (int i = 1; i <= 5; i++) {
            b.append(i <= filled ? '\u2605' : '\u2606');
        }
        return b.toString();
    }

    /** HTML text and attribute escaping: the five characters that can end or open markup. */
    public static String esc(String s) {
        return dev.cxplugin.common.util.CxHtml.escape(s);
    }
}
