package org.podium.layout;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.podium.model.Language;

/**
 * How slides look: colours, background, decorations, margins, type scale, fonts and quotation
 * marks. Themes are data, read from JSON by {@link Themes}.
 *
 * @param id           file name stem, e.g. {@code crimson-gold}
 * @param names        shown in the theme picker
 * @param palette      named colours
 * @param background   paints every slide first
 * @param decorations  shapes painted behind the content, in order
 * @param margins      content area, fractions of the slide's shorter side
 * @param measures     rule weights, frame width, photo corner radius
 * @param type         a style for every {@link TextRole}
 * @param displayFonts titles, headings, names
 * @param textFonts    everything else
 * @param quoteMarks   per programme language
 */
public record Theme(String id, ThemeNames names, Palette palette, Fill background, List<Decoration> decorations,
                    Margins margins, ThemeMeasures measures, Map<TextRole, TypeStyle> type, FontStacks displayFonts,
                    FontStacks textFonts, Map<Language, QuoteMarks> quoteMarks) {

    public Theme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(palette, "palette");
        Objects.requireNonNull(background, "background");
        decorations = List.copyOf(Objects.requireNonNull(decorations, "decorations"));
        Objects.requireNonNull(margins, "margins");
        Objects.requireNonNull(measures, "measures");
        type = Map.copyOf(new EnumMap<>(Objects.requireNonNull(type, "type")));
        for (TextRole role : TextRole.values()) {
            if (!type.containsKey(role)) {
                throw new IllegalArgumentException("theme '" + id + "' has no type style for '" + role.key() + "'");
            }
        }
        Objects.requireNonNull(displayFonts, "displayFonts");
        Objects.requireNonNull(textFonts, "textFonts");
        quoteMarks = Map.copyOf(quoteMarks);
        for (Language language : Language.values()) {
            if (!quoteMarks.containsKey(language)) {
                throw new IllegalArgumentException("theme '" + id + "' has no quotation marks for " + language.tag());
            }
        }
    }

    public TypeStyle type(TextRole role) {
        return type.get(role);
    }

    public QuoteMarks quoteMarks(Language language) {
        return quoteMarks.get(language);
    }

    public FontStacks fonts(TypeStyle.Face face) {
        return face == TypeStyle.Face.DISPLAY ? displayFonts : textFonts;
    }
}
