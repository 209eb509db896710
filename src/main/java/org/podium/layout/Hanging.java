package org.podium.layout;

/**
 * Hanging opening brackets (burasage): a full-width opening bracket or quotation mark draws its
 * glyph in the right half of its em box, so a left-aligned line starting with one looks indented
 * by half an em. The layout moves such a line left by that blank half (a centred line by a
 * quarter), so the bracket's ink lines up with the lines above and below.
 */
final class Hanging {

    /** Opening marks whose full-width glyph sits in the right half of the em box. */
    static final String OPENERS = "「『（《〈【〔“‘";

    /** A mark narrower than this share of the em is a proportional (Latin) glyph with no blank half. */
    private static final double FULL_WIDTH_EM = 0.8;

    private Hanging() {
    }

    /**
     * How far, in points, a line starting with a full-width opening mark may move left: half the
     * mark's advance; 0 for any other line or a proportional mark (as “ in a Latin font).
     */
    static double hangPt(String line, FontSpec font, TextMeasurer measurer) {
        if (line.isEmpty() || OPENERS.indexOf(line.codePointAt(0)) < 0) {
            return 0;
        }
        double advance = measurer.advancePt(line.substring(0, Character.charCount(line.codePointAt(0))), font);
        return advance >= FULL_WIDTH_EM * font.sizePt() ? advance / 2 : 0;
    }
}
