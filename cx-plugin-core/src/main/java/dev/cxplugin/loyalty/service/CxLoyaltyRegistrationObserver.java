package dev.cxplugin.loyalty.service;

import dev.cxplugin.loyalty.type.CxLoyaltyBonus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * Opens a new customer's points account and grants the signup bonus, inside Broadleaf's registration transaction
 * ({@code CustomerServiceImpl.registerCustomer} calls its post-registration observers before it commits): both
 * commit or roll back with the customer. An account that exists from the start is also what a later fulfilment
 * event needs on MariaDB, whose older REPEATABLE READ snapshot cannot see an account created meanwhile.
 */
public class CxLoyaltyRegistrationObserver implements PostRegistrationObserver {

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cxLoyaltyService")
    protected CxLoyaltyService loyaltyService;

    @Resource(name = "cxLoyaltySettingsService")
    protected CxLoyaltySettingsService settings;

    protected boolean enabled = true;

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @PostConstruct
    public void observeRegistrations() {
        customerService.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(Customer customer) {
        if (!enabled || customer == null || customer.getId() == null) {
            return;
        }
        loyaltyService.openAccount(customer.getId());
        long points = settings.current().getSignupBonusPoints();
        if (points <= 0) {
            return;
        }
        try {
            loyaltyService.bonus(customer.getId(), points, "Welcome bonus", CxLoyaltyBonus.SIGNUP.key(customer.getId()));
        } catch (CxLoyaltyException e) {
            throw new IllegalStateException(e);
        }
    }
}
