package dev.cxplugin.demo.site.web.checkout;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class CheckoutFormValidatorTest {

    private final CheckoutFormValidator validator = new CheckoutFormValidator();

    @Test
    void aCompleteFormPasses() {
        BeanPropertyBindingResult errors = validate(complete());
        assertFalse(errors.hasErrors(), errors.toString());
    }

    @Test
    void requiredFieldsAndEmailAreChecked() {
        CheckoutForm form = complete();
        form.setCity("  ");
        form.setEmailAddress("not-an-email");
        form.setCountry("USA");
        BeanPropertyBindingResult errors = validate(form);
        assertEquals("checkout.error.required", errors.getFieldError("city").getCode());
        assertEquals("checkout.error.email", errors.getFieldError("emailAddress").getCode());
        assertEquals("checkout.error.country", errors.getFieldError("country").getCode());
        assertEquals(3, errors.getErrorCount());
    }

    @Test
    void overlongValuesAreRefused() {
        CheckoutForm form = complete();
        form.setAddressLine2(new String(new char[CheckoutFormValidator.MAX_LENGTH + 1]).replace('\0', 'x'));
        assertEquals("checkout.error.tooLong", validate(form).getFieldError("addressLine2").getCode());
    }

    private BeanPropertyBindingResult validate(CheckoutForm form) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "checkoutForm");
        validator.validate(form, errors);
        return errors;
    }

    static CheckoutForm complete() {
        CheckoutForm form = new CheckoutForm();
        form.setFirstName("Layla");
        form.setLastName("Haddad");
        form.setEmailAddress("layla@example.com");
        form.setAddressLine1("12 Olive Street");
        form.setCity("Amman");
        form.setPostalCode("11118");
        form.setCountry("JO");
        return form;
    }
}
