package dev.cxplugin.demo.site.web.checkout;

import org.apache.commons.lang3.StringUtils;
import org.apache.commons.validator.GenericValidator;
import org.springframework.validation.Errors;
import org.springframework.validation.ValidationUtils;
import org.springframework.validation.Validator;

/**
 * Required fields and sane lengths for {@link CheckoutForm}. Error codes are message keys of the
 * storefront bundle ({@code checkout.error.*}).
 */
public class CheckoutFormValidator implements Validator {

    static final int MAX_LENGTH = 100;

    @Override
    public boolean supports(Class<?> clazz) {
        return CheckoutForm.class.isAssignableFrom(clazz);
    }

    @Override
    public void validate(Object target, Errors errors) {
        CheckoutForm form = (CheckoutForm) target;
        for (String field : new String[] {"firstName", "lastName", "emailAddress", "addressLine1", "city", "postalCode", "country"}) {
            ValidationUtils.rejectIfEmptyOrWhitespace(errors, field, "checkout.error.required");
        }
        if (StringUtils.isNotBlank(form.getEmailAddress()) && !GenericValidator.isEmail(form.getEmailAddress().trim())) {
            errors.rejectValue("emailAddress", "checkout.error.email");
        }
        if (StringUtils.isNotBlank(form.getCountry()) && !form.getCountry().trim().matches("[A-Za-z]{2}")) {
            errors.rejectValue("country", "checkout.error.country");
        }
        String[][] values = {
            {"firstName", form.getFirstName()}, {"lastName", form.getLastName()}, {"emailAddress", form.getEmailAddress()},
            {"phone", form.getPhone()}, {"addressLine1", form.getAddressLine1()}, {"addressLine2", form.getAddressLine2()},
            {"city", form.getCity()}, {"postalCode", form.getPostalCode()}};
        for (String[] value : values) {
            if (value[1] != null && value[1].length() > MAX_LENGTH && !errors.hasFieldErrors(value[0])) {
                errors.rejectValue(value[0], "checkout.error.tooLong");
            }
        }
    }
}
