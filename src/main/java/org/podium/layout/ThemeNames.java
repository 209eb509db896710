package org.podium.layout;

import java.util.Objects;
import org.podium.model.Language;

/** A theme's name as shown in the theme picker, per language. */
public record ThemeNames(String en, String zhHans, String zhHant) {

    public ThemeNames {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zhHans, "zhHans");
        Objects.requireNonNull(zhHant, "zhHant");
    }

    public String in(Language language) {
        switch (language) {
            case ZH_HANT:
                return zhHant;
            case ZH_HANS:
                return zhHans;
            default:
                return en;
        }
    }
}
