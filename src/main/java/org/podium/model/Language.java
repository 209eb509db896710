package org.podium.model;

import java.util.Locale;

/** The language a programme's slides are written in; decides font stacks and PPTX {@code lang}. */
public enum Language {
    ZH_HANT("zh-Hant", "zh-TW"),
    ZH_HANS("zh-Hans", "zh-CN"),
    EN("en", "en-US");

    private final String tag;
    private final String officeLang;

    Language(String tag, String officeLang) {
        this.tag = tag;
        this.officeLang = officeLang;
    }

    /** BCP 47 tag as written in the file, e.g. {@code zh-Hant}. */
    public String tag() {
        return tag;
    }

    /** The language id Office expects on a text run, e.g. {@code zh-TW}. */
    public String officeLang() {
        return officeLang;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Language fromTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return language;
            }
        }
        throw new IllegalArgumentException("Unknown language '" + tag + "'; expected zh-Hant, zh-Hans or en");
    }
}
