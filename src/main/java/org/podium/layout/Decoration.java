package org.podium.layout;

import java.util.Objects;
import java.util.Set;
import org.podium.model.SlideKind;

/**
 * A shape a theme paints behind the content: a gold rule, a band, a frame line. It is placed like
 * a CSS absolutely positioned box, every length a fraction of the slide's <em>shorter side</em>
 * (its height when landscape):
 * horizontally by two of {@code left}, {@code right}, {@code width} (only {@code width} centres
 * it), vertically likewise; an unused length is {@code NaN}.
 *
 * @param left          distance from the left edge, or NaN
 * @param top           distance from the top edge, or NaN
 * @param right         distance from the right edge, or NaN
 * @param bottom        distance from the bottom edge, or NaN
 * @param width         width, or NaN
 * @param height        height, or NaN
 * @param fill          how it is painted
 * @param opacity       0–1
 * @param cornerRadius  rounding, fraction of the shorter side
 * @param kinds         slide kinds it appears on; empty for all
 */
public record Decoration(double left, double top, double right, double bottom, double width, double height, Fill fill,
                         double opacity, double cornerRadius, Set<SlideKind> kinds) {

    public Decoration {
        Objects.requireNonNull(fill, "fill");
        kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
        checkAxis(left, right, width, "left/right/width");
        checkAxis(top, bottom, height, "top/bottom/height");
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be 0–1, was " + opacity);
        }
    }

    /** Exactly two of start, end and size are needed, or size alone (centred). */
    private static void checkAxis(double start, double end, double size, String names) {
        boolean ok = Double.isNaN(size) ? !Double.isNaN(start) && !Double.isNaN(end)
                : Double.isNaN(start) || Double.isNaN(end);
        if (!ok) {
            throw new IllegalArgumentException("a decoration needs two of " + names + ", or the size alone to centre it");
        }
    }

    public boolean appliesTo(SlideKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    /** Where it goes on a slide of that size. */
    public Rect place(double slideWidthPt, double slideHeightPt) {
        double h = Math.min(slideWidthPt, slideHeightPt);
        double[] x = span(left * h, right * h, width * h, slideWidthPt);
        double[] y = span(top * h, bottom * h, height * h, slideHeightPt);
        return new Rect(x[0], y[0], Math.max(0, x[1]), Math.max(0, y[1]));
    }

    /** Start and size along one axis from two of start/end/size (NaN when unset). */
    private static double[] span(double start, double end, double size, double extent) {
        if (Double.isNaN(size)) {
            return new double[] {start, extent - start - end};
        }
        if (!Double.isNaN(start)) {
            return new double[] {start, size};
        }
        if (!Double.isNaN(end)) {
            return new double[] {extent - end - size, size};
        }
        return new double[] {(extent - size) / 2, size};
    }
}
