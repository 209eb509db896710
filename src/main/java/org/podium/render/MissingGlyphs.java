package org.podium.render;

import java.util.Objects;
import java.util.Optional;

/**
 * Characters on the slides that the font family chosen for them cannot draw: on screen JavaFX
 * draws them in some other font or as empty boxes, and PowerPoint on another machine may do the
 * same.
 *
 * @param family     the family the layout chose (the first installed of the theme's stack, or the
 *                   stack's first name when none is installed)
 * @param installed  false when that family is not on this machine at all
 * @param characters the characters, each once, in order of first appearance
 * @param advice     what to install; empty when the font Podium would suggest is installed already
 *                   and lacks them too (rare ideographs, emoji)
 */
public record MissingGlyphs(String family, boolean installed, String characters, Optional<FontAdvice> advice) {

    public MissingGlyphs {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(characters, "characters");
        Objects.requireNonNull(advice, "advice");
    }

    /** How many characters are missing. */
    public int count() {
        return characters.codePointCount(0, characters.length());
    }

    /** The first {@code max} characters, with "…" when there are more. */
    public String sample(int max) {
        if (count() <= max) {
            return characters;
        }
        return characters.substring(0, characters.offsetByCodePoints(0, max)) + "…";
    }
}
