package org.podium.layout;

/**
 * Line weights and radii of a theme, in points on a slide 540 pt high (scaled like type sizes).
 *
 * @param rulePt              decorative rules beside headings and under titles
 * @param hairlinePt          thin dividers (between speaker columns, above a caption)
 * @param frameWidthPt        outline of portrait frames; 0 for none
 * @param photoCornerRadiusPt rounding of photos and portraits; 0 for square
 */
public record ThemeMeasures(double rulePt, double hairlinePt, double frameWidthPt, double photoCornerRadiusPt) {

    public ThemeMeasures {
        if (!(rulePt >= 0 && hairlinePt >= 0 && frameWidthPt >= 0 && photoCornerRadiusPt >= 0)) {
            throw new IllegalArgumentException("theme measures must be ≥ 0");
        }
    }
}
