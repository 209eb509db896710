package org.podium.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Glyph coverage from Java2D. A family Java2D does not know would silently become its "Dialog"
 * fallback, so only installed families are asked; any other covers nothing.
 */
final class AwtGlyphCoverage implements GlyphCoverage {

    static final AwtGlyphCoverage INSTANCE = new AwtGlyphCoverage();

    /** Lower-case family names; read on first use (a few milliseconds with fontconfig). */
    private volatile Set<String> families;
    private final Map<String, Font> fonts = new ConcurrentHashMap<>();

    private AwtGlyphCoverage() {
    }

    @Override
    public boolean isInstalled(String family) {
        return families().contains(family.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean canDisplay(String family, int codePoint) {
        return isInstalled(family)
                && fonts.computeIfAbsent(family, f -> new Font(f, Font.PLAIN, 12)).canDisplay(codePoint);
    }

    private Set<String> families() {
        Set<String> known = families;
        if (known == null) {
            String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
            known = Stream.of(names).map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            families = known;
        }
        return known;
    }
}
