package dev.cxplugin.common.offer;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OfferRule;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Date;

import javax.annotation.Resource;

public class CxOfferCodeServiceImpl implements CxOfferCodeService {

    /** No 0/O, 1/I/L: codes are read aloud to support and typed from phones. */
    protected static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    protected static final SecureRandom RANDOM = new SecureRandom();

    @Resource(name = "blOfferService")
    protected OfferService offerService;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Override
    @Transactional("blTransactionManager")
    public String createSingleUseCode(Long customerId, boolean percent, BigDecimal value, Date expires,
            String purpose, String codePrefix) {
        if (customerId == null) {
            throw new IllegalArgumentException("a single-use code is bound to a customer");
        }
        if (value == null || value.signum() <= 0 || (percent && value.compareTo(new BigDecimal(100)) > 0)) {
            throw new IllegalArgumentException("offer value out of range: " + value);
        }
        Date now = new Date();
        Offer offer = (Offer) entityConfiguration.createEntityInstance(Offer.class.getName());
        offer.setName(purpose.length() > 250 ? purpose.substring(0, 250) : purpose);
        offer.setDescription(purpose);
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(percent ? OfferDiscountType.PERCENT_OFF : OfferDiscountType.AMOUNT_OFF);
        offer.setValue(value);
        offer.setStartDate(new Date(now.getTime() - 60_000L));
        offer.setEndDate(expires);
        offer.setAutomaticallyAdded(false);
        offer.setCombinableWithOtherOffers(true);
        offer.setTotalitarianOffer(false);
        offer.setTreatAsNewFormat(true);
        offer.setMaxUsesPerCustomer(1L);
        OfferRule onlyThisCustomer = (OfferRule) entityConfiguration.createEntityInstance(OfferRule.class.getName());
        onlyThisCustomer.setMatchRule("customer.id == " + customerId.longValue() + "L");
        offer.getOfferMatchRules().put(OfferRuleType.CUSTOMER.getType(), onlyThisCustomer);
        offer = offerService.save(offer);

        OfferCode code = (OfferCode) entityConfiguration.createEntityInstance(OfferCode.class.getName());
        code.setOffer(offer);
        code.setOfferCode(newCode(codePrefix));
        code.setStartDate(offer.getStartDate());
        code.setEndDate(expires);
        code.setMaxUses(1);
        code = offerService.saveOfferCode(code);
        return code.getOfferCode();
    }

    protected String newCode(String prefix) {
        StringBuilder sb = new StringBuilder(prefix == null ? "CX" : prefix).append('-');
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
