package org.podium.export.pptx;

import java.util.Objects;
import org.podium.layout.FontStacks;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.Theme;
import org.podium.model.Language;
import org.podium.model.Programme;

/**
 * The deck theme's fonts: major for headings, minor for body text, each with a Latin and an East
 * Asian face. Resolved like the layout's own boxes, so text added to the deck in PowerPoint
 * later matches what Podium wrote.
 */
record DeckFonts(String majorLatin, String majorEastAsian, String minorLatin, String minorEastAsian) {

    DeckFonts {
        Objects.requireNonNull(majorLatin, "majorLatin");
        Objects.requireNonNull(majorEastAsian, "majorEastAsian");
        Objects.requireNonNull(minorLatin, "minorLatin");
        Objects.requireNonNull(minorEastAsian, "minorEastAsian");
    }

    /**
     * In a Chinese programme the Chinese family sets Latin text too, as the layout measured it; an
     * English programme has a Latin face and a Simplified Chinese one for any Chinese it contains.
     */
    static DeckFonts of(SlideLayoutEngine engine, Programme programme) {
        Theme theme = engine.themeFor(programme);
        FontStacks display = theme.displayFonts();
        FontStacks text = theme.textFonts();
        Language language = programme.language();
        if (language == Language.EN) {
            return new DeckFonts(engine.resolveFamily(display.latin()), engine.resolveFamily(display.zhHans()),
                    engine.resolveFamily(text.latin()), engine.resolveFamily(text.zhHans()));
        }
        String major = engine.resolveFamily(display.forText(language, ""));
        String minor = engine.resolveFamily(text.forText(language, ""));
        return new DeckFonts(major, major, minor, minor);
    }
}
