package org.podium.layout;

import java.util.List;
import java.util.Objects;

/**
 * Text set at a chosen size and broken into lines, not yet positioned.
 *
 * @param font            the chosen font
 * @param lines           broken lines, at least one
 * @param lineWidthsPt    measured width of each line
 * @param lineHeightPt    distance between baselines
 * @param letterSpacingPt extra advance between characters
 * @param overflow        true when even the smallest size did not fit
 */
public record FittedText(FontSpec font, List<String> lines, List<Double> lineWidthsPt, double lineHeightPt,
                         double letterSpacingPt, boolean overflow) {

    public FittedText {
        Objects.requireNonNull(font, "font");
        lines = List.copyOf(lines);
        lineWidthsPt = List.copyOf(lineWidthsPt);
        if (lines.size() != lineWidthsPt.size()) {
            throw new IllegalArgumentException("one width per line needed");
        }
    }

    public double sizePt() {
        return font.sizePt();
    }

    /** Height of the text block: one line height per line. */
    public double heightPt() {
        return lines.size() * lineHeightPt;
    }

    public double maxLineWidthPt() {
        return lineWidthsPt.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
