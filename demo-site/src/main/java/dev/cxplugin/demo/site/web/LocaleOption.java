package dev.cxplugin.demo.site.web;

/**
 * One entry of the storefront's language switch: the Broadleaf locale code (the value of the
 * {@code blLocaleCode} request parameter), its name in its own language and whether it is the
 * locale of the current request.
 */
public class LocaleOption {

    private final String code;
    private final String name;
    private final String languageTag;
    private final boolean current;

    public LocaleOption(String code, String name, boolean current) {
        this.code = code;
        this.name = name;
        this.languageTag = code == null ? "" : code.replace('_', '-');
        this.current = current;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** BCP 47 form of the code ({@code en-US}), for {@code hreflang} and {@code lang}. */
    public String getLanguageTag() {
        return languageTag;
    }

    public boolean isCurrent() {
        return current;
    }
}
