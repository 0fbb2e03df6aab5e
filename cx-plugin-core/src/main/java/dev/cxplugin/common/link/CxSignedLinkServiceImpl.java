package dev.cxplugin.common.link;

import dev.cxplugin.common.link.CxInvalidLinkException.Reason;
import dev.cxplugin.common.link.dao.CxSignedLinkDao;
import dev.cxplugin.common.link.domain.CxSecret;
import dev.cxplugin.common.link.domain.CxUsedLink;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.regex.Pattern;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.persistence.PersistenceException;

/**
 * Tokens are {@code base64url(payload) "." base64url(HMAC-SHA256(payload))} without padding, where the payload
 * is {@code 1|purpose|customerId|orderId|productId|expiresEpochSeconds[|key=value...]}: readable, short, and
 * everything a link claims is signed.
 *
 * <p>The key is {@code cx.link.secret} (at least 32 characters) or, when that is empty, 32 random bytes
 * generated on first use and kept in {@code CX_SECRET} so every store node signs and checks with the same key
 * and restarts keep links valid. Changing the key invalidates every link already sent.</p>
 *
 * <p>Single use: {@link #consume} stores a hash of the token's signature in {@code CX_USED_LINK} (unique), in
 * the caller's transaction. An invalid link rolls that transaction back ({@code rollbackFor}), so a caller's
 * writes that depended on the link never commit.</p>
 */
public class CxSignedLinkServiceImpl implements CxSignedLinkService {

    private static final Log LOG = LogFactory.getLog(CxSignedLinkServiceImpl.class);

    public static final String SECRET_NAME = "cx.link.secret";
    protected static final String VERSION = "1";
    protected static final int MIN_SECRET_LENGTH = 32;
    protected static final int MAX_TOKEN_LENGTH = 4096;
    protected static final Pattern PURPOSE = Pattern.compile("[a-z0-9._-]{1,40}");
    protected static final Pattern EXTRA = Pattern.compile("[A-Za-z0-9._~-]{1,64}");
    protected static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    protected static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    @Resource(name = "cxSignedLinkDao")
    protected CxSignedLinkDao linkDao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** {@code cx.link.secret}; empty means "generate and keep one in the database". */
    protected String configuredSecret;

    /** {@code cx.link.validityDays}: expiry of links signed without one. */
    protected int defaultValidityDays = 60;

    protected volatile byte[] key;

    @PostConstruct
    public void init() {
        if (configuredSecret != null && !configuredSecret.trim().isEmpty()) {
            if (configuredSecret.trim().length() < MIN_SECRET_LENGTH) {
                throw new IllegalStateException("cx.link.secret must be at least " + MIN_SECRET_LENGTH
                        + " characters (it is " + configuredSecret.trim().length() + "); leave it empty to let the plugin "
                        + "generate one and keep it in the database");
            }
            key = configuredSecret.trim().getBytes(StandardCharsets.UTF_8);
        }
        if (defaultValidityDays < 1) {
            throw new IllegalStateException("cx.link.validityDays must be at least 1, is " + defaultValidityDays);
        }
    }

    @Override
    public String sign(CxLinkClaims claims) {
        if (claims == null) {
            throw new IllegalArgumentException("no claims to sign");
        }
        String purpose = claims.getPurpose();
        if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("a link purpose is 1-40 characters a-z 0-9 . _ -, not: " + purpose);
        }
        Date expires = claims.getExpiresAt();
        if (expires == null) {
            expires = new Date(System.currentTimeMillis() + defaultValidityDays * 86_400_000L);
        }
        StringBuilder payload = new StringBuilder(VERSION).append('|').append(purpose)
                .append('|').append(orEmpty(claims.getCustomerId()))
                .append('|').append(orEmpty(claims.getOrderId()))
                .append('|').append(orEmpty(claims.getProductId()))
                .append('|').append(expires.getTime() / 1000L);
        for (Map.Entry<String, String> e : claims.getExtra().entrySet()) {
            if (e.getKey() == null || e.getValue() == null || !EXTRA.matcher(e.getKey()).matches()
                    || !EXTRA.matcher(e.getValue()).matches()) {
                throw new IllegalArgumentException("extra link values are 1-64 characters A-Z a-z 0-9 . _ ~ -, not: "
                        + e.getKey() + "=" + e.getValue());
            }
            payload.append('|').append(e.getKey()).append('=').append(e.getValue());
        }
        byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(hmac(body));
    }

    @Override
    public CxLinkClaims verify(String token, String purpose) throws CxInvalidLinkException {
        return decode(token, purpose, new Date()).claims;
    }

    @Override
    @Transactional(value = "blTransactionManager", rollbackFor = CxInvalidLinkException.class)
    public CxLinkClaims consume(String token, String purpose) throws CxInvalidLinkException {
        Decoded decoded = decode(token, purpose, new Date());
        String hash = sha256Hex(decoded.signature);
        if (linkDao.isUsed(hash)) {
            throw new CxInvalidLinkException(Reason.USED, "this link has already been used");
        }
        CxUsedLink used = linkDao.createUsedLink();
        used.setTokenHash(hash);
        used.setPurpose(decoded.claims.getPurpose());
        used.setCustomerId(decoded.claims.getCustomerId());
        used.setUsedDate(new Date());
        used.setExpiresDate(decoded.claims.getExpiresAt());
        try {
            linkDao.saveUsedLink(used);
        } catch (PersistenceException | DataIntegrityViolationException e) {
            // a concurrent request used it between our check and our insert: the unique key decided
            throw new CxInvalidLinkException(Reason.USED, "this link has already been used");
        }
        return decoded.claims;
    }

    /** Forgets used single-use links that have expired anyway (they can no longer be presented). */
    @Transactional("blTransactionManager")
    public int purgeExpiredUsedLinks(Date now) {
        return linkDao.deleteUsedLinksExpiredBefore(now);
    }

    protected Decoded decode(String token, String purpose, Date now) throws CxInvalidLinkException {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw new CxInvalidLinkException(Reason.MALFORMED, "the link is incomplete");
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.') || dot == token.length() - 1) {
            throw new CxInvalidLinkException(Reason.MALFORMED, "the link is incomplete");
        }
        byte[] body = strictDecode(token.substring(0, dot));
        byte[] signature = strictDecode(token.substring(dot + 1));
        // constant time: how much of a guessed signature is right must not show in the response time
        if (!MessageDigest.isEqual(hmac(body), signature)) {
            throw new CxInvalidLinkException(Reason.FORGED, "the link's signature does not match");
        }
        CxLinkClaims claims = parse(new String(body, StandardCharsets.UTF_8));
        if (purpose == null || !purpose.equals(claims.getPurpose())) {
            throw new CxInvalidLinkException(Reason.WRONG_PURPOSE, "the link is for something else");
        }
        if (!now.before(claims.getExpiresAt())) {
            throw new CxInvalidLinkException(Reason.EXPIRED, "the link has expired");
        }
        return new Decoded(claims, signature);
    }

    protected CxLinkClaims parse(String payload) throws CxInvalidLinkException {
        String[] parts = payload.split("\\|", -1);
        if (parts.length < 6 || !VERSION.equals(parts[0])) {
            throw new CxInvalidLinkException(Reason.MALFORMED, "the link is in an unknown format");
        }
        try {
            CxLinkClaims claims = new CxLinkClaims();
            claims.setPurpose(parts[1]);
            claims.setCustomerId(toLong(parts[2]));
            claims.setOrderId(toLong(parts[3]));
            claims.setProductId(toLong(parts[4]));
            claims.setExpiresAt(new Date(Long.parseLong(parts[5]) * 1000L));
            for (int i = 6; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq <= 0) {
                    throw new CxInvalidLinkException(Reason.MALFORMED, "the link is in an unknown format");
                }
                claims.getExtra().put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
            return claims;
        } catch (NumberFormatException e) {
            throw new CxInvalidLinkException(Reason.MALFORMED, "the link is in an unknown format");
        }
    }

    /** Only the one canonical spelling of each part is accepted, so one link cannot be used twice in two spellings. */
    protected byte[] strictDecode(String part) throws CxInvalidLinkException {
        try {
            byte[] bytes = DECODER.decode(part);
            if (!ENCODER.encodeToString(bytes).equals(part)) {
                throw new CxInvalidLinkException(Reason.MALFORMED, "the link is damaged");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new CxInvalidLinkException(Reason.MALFORMED, "the link is damaged");
        }
    }

    protected byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    protected byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrCreateStoredSecret();
                }
                k = key;
            }
        }
        return k;
    }

    /** In its own transactions: the key must exist (committed, for every node) before anything is signed with it. */
    protected byte[] loadOrCreateStoredSecret() {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        TransactionCallback<String> read = new TransactionCallback<String>() {
            @Override
            public String doInTransaction(TransactionStatus status) {
                CxSecret s = linkDao.readSecret(SECRET_NAME);
                return s == null ? null : s.getSecretValue();
            }
        };
        String value = tx.execute(read);
        if (value == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            final String encoded = Base64.getEncoder().encodeToString(fresh);
            try {
                tx.execute(new TransactionCallback<Object>() {
                    @Override
                    public Object doInTransaction(TransactionStatus status) {
                        return linkDao.createSecret(SECRET_NAME, encoded, new Date());
                    }
                });
                LOG.info("cx.link.secret is not set: generated a link-signing key and stored it in CX_SECRET");
            } catch (PersistenceException | DataIntegrityViolationException e) {
                LOG.debug("another node stored the link-signing key first; using that one");
            }
            value = tx.execute(read);
        }
        if (value == null) {
            throw new IllegalStateException("could not read or store the link-signing key in CX_SECRET");
        }
        return Base64.getDecoder().decode(value);
    }

    protected static String sha256Hex(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder sb = new StringBuilder(64);
            for (byte b : d) {
                sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return sb.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String orEmpty(Long value) {
        return value == null ? "" : value.toString();
    }

    private static Long toLong(String s) {
        return s.isEmpty() ? null : Long.valueOf(s);
    }

    public void setConfiguredSecret(String configuredSecret) {
        this.configuredSecret = configuredSecret;
    }

    public void setDefaultValidityDays(int defaultValidityDays) {
        this.defaultValidityDays = defaultValidityDays;
    }

    protected static class Decoded {
        final CxLinkClaims claims;
        final byte[] signature;

        Decoded(CxLinkClaims claims, byte[] signature) {
            this.claims = claims;
            this.signature = signature;
        }
    }
}
