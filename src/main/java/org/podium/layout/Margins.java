package org.podium.layout;

/**
 * Space kept clear at the slide's edges, as fractions of the slide's <em>shorter side</em> (the
 * height of any landscape slide), so a wide LED wall gets the same margins as a 16:9 slide rather
 * than huge side margins.
 */
public record Margins(double top, double right, double bottom, double left) {

    public Margins {
        if (!(top >= 0 && right >= 0 && bottom >= 0 && left >= 0 && top + bottom < 0.8)) {
            throw new IllegalArgumentException("margins must be ≥ 0 and leave room: " + top + ", " + right + ", "
                    + bottom + ", " + left);
        }
    }

    /** The content area of a slide of that size. */
    public Rect content(double slideWidthPt, double slideHeightPt) {
        double unit = Math.min(slideWidthPt, slideHeightPt);
        return Rect.ofEdges(left * unit, top * unit, slideWidthPt - right * unit, slideHeightPt - bottom * unit);
    }
}
