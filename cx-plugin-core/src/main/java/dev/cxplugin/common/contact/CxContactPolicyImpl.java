package dev.cxplugin.common.contact;

import dev.cxplugin.common.contact.dao.CxContactDao;
import dev.cxplugin.common.contact.domain.CxContactSlot;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.List;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.persistence.PersistenceException;

/**
 * Opt-out and birth date live in Broadleaf's customer attributes (so the admin's customer screen shows them);
 * the contact cap in {@code CX_CONTACT_SLOT}, one row per customer, taken with a conditional UPDATE.
 */
public class CxContactPolicyImpl implements CxContactPolicy {

    protected static final String ISO_DATE = "yyyy-MM-dd";
    protected static final long DAY_MILLIS = 86_400_000L;

    @Resource(name = "cxContactDao")
    protected CxContactDao contactDao;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** {@code cx.contact.capDays}: at most one non-transactional email per this many days; 0 switches the cap off. */
    protected int capDays = 7;

    @PostConstruct
    public void init() {
        if (capDays < 0) {
            throw new IllegalStateException("cx.contact.capDays must be 0 (no cap) or more, is " + capDays);
        }
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean isOptedOut(Long customerId) {
        CustomerAttribute a = attribute(existingCustomer(customerId), OPT_OUT_ATTRIBUTE);
        return a != null && "true".equalsIgnoreCase(a.getValue());
    }

    @Override
    @Transactional("blTransactionManager")
    public void setOptedOut(Long customerId, boolean optedOut) {
        // the explicit "false" records that the customer chose, which an absent attribute would not
        putAttribute(existingCustomer(customerId), OPT_OUT_ATTRIBUTE, optedOut ? "true" : "false");
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Date getBirthDate(Long customerId) {
        CustomerAttribute a = attribute(existingCustomer(customerId), BIRTH_DATE_ATTRIBUTE);
        if (a == null || a.getValue() == null) {
            return null;
        }
        try {
            return iso().parse(a.getValue());
        } catch (ParseException e) {
            // edited by hand in the admin into something that is no date: treat as not given
            return null;
        }
    }

    @Override
    @Transactional("blTransactionManager")
    public void setBirthDate(Long customerId, Date birthDate) {
        if (birthDate != null) {
            Calendar c = Calendar.getInstance();
            c.setTime(birthDate);
            if (c.get(Calendar.YEAR) < 1900) {
                throw new IllegalArgumentException("a birth date must be in 1900 or later");
            }
            if (birthDate.after(new Date())) {
                throw new IllegalArgumentException("a birth date cannot be in the future");
            }
        }
        Customer customer = existingCustomer(customerId);
        if (birthDate == null) {
            // withdrawing consent deletes the date, not just hides it
            // (the attribute map has orphanRemoval: the row is deleted)
            customer.getCustomerAttributes().remove(BIRTH_DATE_ATTRIBUTE);
            return;
        }
        putAttribute(customer, BIRTH_DATE_ATTRIBUTE, iso().format(birthDate));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Long> readCustomerIdsWithBirthday(int month, int dayOfMonth) {
        if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) {
            throw new IllegalArgumentException("no such day: month " + month + ", day " + dayOfMonth);
        }
        return contactDao.readCustomerIdsWithAttributeEndingWith(BIRTH_DATE_ATTRIBUTE,
                String.format("-%02d-%02d", month, dayOfMonth));
    }

    /**
     * Runs in its own transactions, whatever the caller's: first makes sure the customer's slot row exists
     * (a concurrent creator wins on the primary key, the loser just goes on), then takes it with one
     * conditional UPDATE that the database serialises per row. Committed when this returns.
     */
    @Override
    public boolean reserveContact(final Long customerId, final Date now) {
        if (customerId == null || now == null) {
            throw new IllegalArgumentException("reserveContact needs a customer id and a time");
        }
        final TransactionTemplate tx = newTransaction();
        ensureSlot(tx, customerId);
        Boolean taken = tx.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                if (isOptedOut(customerId)) {
                    return false;
                }
                Date freeSince = capDays == 0 ? now : new Date(now.getTime() - capDays * DAY_MILLIS);
                return contactDao.takeSlot(customerId, now, freeSince) == 1;
            }
        });
        return Boolean.TRUE.equals(taken);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Date nextContactAllowed(Long customerId, Date now) {
        if (customerId == null || now == null) {
            throw new IllegalArgumentException("nextContactAllowed needs a customer id and a time");
        }
        CxContactSlot slot = contactDao.readSlot(customerId);
        if (slot == null || slot.getLastContactDate() == null || capDays == 0) {
            return now;
        }
        Date free = new Date(slot.getLastContactDate().getTime() + capDays * DAY_MILLIS);
        return free.after(now) ? free : now;
    }

    protected void ensureSlot(TransactionTemplate tx, final Long customerId) {
        try {
            tx.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    existingCustomer(customerId);
                    if (contactDao.readSlot(customerId) == null) {
                        contactDao.createSlot(customerId);
                    }
                }
            });
        } catch (PersistenceException | DataIntegrityViolationException e) {
            // created concurrently by another thread or node: the row exists, which is all we need
        }
    }

    protected TransactionTemplate newTransaction() {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return tx;
    }

    protected Customer existingCustomer(Long customerId) {
        Customer customer = customerId == null ? null : customerService.readCustomerById(customerId);
        if (customer == null) {
            throw new IllegalArgumentException("no customer with id " + customerId);
        }
        return customer;
    }

    protected CustomerAttribute attribute(Customer customer, String name) {
        return customer.getCustomerAttributes() == null ? null : customer.getCustomerAttributes().get(name);
    }

    protected void putAttribute(Customer customer, String name, String value) {
        CustomerAttribute a = attribute(customer, name);
        if (a == null) {
            a = (CustomerAttribute) entityConfiguration.createEntityInstance(CustomerAttribute.class.getName());
            a.setName(name);
            a.setCustomer(customer);
            customer.getCustomerAttributes().put(name, a);
        }
        a.setValue(value);
    }

    protected SimpleDateFormat iso() {
        SimpleDateFormat f = new SimpleDateFormat(ISO_DATE);
        f.setLenient(false);
        return f;
    }

    public void setCapDays(int capDays) {
        this.capDays = capDays;
    }

    public int getCapDays() {
        return capDays;
    }
}
