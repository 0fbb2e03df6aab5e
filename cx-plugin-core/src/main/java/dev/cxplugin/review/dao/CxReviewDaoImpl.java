package dev.cxplugin.review.dao;

import dev.cxplugin.review.domain.CxRatingSummary;
import dev.cxplugin.review.domain.CxRatingSummaryImpl;
import dev.cxplugin.review.domain.CxReview;
import dev.cxplugin.review.domain.CxReviewAttempt;
import dev.cxplugin.review.domain.CxReviewImpl;
import dev.cxplugin.review.domain.CxReviewVote;
import dev.cxplugin.review.type.CxReviewSort;
import dev.cxplugin.review.type.CxReviewStatus;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItemImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;

public class CxReviewDaoImpl implements CxReviewDao {

    protected static final String REVIEW = CxReviewImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Override
    public CxReview create() {
        return (CxReview) entityConfiguration.createEntityInstance(CxReview.class.getName());
    }

    @Override
    public CxReview save(CxReview review) {
        if (review.getId() == null) {
            em.persist(review);
            em.flush();
            return review;
        }
        CxReview merged = em.merge(review);
        em.flush();
        return merged;
    }

    @Override
    public CxReview readById(Long id) {
        return id == null ? null : em.find(CxReviewImpl.class, id);
    }

    @Override
    public CxReview readByIdForUpdate(Long id) {
        return id == null ? null : em.find(CxReviewImpl.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public int changeStatus(Long reviewId, String from, String to) {
        return em.createQuery("UPDATE " + REVIEW + " r SET r.status = :to WHERE r.id = :id AND r.status = :from")
                .setParameter("to", to).setParameter("id", reviewId).setParameter("from", from).executeUpdate();
    }

    @Override
    public void refresh(CxReview review) {
        // a locking read: under REPEATABLE READ (MariaDB) a plain one would see this transaction's old snapshot
        em.refresh(review, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public CxReview readByCustomerAndProduct(Long customerId, Long productId) {
        List<CxReview> found = em.createQuery("SELECT r FROM " + REVIEW + " r WHERE r.customerId = :c AND r.productId = :p",
                CxReview.class).setParameter("c", customerId).setParameter("p", productId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<CxReview> readApproved(Long productId, int stars, CxReviewSort sort, int first, int max) {
        TypedQuery<CxReview> q = em.createQuery("SELECT r FROM " + REVIEW + " r WHERE r.productId = :p AND r.status = :s"
                + (stars > 0 ? " AND r.rating = :stars" : "") + " ORDER BY " + orderBy(sort, stars), CxReview.class)
                .setParameter("p", productId).setParameter("s", CxReviewStatus.APPROVED);
        if (stars > 0) {
            q.setParameter("stars", stars);
        }
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * The sort, led by the columns the WHERE fixes (product, status, and the star of a filter). They change nothing
     * in the order, but HSQLDB reads an index in order only when the ORDER BY starts with its first column (seen:
     * 0.2 ms instead of 100+ ms for 5 of 10,000 rows); PostgreSQL and MariaDB ignore them and use the same indexes.
     * Within one star, highest and lowest are newest first, which the index (product, status, rating, date) fits.
     */
    protected String orderBy(CxReviewSort sort, int stars) {
        if (stars > 0) {
            return "r.productId DESC, r.status DESC, r.rating DESC, "
                    + (sort == CxReviewSort.HIGHEST || sort == CxReviewSort.LOWEST ? CxReviewSort.NEWEST : sort).getOrderBy();
        }
        return "r.productId DESC, r.status DESC, " + sort.getOrderBy();
    }

    @Override
    public List<CxReview> readForModeration(String status, Long productId, Integer stars, Boolean verified, int first, int max) {
        TypedQuery<CxReview> q = em.createQuery("SELECT r FROM " + REVIEW + " r" + where(status, productId, stars, verified)
                + " ORDER BY r.updatedDate ASC, r.id ASC", CxReview.class);
        bind(q, status, productId, stars, verified);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countForModeration(String status, Long productId, Integer stars, Boolean verified) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(r) FROM " + REVIEW + " r" + where(status, productId, stars, verified), Long.class);
        bind(q, status, productId, stars, verified);
        return q.getSingleResult();
    }

    protected String where(String status, Long productId, Integer stars, Boolean verified) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (status != null) {
            w.append(" AND r.status = :status");
        }
        if (productId != null) {
            w.append(" AND r.productId = :productId");
        }
        if (stars != null) {
            w.append(" AND r.rating = :stars");
        }
        if (verified != null) {
            w.append(" AND r.verifiedBuyer = :verified");
        }
        return w.toString();
    }

    protected void bind(TypedQuery<?> q, String status, Long productId, Integer stars, Boolean verified) {
        if (status != null) {
            q.setParameter("status", status);
        }
        if (productId != null) {
            q.setParameter("productId", productId);
        }
        if (stars != null) {
            q.setParameter("stars", stars);
        }
        if (verified != null) {
            q.setParameter("verified", verified);
        }
    }

    @Override
    public CxRatingSummary readSummary(Long productId) {
        return productId == null ? null : em.find(CxRatingSummaryImpl.class, productId);
    }

    @Override
    public void ensureSummary(final Long productId) {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try {
            tx.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    if (em.find(CxRatingSummaryImpl.class, productId) == null) {
                        CxRatingSummaryImpl s = new CxRatingSummaryImpl();
                        s.setProductId(productId);
                        em.persist(s);
                        em.flush();
                    }
                }
            });
        } catch (PersistenceException | org.springframework.dao.DataIntegrityViolationException e) {
            // another request created it between our look and our insert: it exists, which is all we need
            if (readSummaryInNewTransaction(productId) == null) {
                throw e;
            }
        }
    }

    protected Object readSummaryInNewTransaction(final Long productId) {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        tx.setReadOnly(true);
        return tx.execute(status -> em.createQuery("SELECT s.productId FROM " + CxRatingSummaryImpl.class.getName()
                + " s WHERE s.productId = :p").setParameter("p", productId).getResultList().isEmpty() ? null : productId);
    }

    @Override
    public int addToSummary(Long productId, int rating, int delta) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating " + rating);
        }
        String star = "s.stars" + rating;
        return em.createQuery("UPDATE " + CxRatingSummaryImpl.class.getName() + " s SET s.approvedCount = s.approvedCount + :d, "
                + "s.ratingSum = s.ratingSum + :r, s.version = s.version + 1, " + star + " = " + star + " + :d WHERE s.productId = :p")
                .setParameter("d", delta).setParameter("r", (long) rating * delta).setParameter("p", productId)
                .executeUpdate();
    }

    @Override
    public CxRatingSummary recomputeSummary(Long productId) {
        ensureSummary(productId);
        CxRatingSummaryImpl s = em.find(CxRatingSummaryImpl.class, productId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(s);
        List<Object[]> rows = em.createQuery("SELECT r.rating, COUNT(r) FROM " + REVIEW + " r WHERE r.productId = :p "
                + "AND r.status = :s GROUP BY r.rating", Object[].class)
                .setParameter("p", productId).setParameter("s", CxReviewStatus.APPROVED).getResultList();
        int count = 0;
        long sum = 0;
        for (int i = 1; i <= 5; i++) {
            s.setStarCount(i, 0);
        }
        for (Object[] row : rows) {
            int rating = ((Number) row[0]).intValue();
            int n = ((Number) row[1]).intValue();
            s.setStarCount(rating, n);
            count += n;
            sum += (long) rating * n;
        }
        s.setApprovedCount(count);
        s.setRatingSum(sum);
        s.setVersion(s.getVersion() + 1);
        em.flush();
        return s;
    }

    @Override
    public boolean hasVoted(Long reviewId, Long customerId) {
        return !em.createQuery("SELECT v.id FROM " + dev.cxplugin.review.domain.CxReviewVoteImpl.class.getName()
                + " v WHERE v.reviewId = :r AND v.customerId = :c").setParameter("r", reviewId).setParameter("c", customerId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public CxReviewVote createVote(Long reviewId, Long customerId, boolean helpful, Date now) {
        CxReviewVote vote = (CxReviewVote) entityConfiguration.createEntityInstance(CxReviewVote.class.getName());
        vote.setReviewId(reviewId);
        vote.setCustomerId(customerId);
        vote.setHelpful(helpful);
        vote.setCreatedDate(now);
        em.persist(vote);
        em.flush();
        return vote;
    }

    @Override
    public int addVote(Long reviewId, boolean helpful) {
        String field = helpful ? "r.helpfulCount" : "r.notHelpfulCount";
        return em.createQuery("UPDATE " + REVIEW + " r SET " + field + " = " + field + " + 1 WHERE r.id = :id")
                .setParameter("id", reviewId).executeUpdate();
    }

    @Override
    public int touchSummary(Long productId) {
        return em.createQuery("UPDATE " + CxRatingSummaryImpl.class.getName() + " s SET s.version = s.version + 1"
                + " WHERE s.productId = :p").setParameter("p", productId).executeUpdate();
    }

    @Override
    public long countAttemptsByCustomer(Long customerId, Date since) {
        return em.createQuery("SELECT COUNT(a) FROM " + dev.cxplugin.review.domain.CxReviewAttemptImpl.class.getName()
                + " a WHERE a.customerId = :c AND a.createdDate >= :since", Long.class)
                .setParameter("c", customerId).setParameter("since", since).getSingleResult();
    }

    @Override
    public long countAttemptsByIp(String ipHash, Date since) {
        return em.createQuery("SELECT COUNT(a) FROM " + dev.cxplugin.review.domain.CxReviewAttemptImpl.class.getName()
                + " a WHERE a.ipHash = :ip AND a.createdDate >= :since", Long.class)
                .setParameter("ip", ipHash).setParameter("since", since).getSingleResult();
    }

    @Override
    public CxReviewAttempt createAttempt(Long customerId, String ipHash, Date now) {
        CxReviewAttempt a = (CxReviewAttempt) entityConfiguration.createEntityInstance(CxReviewAttempt.class.getName());
        a.setCustomerId(customerId);
        a.setIpHash(ipHash);
        a.setCreatedDate(now);
        em.persist(a);
        return a;
    }

    @Override
    public boolean hasSubmittedOrderWith(Long customerId, Long productId) {
        return !em.createQuery("SELECT i.id FROM " + DiscreteOrderItemImpl.class.getName() + " i WHERE i.product.id = :p "
                + "AND i.order.customer.id = :c AND i.order.status = :s")
                .setParameter("p", productId).setParameter("c", customerId)
                .setParameter("s", OrderStatus.SUBMITTED.getType()).setMaxResults(1).getResultList().isEmpty();
    }
}
