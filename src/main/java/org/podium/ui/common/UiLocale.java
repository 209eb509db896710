package org.podium.ui.common;

import java.util.Locale;

/**
 * The language of the window chrome: the system's, unless {@code -Dpodium.locale=zh-Hant} or
 * {@code --locale zh-Hant} asks for another one (for screenshots and support).
 */
public final class UiLocale {

    public static final String PROPERTY = "podium.locale";

    private UiLocale() {
    }

    /**
     * @param requested a BCP 47 tag such as {@code zh-Hant}, {@code zh-CN} or {@code en}; blank or
     *                  {@code null} keeps {@code system}
     */
    public static Locale resolve(String requested, Locale system) {
        if (requested == null || requested.isBlank()) {
            return system;
        }
        Locale locale = Locale.forLanguageTag(requested.strip().replace('_', '-'));
        if (locale.getLanguage().isEmpty()) {
            return system;
        }
        return withRegion(locale);
    }

    /**
     * A Chinese script without a region gets its usual region, so JavaFX's own strings (which
     * exist for zh_TW and zh_CN only) follow too: zh-Hant becomes zh-Hant-TW, zh-Hans zh-Hans-CN.
     */
    private static Locale withRegion(Locale locale) {
        if (!"zh".equals(locale.getLanguage()) || !locale.getCountry().isEmpty()) {
            return locale;
        }
        if ("Hant".equals(locale.getScript())) {
            return new Locale.Builder().setLocale(locale).setRegion("TW").build();
        }
        if ("Hans".equals(locale.getScript())) {
            return new Locale.Builder().setLocale(locale).setRegion("CN").build();
        }
        return locale;
    }

    /** True when text in this locale should be Traditional Chinese. */
    public static boolean isTraditionalChinese(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return false;
        }
        String script = locale.getScript();
        if (!script.isEmpty()) {
            return "Hant".equals(script);
        }
        String country = locale.getCountry();
        return "TW".equals(country) || "HK".equals(country) || "MO".equals(country);
    }
}
