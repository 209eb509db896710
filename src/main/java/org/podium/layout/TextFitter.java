package org.podium.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Chooses the largest font size, in steps of {@value #SIZE_STEP_PT} pt from the style's maximum
 * down to its minimum, at which text breaks into lines that fit a box. When not even the minimum
 * fits, the text is set at the minimum and marked as overflowing: it is never cut silently.
 */
public final class TextFitter {

    public static final double SIZE_STEP_PT = 0.5;
    private static final double EPSILON_PT = 0.01;
    /** Largest share by which the size may shrink so that no line splits a likely word. */
    static final double MAX_SHRINK_FOR_BREAKS = 0.1;

    private final LineBreaker breaker;

    public TextFitter(TextMeasurer measurer) {
        this.breaker = new LineBreaker(Objects.requireNonNull(measurer, "measurer"));
    }

    /** Fits {@code text} into a box of {@code widthPt × heightPt}. */
    public FittedText fit(String text, TextStyle style, double widthPt, double heightPt) {
        return fitTogether(List.of(text), style, 0, widthPt, heightPt).get(0);
    }

    /**
     * Fits several paragraphs into one box at one shared size, {@code gapEm} of the size apart
     * (bullet points). The list returned has one entry per paragraph, in order.
     */
    public List<FittedText> fitTogether(List<String> paragraphs, TextStyle style, double gapEm, double widthPt,
                                        double heightPt) {
        List<Double> sizes = candidateSizes(style);
        int low = 0;
        int high = sizes.size() - 1;
        if (!fits(paragraphs, style, gapEm, sizes.get(high), widthPt, heightPt)) {
            return set(paragraphs, style, sizes.get(high), widthPt, true);
        }
        // sizes descend; find the first (largest) that fits, assuming smaller sizes fit at least as well
        while (low < high) {
            int mid = (low + high) / 2;
            if (fits(paragraphs, style, gapEm, sizes.get(mid), widthPt, heightPt)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return set(paragraphs, style, sizes.get(nicelyBroken(paragraphs, style, sizes, low, widthPt)), widthPt, false);
    }

    /**
     * Index of the size to use, from the largest that fits ({@code largest}) down by at most
     * {@value #MAX_SHRINK_FOR_BREAKS} of it: the first at which no line splits a likely word
     * (a break costing {@link BreakCosts#RUN_EDGE} or more), or the largest if none does.
     * At the largest size the lines are often so full that only a break inside a word fits;
     * slightly smaller type gives the balancing room. Greedy text is not affected.
     */
    private int nicelyBroken(List<String> paragraphs, TextStyle style, List<Double> sizes, int largest,
                             double widthPt) {
        if (style.breakMode() == BreakMode.GREEDY) {
            return largest;
        }
        double floor = sizes.get(largest) * (1 - MAX_SHRINK_FOR_BREAKS);
        for (int i = largest; i < sizes.size() && sizes.get(i) >= floor - EPSILON_PT; i++) {
            if (worstBreak(paragraphs, style, sizes.get(i), widthPt) < BreakCosts.RUN_EDGE) {
                return i;
            }
        }
        return largest;
    }

    private double worstBreak(List<String> paragraphs, TextStyle style, double sizePt, double widthPt) {
        FontSpec font = style.font(sizePt);
        double spacing = style.letterSpacingEm() * sizePt;
        double worst = 0;
        for (String paragraph : paragraphs) {
            worst = Math.max(worst, breaker.worstBreakCost(paragraph, font, spacing, widthPt, style.breakMode()));
        }
        return worst;
    }

    /** Sets text at one size, reporting overflow when a line is wider than {@code widthPt}. */
    public FittedText atSize(String text, TextStyle style, double sizePt, double widthPt) {
        FittedText fitted = set(List.of(text), style, sizePt, widthPt, false).get(0);
        boolean tooWide = fitted.maxLineWidthPt() > widthPt + EPSILON_PT;
        boolean tooMany = style.maxLines() > 0 && fitted.lines().size() > style.maxLines();
        return tooWide || tooMany
                ? new FittedText(fitted.font(), fitted.lines(), fitted.lineWidthsPt(), fitted.lineHeightPt(),
                        fitted.letterSpacingPt(), true)
                : fitted;
    }

    /** Width of {@code text} on one line at a size, letter spacing included. */
    public double widthPt(String text, TextStyle style, double sizePt) {
        return breaker.lineWidthPt(text, style.font(sizePt), style.letterSpacingEm() * sizePt);
    }

    private static List<Double> candidateSizes(TextStyle style) {
        List<Double> sizes = new ArrayList<>();
        for (double size = style.maxSizePt(); size > style.minSizePt() + EPSILON_PT; size -= SIZE_STEP_PT) {
            sizes.add(size);
        }
        sizes.add(style.minSizePt());
        return sizes;
    }

    private boolean fits(List<String> paragraphs, TextStyle style, double gapEm, double sizePt, double widthPt,
                         double heightPt) {
        FontSpec font = style.font(sizePt);
        double spacing = style.letterSpacingEm() * sizePt;
        int lines = 0;
        int nonEmpty = 0;
        for (String paragraph : paragraphs) {
            List<String> broken = breaker.breakLines(paragraph, font, spacing, widthPt, BreakMode.GREEDY);
            for (String line : broken) {
                if (breaker.lineWidthPt(line, font, spacing) > widthPt + EPSILON_PT) {
                    return false;
                }
            }
            lines += broken.size();
            nonEmpty += broken.isEmpty() ? 0 : 1;
        }
        if (style.maxLines() > 0 && lines > style.maxLines()) {
            return false;
        }
        double height = lines * sizePt * style.lineHeight() + Math.max(0, nonEmpty - 1) * gapEm * sizePt;
        return height <= heightPt + EPSILON_PT;
    }

    private List<FittedText> set(List<String> paragraphs, TextStyle style, double sizePt, double widthPt,
                                 boolean overflow) {
        FontSpec font = style.font(sizePt);
        double spacing = style.letterSpacingEm() * sizePt;
        List<FittedText> out = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            List<String> lines = breaker.breakLines(paragraph, font, spacing, widthPt, style.breakMode());
            List<Double> widths = lines.stream().map(line -> breaker.lineWidthPt(line, font, spacing)).toList();
            out.add(new FittedText(font, lines, widths, sizePt * style.lineHeight(), spacing, overflow));
        }
        return out;
    }
}
