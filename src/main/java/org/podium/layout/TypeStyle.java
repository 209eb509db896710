package org.podium.layout;

import java.util.Objects;

/**
 * How a theme sets one {@link TextRole}. Sizes are for a slide 540 pt high and scale with the
 * slide's height (its width, if the slide is portrait).
 *
 * @param maxPt           preferred (largest) size at 540 pt slide height
 * @param minPt           smallest size before the text is reported as overflowing
 * @param bold            bold weight
 * @param face            which font stack: display (titles, names) or text
 * @param lineHeight      distance between baselines as a multiple of the size
 * @param letterSpacingEm extra space after each character, in em
 * @param colour          text colour
 */
public record TypeStyle(double maxPt, double minPt, boolean bold, Face face, double lineHeight, double letterSpacingEm,
                        Rgba colour) {

    /** The two font stacks of a theme. */
    public enum Face {
        DISPLAY,
        TEXT
    }

    public TypeStyle {
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(colour, "colour");
        if (!(minPt > 0 && maxPt >= minPt)) {
            throw new IllegalArgumentException("type sizes must satisfy 0 < minPt ≤ maxPt, were " + minPt + ", " + maxPt);
        }
        if (!(lineHeight >= 0.8 && lineHeight <= 3)) {
            throw new IllegalArgumentException("line height factor must be 0.8–3, was " + lineHeight);
        }
        if (!(letterSpacingEm >= -0.1 && letterSpacingEm <= 1)) {
            throw new IllegalArgumentException("letter spacing must be −0.1–1 em, was " + letterSpacingEm);
        }
    }
}
