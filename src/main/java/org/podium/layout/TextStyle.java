package org.podium.layout;

import java.util.Objects;

/**
 * What the fitter needs to set a piece of text: a resolved family and the range of sizes it may
 * use, already scaled to the slide.
 *
 * @param family          resolved family name
 * @param bold            bold weight
 * @param maxSizePt       largest size tried
 * @param minSizePt       smallest size; below it the text overflows at this size
 * @param lineHeight      distance between baselines as a multiple of the size
 * @param letterSpacingEm extra space after each character, in em; 0 for none
 * @param maxLines        most lines allowed; 0 for no limit
 * @param breakMode       how lines are chosen
 */
public record TextStyle(String family, boolean bold, double maxSizePt, double minSizePt, double lineHeight,
                        double letterSpacingEm, int maxLines, BreakMode breakMode) {

    public TextStyle {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(breakMode, "breakMode");
        if (!(minSizePt > 0 && maxSizePt >= minSizePt)) {
            throw new IllegalArgumentException("font sizes must satisfy 0 < min ≤ max, were " + minSizePt + " and " + maxSizePt);
        }
        if (!(lineHeight > 0)) {
            throw new IllegalArgumentException("line height factor must be positive, was " + lineHeight);
        }
        if (maxLines < 0) {
            throw new IllegalArgumentException("max lines must be ≥ 0, was " + maxLines);
        }
    }

    public FontSpec font(double sizePt) {
        return new FontSpec(family, sizePt, bold);
    }

    public TextStyle withMaxLines(int newMaxLines) {
        return new TextStyle(family, bold, maxSizePt, minSizePt, lineHeight, letterSpacingEm, newMaxLines, breakMode);
    }

    public TextStyle withBreakMode(BreakMode newMode) {
        return new TextStyle(family, bold, maxSizePt, minSizePt, lineHeight, letterSpacingEm, maxLines, newMode);
    }

    /** The same style with its sizes capped at {@code capPt} (never below the minimum). */
    public TextStyle withMaxSize(double capPt) {
        double max = Math.max(minSizePt, Math.min(maxSizePt, capPt));
        return new TextStyle(family, bold, max, minSizePt, lineHeight, letterSpacingEm, maxLines, breakMode);
    }

    /** The same style with another size range. */
    public TextStyle withSizes(double newMaxSizePt, double newMinSizePt) {
        return new TextStyle(family, bold, newMaxSizePt, newMinSizePt, lineHeight, letterSpacingEm, maxLines, breakMode);
    }

    /** The same style fixed at one size. */
    public TextStyle atSize(double sizePt) {
        return new TextStyle(family, bold, sizePt, sizePt, lineHeight, letterSpacingEm, maxLines, breakMode);
    }
}
