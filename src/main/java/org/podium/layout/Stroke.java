package org.podium.layout;

import java.util.Objects;

/**
 * An outline drawn inside the edge of a box.
 *
 * @param colour  line colour
 * @param widthPt line width in points; 0 means no outline
 */
public record Stroke(Rgba colour, double widthPt) {

    public static final Stroke NONE = new Stroke(Rgba.TRANSPARENT, 0);

    public Stroke {
        Objects.requireNonNull(colour, "colour");
        if (!(widthPt >= 0)) {
            throw new IllegalArgumentException("stroke width must be ≥ 0, was " + widthPt);
        }
    }

    public boolean isNone() {
        return widthPt == 0 || colour.alpha() == 0;
    }
}
