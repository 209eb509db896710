package org.podium.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.podium.layout.SlideLayout;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.layout.TextBox;
import org.podium.layout.Themes;
import org.podium.model.Language;
import org.podium.model.Programme;

/**
 * Finds characters on the slides that the font drawing them lacks, and says what to install. It
 * checks each text box's characters against the family the layout chose for that box, with
 * {@link GlyphCoverage} (Java2D's character maps, as JavaFX has no public one). A family that is
 * not installed covers nothing: the text then falls back to whatever the machine has, which on a
 * machine without a CJK font is empty boxes.
 */
public final class FontCoverage {

    private final GlyphCoverage glyphs;

    public FontCoverage(GlyphCoverage glyphs) {
        this.glyphs = Objects.requireNonNull(glyphs, "glyphs");
    }

    /**
     * The characters of a whole programme no chosen font covers, with the installed fonts: lays the
     * programme out with fonts chosen by Java2D and rough advances (which characters a box holds
     * does not depend on where its lines break), so the JavaFX toolkit is not needed.
     */
    public static List<MissingGlyphs> of(Programme programme, Themes themes) {
        GlyphCoverage installed = GlyphCoverage.installed();
        List<SlideLayout> layouts = new SlideLayoutEngine(themes, new EmMeasurer(), installed).layout(programme)
                .stream().map(SlidePage::layout).toList();
        return new FontCoverage(installed).check(layouts, programme.language());
    }

    /**
     * The characters of {@code layouts} whose box's family cannot draw them, one entry per family
     * in order of first appearance; empty when everything is covered. Spaces, line breaks and
     * invisible joiners are not counted.
     *
     * @param language the programme's language, for which Chinese font to suggest
     */
    public List<MissingGlyphs> check(Collection<SlideLayout> layouts, Language language) {
        Map<String, StringBuilder> missing = new LinkedHashMap<>();
        Map<String, Boolean> cjk = new LinkedHashMap<>();
        for (SlideLayout layout : layouts) {
            for (TextBox box : layout.textBoxes()) {
                String family = box.font().family();
                String text = box.text();
                for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                    int cp = text.codePointAt(i);
                    if (isInvisible(cp) || glyphs.canDisplay(family, cp)) {
                        continue;
                    }
                    StringBuilder chars = missing.computeIfAbsent(family, f -> new StringBuilder());
                    if (chars.indexOf(Character.toString(cp)) < 0) {
                        chars.appendCodePoint(cp);
                        cjk.merge(family, isCjk(cp), Boolean::logicalOr);
                    }
                }
            }
        }
        List<MissingGlyphs> result = new ArrayList<>(missing.size());
        missing.forEach((family, chars) -> result.add(new MissingGlyphs(family, glyphs.isInstalled(family),
                chars.toString(), helpfulAdvice(chars.toString(), advice(cjk.get(family), language)))));
        return List.copyOf(result);
    }

    /**
     * Noto covers what Podium's themes need and is free on every system: Noto Sans CJK (Debian's
     * fonts-noto-cjk, which has the serif faces too) for Chinese, in the programme's script; Noto
     * Sans (fonts-noto-core) for anything else.
     */
    static FontAdvice advice(boolean chinese, Language language) {
        if (!chinese) {
            return new FontAdvice("fonts-noto-core", "Noto Sans");
        }
        return new FontAdvice("fonts-noto-cjk", language == Language.ZH_HANT ? "Noto Sans CJK TC" : "Noto Sans CJK SC");
    }

    /** The advice, unless its font is installed already and would not help either. */
    private Optional<FontAdvice> helpfulAdvice(String chars, FontAdvice advice) {
        boolean useless = glyphs.isInstalled(advice.family())
                && chars.codePoints().anyMatch(cp -> !glyphs.canDisplay(advice.family(), cp));
        return useless ? Optional.empty() : Optional.of(advice);
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL
                || type == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** Chinese, Japanese or Korean script, or the punctuation and full-width forms that go with it. */
    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO
                || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS;
    }
}
