package dev.cxplugin.notify.service;

import dev.cxplugin.common.contact.CxContactPolicy;
import dev.cxplugin.common.event.CxBirthdayEvent;
import dev.cxplugin.common.event.CxEventPublisher;
import dev.cxplugin.common.offer.CxOfferCodeService;
import dev.cxplugin.notify.dao.CxNotificationDao;
import dev.cxplugin.notify.type.CxNotificationKind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Calendar;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/**
 * Records a birthday greeting (with a single-use offer code) for every customer whose consented birth
 * date is today. Idempotent by customer and year, so the job may run hourly on every node: the first pass of
 * the day records the greetings, later passes find them recorded. Opt-out and the contact cap are applied
 * when the greeting is sent.
 */
public class CxBirthdayGreetings {

    private static final Log LOG = LogFactory.getLog(CxBirthdayGreetings.class);

    @Resource(name = "cxContactPolicy")
    protected CxContactPolicy contactPolicy;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cxNotificationService")
    protected CxNotificationService notificationService;

    @Resource(name = "cxNotificationDao")
    protected CxNotificationDao notificationDao;

    @Resource(name = "cxOfferCodeService")
    protected CxOfferCodeService offerCodeService;

    @Resource(name = "cxNotificationSettings")
    protected CxNotificationSettings settings;

    @Resource(name = "cxEventPublisher")
    protected CxEventPublisher eventPublisher;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** Greets today's birthdays; returns how many greetings were newly recorded. */
    public int greet(Date today) {
        Calendar c = Calendar.getInstance();
        c.setTime(today);
        final int year = c.get(Calendar.YEAR);
        List<Long> ids = new java.util.ArrayList<Long>(
                contactPolicy.readCustomerIdsWithBirthday(c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH)));
        // people born on 29 February celebrate on the 28th in other years
        if (c.get(Calendar.MONTH) == Calendar.FEBRUARY && c.get(Calendar.DAY_OF_MONTH) == 28
                && !new java.util.GregorianCalendar().isLeapYear(year)) {
            ids.addAll(contactPolicy.readCustomerIdsWithBirthday(2, 29));
        }
        int recorded = 0;
        for (final Long customerId : ids) {
            try {
                Boolean created = new TransactionTemplate(transactionManager).execute(new TransactionCallback<Boolean>() {
                    @Override
                    public Boolean doInTransaction(TransactionStatus status) {
                        return greetOne(customerId, year);
                    }
                });
                recorded += Boolean.TRUE.equals(created) ? 1 : 0;
            } catch (RuntimeException e) {
                // another node recorded it at the same moment, or this customer's data is broken: go on
                LOG.warn("Birthday greeting for customer " + customerId + " not recorded: " + e.getMessage());
            }
        }
        return recorded;
    }

    protected boolean greetOne(Long customerId, int year) {
        String key = CxNotificationKind.BIRTHDAY.getType() + ":customer:" + customerId + ":" + year;
        if (notificationDao.readByDedupeKey(key) != null) {
            return false;
        }
        Customer customer = customerService.readCustomerById(customerId);
        if (customer == null || customer.getEmailAddress() == null || customer.isDeactivated()) {
            return false;
        }
        CxNotificationRequest request = new CxNotificationRequest(CxNotificationKind.BIRTHDAY, key)
                .customer(customerId)
                .recipient(customer.getEmailAddress())
                .locale(customer.getCustomerLocale() == null ? null : customer.getCustomerLocale().getLocaleCode())
                .detail("firstName", customer.getFirstName());
        if (settings.isBirthdayOfferEnabled()) {
            Date expires = new Date(System.currentTimeMillis() + settings.getBirthdayOfferValidDays() * 86_400_000L);
            String code = offerCodeService.createSingleUseCode(customerId, settings.isBirthdayOfferPercent(),
                    settings.getBirthdayOfferValue(), expires, "Birthday " + year + ", customer " + customerId, "BDAY");
            request.detail("offerCode", code)
                    .detail(settings.isBirthdayOfferPercent() ? "offerPercent" : "offerAmount",
                            settings.getBirthdayOfferValue().stripTrailingZeros().toPlainString())
                    .detail("offerExpiryDate", CxFulfilmentEventServiceImpl.iso(expires));
        }
        notificationService.enqueue(request);
        // in the greeting's transaction: a birthday bonus is granted exactly when the greeting is recorded
        eventPublisher.publish(new CxBirthdayEvent(this, customerId, year));
        return true;
    }
}
