package org.podium.layout;

/**
 * Measures text for the layout. The render package implements it with JavaFX so that what the
 * layout measures is what the screen draws; tests use fixed advances.
 */
public interface TextMeasurer {

    /** Advance width of {@code text} set on one line in {@code font}, in points, without letter spacing. */
    double advancePt(String text, FontSpec font);

    /**
     * The em box used to place the baseline in a line. The default is the ideographic em box of
     * CJK fonts (0.88 em up, 0.12 em down), which also suits Latin text; an implementation may
     * report the font's own ascent and descent instead.
     */
    default LineMetrics metrics(FontSpec font) {
        return LineMetrics.typical(font.sizePt());
    }
}
