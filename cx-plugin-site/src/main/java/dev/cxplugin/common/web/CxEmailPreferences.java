package dev.cxplugin.common.web;

import dev.cxplugin.common.contact.CxContactPolicy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.annotation.Resource;

/**
 * The logic behind an account page's "Email preferences" form, for any store's account controller: read the
 * customer's choices into a {@link CxEmailPreferencesForm}, check a posted form and save it. The controller
 * stays the store's (its URL, its security, its template); bean {@code cxEmailPreferences}.
 */
public class CxEmailPreferences {

    protected static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Resource(name = "cxContactPolicy")
    protected CxContactPolicy contactPolicy;

    @Resource(name = "cxSiteTexts")
    protected CxSiteTexts texts;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    public CxEmailPreferencesForm read(Long customerId) {
        CxEmailPreferencesForm form = new CxEmailPreferencesForm();
        form.setReceiveOccasional(!contactPolicy.isOptedOut(customerId));
        Date birthDate = contactPolicy.getBirthDate(customerId);
        form.setBirthDate(birthDate == null ? "" : iso().format(birthDate));
        return form;
    }

    /**
     * Checks the form and, only if all of it is valid, saves it in one transaction. Returns the problems in the
     * customer's language (empty when saved); with any problem nothing is changed.
     */
    public List<String> save(final Long customerId, CxEmailPreferencesForm form, Locale locale) {
        List<String> errors = new ArrayList<String>();
        if (customerId == null || form == null) {
            throw new IllegalArgumentException("saving email preferences needs a customer and a form");
        }
        final boolean optedOut = !form.isReceiveOccasional();
        String raw = form.getBirthDate() == null ? "" : form.getBirthDate().trim();
        Date parsed = null;
        if (!raw.isEmpty()) {
            parsed = parse(raw);
            if (parsed == null) {
                errors.add(texts.text("cx.prefs.error.birthDate.format", locale));
            } else if (parsed.after(new Date())) {
                errors.add(texts.text("cx.prefs.error.birthDate.future", locale));
            } else if (year(parsed) < 1900) {
                errors.add(texts.text("cx.prefs.error.birthDate.tooEarly", locale));
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        final Date birthDate = parsed;
        new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                contactPolicy.setOptedOut(customerId, optedOut);
                contactPolicy.setBirthDate(customerId, birthDate);
            }
        });
        return errors;
    }

    public String savedMessage(Locale locale) {
        return texts.text("cx.prefs.saved", locale);
    }

    protected Date parse(String raw) {
        if (raw.length() != 10 || !ISO_DATE.matcher(raw).matches()) {
            return null;
        }
        try {
            return iso().parse(raw);
        } catch (ParseException e) {
            return null;
        }
    }

    protected int year(Date date) {
        Calendar c = Calendar.getInstance();
        c.setTime(date);
        return c.get(Calendar.YEAR);
    }

    protected SimpleDateFormat iso() {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
        f.setLenient(false); // 2001-02-30 is no date
        return f;
    }
}
