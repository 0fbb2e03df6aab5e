package dev.cxplugin.review.type;

/** The orders a shopper can list a product's reviews in; each is an ORDER BY in the database. */
public enum CxReviewSort {
    NEWEST("r.createdDate DESC, r.id DESC"),
    HELPFUL("r.helpfulCount DESC, r.createdDate DESC, r.id DESC"),
    HIGHEST("r.rating DESC, r.createdDate DESC, r.id DESC"),
    LOWEST("r.rating ASC, r.createdDate DESC, r.id DESC");

    private final String orderBy;

    CxReviewSort(String orderBy) {
        this.orderBy = orderBy;
    }

    public String getOrderBy() {
        return orderBy;
    }

    /** The sort named by a request parameter (any case); NEWEST for null or anything unknown. */
    public static CxReviewSort parse(String value) {
        if (value != null) {
            for (CxReviewSort s : values()) {
                if (s.name().equalsIgnoreCase(value.trim())) {
                    return s;
                }
            }
        }
        return NEWEST;
    }
}
