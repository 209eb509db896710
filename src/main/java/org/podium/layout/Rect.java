package org.podium.layout;

/**
 * An axis-aligned rectangle in points, y growing downwards from the slide's top-left corner.
 * Width and height are never negative.
 */
public record Rect(double xPt, double yPt, double widthPt, double heightPt) {

    /** Tolerance for containment checks, in points: rounding, not design. */
    static final double EPSILON_PT = 0.01;

    public Rect {
        if (!(widthPt >= 0 && heightPt >= 0) || !Double.isFinite(xPt) || !Double.isFinite(yPt)
                || !Double.isFinite(widthPt) || !Double.isFinite(heightPt)) {
            throw new IllegalArgumentException(
                    "rectangle needs finite coordinates and a size ≥ 0: " + xPt + ", " + yPt + ", " + widthPt + " × " + heightPt);
        }
    }

    /** The rectangle between two edges; an inverted pair gives an empty rectangle at {@code left, top}. */
    public static Rect ofEdges(double leftPt, double topPt, double rightPt, double bottomPt) {
        return new Rect(leftPt, topPt, Math.max(0, rightPt - leftPt), Math.max(0, bottomPt - topPt));
    }

    public double maxXPt() {
        return xPt + widthPt;
    }

    public double maxYPt() {
        return yPt + heightPt;
    }

    public double centreXPt() {
        return xPt + widthPt / 2;
    }

    public double centreYPt() {
        return yPt + heightPt / 2;
    }

    public double aspectRatio() {
        return heightPt == 0 ? 0 : widthPt / heightPt;
    }

    public boolean isEmpty() {
        return widthPt <= 0 || heightPt <= 0;
    }

    /** Shrunk by the same amount on every side; never below zero size. */
    public Rect inset(double pt) {
        return inset(pt, pt, pt, pt);
    }

    public Rect inset(double leftPt, double topPt, double rightPt, double bottomPt) {
        double width = Math.max(0, widthPt - leftPt - rightPt);
        double height = Math.max(0, heightPt - topPt - bottomPt);
        return new Rect(xPt + Math.min(leftPt, widthPt), yPt + Math.min(topPt, heightPt), width, height);
    }

    /** A rectangle of the given size centred on this one's centre. */
    public Rect centred(double newWidthPt, double newHeightPt) {
        return new Rect(centreXPt() - newWidthPt / 2, centreYPt() - newHeightPt / 2, newWidthPt, newHeightPt);
    }

    /** True when {@code other} lies wholly within this rectangle (edges may touch). */
    public boolean contains(Rect other) {
        return other.xPt >= xPt - EPSILON_PT && other.yPt >= yPt - EPSILON_PT
                && other.maxXPt() <= maxXPt() + EPSILON_PT && other.maxYPt() <= maxYPt() + EPSILON_PT;
    }

    /** True when the interiors overlap; rectangles that only share an edge do not. */
    public boolean overlaps(Rect other) {
        return other.xPt < maxXPt() - EPSILON_PT && xPt < other.maxXPt() - EPSILON_PT
                && other.yPt < maxYPt() - EPSILON_PT && yPt < other.maxYPt() - EPSILON_PT;
    }
}
