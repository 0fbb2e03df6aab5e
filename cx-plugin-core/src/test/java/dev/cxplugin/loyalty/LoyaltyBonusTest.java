package dev.cxplugin.loyalty;

import dev.cxplugin.common.contact.CxContactPolicy;
import dev.cxplugin.common.event.CxBirthdayEvent;
import dev.cxplugin.common.event.CxComplaintCompensatedEvent;
import dev.cxplugin.common.event.CxEventPublisher;
import dev.cxplugin.complaint.domain.CxComplaint;
import dev.cxplugin.complaint.service.CxComplaintActor;
import dev.cxplugin.complaint.service.CxComplaintCompensation;
import dev.cxplugin.complaint.service.CxComplaintFiling;
import dev.cxplugin.complaint.service.CxComplaintService;
import dev.cxplugin.loyalty.domain.CxLoyaltyEntry;
import dev.cxplugin.loyalty.service.CxLoyaltyException;
import dev.cxplugin.loyalty.service.CxLoyaltyProgramme;
import dev.cxplugin.loyalty.service.CxLoyaltyRegistrationObserver;
import dev.cxplugin.loyalty.service.CxLoyaltyService;
import dev.cxplugin.loyalty.service.CxLoyaltySettingsService;
import dev.cxplugin.notify.service.CxBirthdayGreetings;
import dev.cxplugin.notify.service.CxFulfilmentEventService;
import dev.cxplugin.notify.type.CxFulfilmentEventType;
import dev.cxplugin.test.BroadleafExtension;
import dev.cxplugin.test.CheckoutFixtures;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.Role;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static dev.cxplugin.loyalty.LoyaltyTestSupport.assertBalances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bonuses for registering, for a birthday and for a compensated complaint: each granted once with the configured
 * points, a replayed cause grants nothing more, 0 switches a bonus off; a registration opens the points account
 * in its own transaction.
 */
@ExtendWith(BroadleafExtension.class)
class LoyaltyBonusTest {

    @Resource(name = "cxLoyaltyService")
    protected CxLoyaltyService loyalty;

    @Resource(name = "cxLoyaltySettingsService")
    protected CxLoyaltySettingsService settings;

    @Resource(name = "cxLoyaltyRegistrationObserver")
    protected CxLoyaltyRegistrationObserver registrationObserver;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cxBirthdayGreetings")
    protected CxBirthdayGreetings birthdays;

    @Resource(name = "cxContactPolicy")
    protected CxContactPolicy contactPolicy;

    @Resource(name = "cxComplaintService")
    protected CxComplaintService desk;

    @Resource(name = "cxEventPublisher")
    protected CxEventPublisher events;

    @Resource(name = "cxFulfilmentEventService")
    protected CxFulfilmentEventService fulfilment;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    final CxComplaintActor manager = CxComplaintActor.manager(-79L, "Manager Bo");
    CheckoutFixtures fixtures;

    @BeforeEach
    void start(ApplicationContext ctx) {
        fixtures = new CheckoutFixtures(ctx);
        // Broadleaf gives every registered customer this role; no Broadleaf jar ships the row
        fixtures.inTransaction(() -> {
            if (em.createNamedQuery("BC_READ_ROLE_BY_NAME").setParameter("name", "ROLE_USER").getResultList().isEmpty()) {
                Role role = (Role) entityConfiguration.createEntityInstance(Role.class.getName());
                role.setRoleName("ROLE_USER");
                em.persist(role);
            }
            return null;
        });
    }

    // ------------------------------------------------------------------ signup

    @Test
    void registeringOpensTheAccountWithTheSignupBonusOnce() throws Exception {
        assertEquals(100, settings.current().getSignupBonusPoints(), "the shipped default");
        Customer c = register("Sami");
        assertNotNull(loyalty.readAccount(c.getId()), "the account exists as soon as the registration returns");
        assertBalances(loyalty, c.getId(), 0, 100);
        List<CxLoyaltyEntry> lines = loyalty.readEntries(c.getId(), 0, 10);
        assertEquals(1, lines.size());
        assertEquals("BONUS:signup:" + c.getId(), lines.get(0).getEntryKey());
        assertEquals("BONUS.signup", lines.get(0).getLabel(), "the history's label: a welcome bonus");

        // the same registration seen again (a retried listener) grants nothing more
        fixtures.inTransaction(() -> {
            registrationObserver.processRegistrationEvent(customerService.readCustomerById(c.getId()));
            return null;
        });
        assertBalances(loyalty, c.getId(), 0, 100);
        assertEquals(1, loyalty.readEntries(c.getId(), 0, 10).size());
    }

    @Test
    void aReturnRecordedBeforeTheEarningJobRanFindsTheEarnOfARegisteredCustomer() throws Exception {
        // the return's transaction earns and reverses at once: with the account opened at registration this works
        // on MariaDB too, whose older snapshot could not see an account created meanwhile by its own transaction
        Customer c = register("Returner");
        Order o = fixtures.aSubmittedOrder(c, fixtures.aProduct("Returned kettle", "30.00"), 1);
        fulfilment.record(LoyaltyTestSupport.event(CxFulfilmentEventType.RETURN_RECEIVED, o));
        List<CxLoyaltyEntry> lines = loyalty.readEntries(c.getId(), 0, 10);
        assertEquals(1, LoyaltyTestSupport.count(lines, "EARN"), "earned inside the return's transaction");
        assertEquals(1, LoyaltyTestSupport.count(lines, "REVERSE"), "and taken back by the return");
        assertEquals(30, lines.stream().filter(e -> "EARN".equals(e.getKind())).findFirst().get().getPendingDelta());
        assertBalances(loyalty, c.getId(), 0, 100);
    }

    @Test
    void aRegistrationThatRollsBackLeavesNoAccountAndNoPoints() {
        AtomicReference<Long> id = new AtomicReference<>();
        assertThrows(IllegalStateException.class, () -> fixtures.inTransaction(() -> {
            id.set(registerCustomer("Undone").getId());
            throw new IllegalStateException("the registration failed after the observers ran");
        }));
        assertNotNull(id.get());
        assertNull(loyalty.readAccount(id.get()), "the account rolled back with the customer");
        assertEquals(0, loyalty.readEntries(id.get(), 0, 10).size());
    }

    @Test
    void withTheSignupBonusAtZeroARegistrationOpensAnEmptyAccount() throws Exception {
        Customer c = withSetting(CxLoyaltyProgramme.SIGNUP_BONUS, "0", () -> register("Zero"));
        assertNotNull(loyalty.readAccount(c.getId()), "the account is opened all the same");
        assertBalances(loyalty, c.getId(), 0, 0);
        assertEquals(0, loyalty.readEntries(c.getId(), 0, 10).size());
    }

    @Test
    void aNegativeOrMalformedBonusSettingIsRefusedAndChangesNothing() throws Exception {
        CxLoyaltyProgramme before = settings.current();
        for (String bad : new String[] {"-5", "1000001", "lots", ""}) {
            CxLoyaltyException e = assertThrows(CxLoyaltyException.class,
                    () -> settings.save(Collections.singletonMap(CxLoyaltyProgramme.COMPLAINT_BONUS, bad), "tester"));
            assertEquals(CxLoyaltyException.Code.INVALID, e.getCode());
            assertTrue(e.getMessage().contains(CxLoyaltyProgramme.COMPLAINT_BONUS), e.getMessage());
        }
        assertEquals(before.getValues(), settings.current().getValues());
    }

    // ------------------------------------------------------------------ birthday

    @Test
    void theBirthdayGreetingGrantsTheBirthdayBonusOncePerYear() throws Exception {
        Customer c = fixtures.aCustomer("Bday", "en_US");
        birthToday(c);
        int year = Calendar.getInstance().get(Calendar.YEAR);
        assertTrue(birthdays.greet(new Date()) >= 1);
        assertBalances(loyalty, c.getId(), 0, 100);
        CxLoyaltyEntry bonus = onlyEntry(c);
        assertEquals("BONUS:birthday:" + c.getId() + ":" + year, bonus.getEntryKey());
        assertEquals("BONUS.birthday", bonus.getLabel());

        assertEquals(0, birthdays.greet(new Date()), "a second pass the same day records nothing");
        // the event replayed: still one bonus this year
        fixtures.inTransaction(() -> {
            events.publish(new CxBirthdayEvent(this, c.getId(), year));
            return null;
        });
        assertBalances(loyalty, c.getId(), 0, 100);
        assertEquals(1, loyalty.readEntries(c.getId(), 0, 10).size());
    }

    @Test
    void withTheBirthdayBonusAtZeroTheGreetingGrantsNothing() throws Exception {
        Customer c = fixtures.aCustomer("Nobday", "en_US");
        birthToday(c);
        withSetting(CxLoyaltyProgramme.BIRTHDAY_BONUS, "0", () -> {
            assertTrue(birthdays.greet(new Date()) >= 1, "the greeting itself is recorded");
            return null;
        });
        assertEquals(0, loyalty.readEntries(c.getId(), 0, 10).size());
        assertEquals(0, loyalty.ledgerBalance(c.getId())[1]);
    }

    // ------------------------------------------------------------------ complaint compensation

    @Test
    void aCompensatedComplaintGrantsTheComplaintBonusOnceHoweverOftenItIsCompensated() throws Exception {
        Customer c = fixtures.aCustomer("Sorry", "en_US");
        CxComplaint complaint = fileFor(c);
        desk.compensate(complaint.getId(), manager, new CxComplaintCompensation(false, new BigDecimal("5"), 30, null));
        assertBalances(loyalty, c.getId(), 0, 200);
        CxLoyaltyEntry bonus = onlyEntry(c);
        assertEquals("BONUS:complaint:" + complaint.getId(), bonus.getEntryKey());
        assertEquals("BONUS.complaint", bonus.getLabel());

        desk.compensate(complaint.getId(), manager, new CxComplaintCompensation(true, new BigDecimal("10"), 30, "Again"));
        fixtures.inTransaction(() -> {
            events.publish(new CxComplaintCompensatedEvent(this, c.getId(), null, complaint.getId(), "SORRY-REPLAY"));
            return null;
        });
        assertBalances(loyalty, c.getId(), 0, 200);
        assertEquals(1, loyalty.readEntries(c.getId(), 0, 10).size());
    }

    @Test
    void withTheComplaintBonusAtZeroACompensationGrantsNoPoints() throws Exception {
        Customer c = fixtures.aCustomer("Nosorry", "en_US");
        CxComplaint complaint = fileFor(c);
        String code = withSetting(CxLoyaltyProgramme.COMPLAINT_BONUS, "0", () -> desk.compensate(complaint.getId(), manager,
                new CxComplaintCompensation(false, new BigDecimal("5"), 30, null)));
        assertTrue(code.startsWith("SORRY-"), "the apology code is given all the same: " + code);
        assertEquals(0, loyalty.readEntries(c.getId(), 0, 10).size());
    }

    @Test
    void aRefusedCompensationGrantsNoPoints() {
        Customer c = fixtures.aCustomer("Refused", "en_US");
        CxComplaint complaint = fileFor(c);
        assertThrows(RuntimeException.class, () -> desk.compensate(complaint.getId(), manager,
                new CxComplaintCompensation(false, new BigDecimal("-5"), 30, null)));
        assertEquals(0, loyalty.readEntries(c.getId(), 0, 10).size());
    }

    // ------------------------------------------------------------------ helpers

    Customer register(String name) {
        return registerCustomer(name);
    }

    /** What the storefront's registration does: Broadleaf's registerCustomer, which runs its observers. */
    Customer registerCustomer(String name) {
        return fixtures.inTransaction(() -> {
            Customer c = customerService.createCustomer();
            String email = name.toLowerCase() + "." + UUID.randomUUID() + "@example.com";
            c.setUsername(email);
            c.setEmailAddress(email);
            c.setFirstName(name);
            c.setLastName("Tester");
            c.setCustomerLocale(fixtures.locale("en_US"));
            return customerService.registerCustomer(c, "secret12", "secret12");
        });
    }

    void birthToday(Customer c) {
        fixtures.inTransaction(() -> {
            Calendar cal = Calendar.getInstance();
            cal.add(Calendar.YEAR, -30);
            contactPolicy.setBirthDate(c.getId(), cal.getTime());
            return null;
        });
    }

    CxComplaint fileFor(Customer c) {
        return desk.file(CxComplaintFiling.byCustomer(c.getId()).category("OTHER").description("The parcel came late"));
    }

    CxLoyaltyEntry onlyEntry(Customer c) {
        List<CxLoyaltyEntry> lines = loyalty.readEntries(c.getId(), 0, 10);
        assertEquals(1, lines.size(), "one ledger line");
        return lines.get(0);
    }

    /** Runs {@code work} with one programme setting changed, then puts the previous value back. */
    <T> T withSetting(String name, String value, Callable<T> work) throws Exception {
        String previous = settings.current().getValues().get(name);
        settings.save(Collections.singletonMap(name, value), "tester");
        try {
            return work.call();
        } finally {
            settings.save(Collections.singletonMap(name, previous), "tester");
        }
    }
}
