package org.podium.layout;

import java.util.Objects;

/**
 * A painted rectangle: rules, bands, backdrops, decorations.
 *
 * @param rect           the area
 * @param fill           colour or gradient
 * @param cornerRadiusPt rounding of the corners; 0 for square, half the shorter side for a pill or circle
 * @param opacity        0–1, applied on top of the fill's own alpha
 */
public record FillBox(Rect rect, Fill fill, double cornerRadiusPt, double opacity) implements Box {

    public FillBox {
        Objects.requireNonNull(rect, "rect");
        Objects.requireNonNull(fill, "fill");
        if (!(cornerRadiusPt >= 0)) {
            throw new IllegalArgumentException("corner radius must be ≥ 0, was " + cornerRadiusPt);
        }
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be 0–1, was " + opacity);
        }
    }

    public static FillBox of(Rect rect, Rgba colour) {
        return new FillBox(rect, Fill.solid(colour), 0, 1);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.fill(this);
    }
}
