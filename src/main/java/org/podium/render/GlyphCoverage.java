package org.podium.render;

import org.podium.layout.FontResolver;

/**
 * Which characters an installed font family can draw. JavaFX has no public API for a font's
 * character map, so the installed implementation asks Java2D ({@link java.awt.Font#canDisplay})
 * about the family of the same name: both read the same font files (fontconfig on Linux).
 */
public interface GlyphCoverage extends FontResolver {

    /** 永: the customary test ideograph, in every Chinese font. */
    int TEST_IDEOGRAPH = 0x6C38;

    /** True when {@code family} is installed and has a glyph for {@code codePoint}. */
    boolean canDisplay(String family, int codePoint);

    /** True for an installed family that has Chinese ideographs. */
    default boolean hasIdeographs(String family) {
        return canDisplay(family, TEST_IDEOGRAPH);
    }

    /** The fonts installed on this machine, read through Java2D; needs no display. */
    static GlyphCoverage installed() {
        return AwtGlyphCoverage.INSTANCE;
    }
}
