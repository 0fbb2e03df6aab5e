package dev.cxplugin.bench;

import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.HashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Benchmark only (the "sync" variant of checkout-overhead): what Broadleaf's demo store does, an activity in
 * checkout that hands the order to {@code blEmailService}, which records an email-tracking row, renders a
 * Thymeleaf template and sends it over SMTP before checkout returns. Not the plugin's way: the plugin only
 * writes an outbox row in checkout.
 */
public class SyncOrderConfirmationEmailActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    @Resource(name = "blEmailService")
    protected EmailService emailService;

    /** EmailInfo (from, subject, template) by language: en, ar, fa. */
    protected Map<String, EmailInfo> emailInfoByLanguage = new HashMap<String, EmailInfo>();

    public SyncOrderConfirmationEmailActivity() {
        setOrder(7000); // after Broadleaf's CompleteOrderActivity (6000): the order has its number
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        Customer customer = order.getCustomer();
        String language = languageOf(order);
        Map<String, Object> vars = new HashMap<String, Object>();
        vars.put("order", order);
        vars.put("customer", customer);
        vars.put("lang", language);
        vars.put("dir", "en".equals(language) ? "ltr" : "rtl");
        String to = order.getEmailAddress() != null ? order.getEmailAddress() : customer.getEmailAddress();
        // like the demo store: a mail failure fails the checkout (it runs inside the shopper's request)
        emailService.sendTemplateEmail(to, emailInfoByLanguage.get(language), vars);
        return context;
    }

    protected String languageOf(Order order) {
        String code = order.getLocale() != null ? order.getLocale().getLocaleCode()
                : order.getCustomer().getCustomerLocale() != null ? order.getCustomer().getCustomerLocale().getLocaleCode() : "en";
        String language = code.split("_")[0];
        return emailInfoByLanguage.containsKey(language) ? language : "en";
    }

    public void setEmailInfoByLanguage(Map<String, EmailInfo> emailInfoByLanguage) {
        this.emailInfoByLanguage = emailInfoByLanguage;
    }
}
