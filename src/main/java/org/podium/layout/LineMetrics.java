package org.podium.layout;

/**
 * Vertical extent of a font's em box above and below the baseline, in points at a given size.
 * The layout centres this box in each line, so the baseline sits {@code (lineHeight − (ascent +
 * descent)) / 2 + ascent} below the line's top.
 */
public record LineMetrics(double ascentPt, double descentPt) {

    /** Share of the em above the baseline in CJK fonts' ideographic em box (Noto/Source Han: 880/1000). */
    public static final double TYPICAL_ASCENT_EM = 0.88;

    public static LineMetrics typical(double sizePt) {
        return new LineMetrics(sizePt * TYPICAL_ASCENT_EM, sizePt * (1 - TYPICAL_ASCENT_EM));
    }
}
