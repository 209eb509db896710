package org.podium.render;

import java.awt.Font;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Glyph coverage from Java2D. Java2D turns a family it does not know into its "Dialog" fallback, so
 * a family counts as installed only when the font made for it carries its name; any other covers
 * nothing. Only fonts are made, never a graphics environment, so no AWT toolkit starts next to
 * JavaFX.
 */
final class AwtGlyphCoverage implements GlyphCoverage {

    static final AwtGlyphCoverage INSTANCE = new AwtGlyphCoverage();

    /** The installed font per family name as asked; empty when not installed. */
    private final Map<String, Optional<Font>> fonts = new ConcurrentHashMap<>();

    private AwtGlyphCoverage() {
    }

    @Override
    public boolean isInstalled(String family) {
        return font(family).isPresent();
    }

    @Override
    public boolean canDisplay(String family, int codePoint) {
        return font(family).map(f -> f.canDisplay(codePoint)).orElse(false);
    }

    private Optional<Font> font(String family) {
        return fonts.computeIfAbsent(family, f -> {
            Font font = new Font(f, Font.PLAIN, 12);
            return font.getFamily(Locale.ROOT).equalsIgnoreCase(f) ? Optional.of(font) : Optional.empty();
        });
    }
}
