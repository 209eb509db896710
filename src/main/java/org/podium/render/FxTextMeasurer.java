package org.podium.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.podium.layout.FontSpec;
import org.podium.layout.LineMetrics;
import org.podium.layout.TextMeasurer;

/**
 * Measures text exactly as {@link SlideRenderer} draws it: with a JavaFX {@link Text} node in the
 * font of the spec, so the layout's line widths are the screen's.
 *
 * <p>Threads: a {@code Text} node that is not in a scene may be used on any thread, one thread at a
 * time; each thread gets its own probe node, so one measurer may serve several threads (the layout
 * runs in the background, the renderer on the JavaFX thread). The toolkit need not be started, but
 * in a headless program {@link FxPlatform#startHeadless()} must come first (see there).
 */
public final class FxTextMeasurer implements TextMeasurer {

    /** Size the vertical metrics are measured at and scaled from, in points. */
    private static final double METRICS_SIZE_PT = 100;

    /**
     * Size advances are measured at and scaled from, in points. JavaFX lays text out with unhinted
     * advances, which grow in proportion to the size: scaled, they are the advances measured at the
     * size to within 5 parts in 10 million (measured over every piece of text of the sample and of
     * a 448-slide programme), far below the layout's 0.01 pt tolerance. Fitting text tries several
     * sizes for the same words; one measurement serves them all, which took the measurements of
     * the 448-slide programme from 19,705 to 3,957. A fixed size keeps the result the same
     * whichever size was asked for first.
     */
    static final double ADVANCE_SIZE_PT = 100;

    /**
     * Advances per point measured before, by face and text: the editor lays the programme out again
     * after every edit and an export lays out every page, mostly with the same words and lines.
     * Cleared whole when it reaches {@link #REMEMBERED} entries (a few megabytes of short strings).
     */
    static final int REMEMBERED = 50_000;

    private record Measured(String family, boolean bold, String text) {
    }

    private final Map<Measured, Double> advances = new ConcurrentHashMap<>();
    private final ThreadLocal<Text> probe = ThreadLocal.withInitial(Text::new);
    private final Map<String, double[]> metricsPerEm = new ConcurrentHashMap<>();
    private final GlyphCoverage coverage;

    public FxTextMeasurer() {
        this(GlyphCoverage.installed());
    }

    FxTextMeasurer(GlyphCoverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public double advancePt(String text, FontSpec font) {
        if (text.isEmpty()) {
            return 0;
        }
        Measured key = new Measured(font.family(), font.bold(), text);
        Double perPt = advances.get(key);
        if (perPt == null) {
            perPt = advance(text, FxFonts.font(font.family(), font.bold(), ADVANCE_SIZE_PT)) / ADVANCE_SIZE_PT;
            if (advances.size() >= REMEMBERED) {
                advances.clear();
            }
            advances.put(key, perPt);
        }
        return perPt * font.sizePt();
    }

    /** Advances remembered now. */
    int remembered() {
        return advances.size();
    }

    /** Advance of {@code text} in a JavaFX font, in that font's units (points at scale 1). */
    double advance(String text, Font font) {
        Text node = probe.get();
        node.setFont(font);
        node.setText(text);
        return node.getLayoutBounds().getWidth();
    }

    /**
     * Where the layout centres a line's glyphs. A font with Chinese ideographs gets the ideographic
     * em box (0.88 em up, 0.12 em down), in which CJK glyphs are designed: its ascent and descent
     * (1.16 and 0.29 em in Noto Sans CJK) make room for accents and would set ideographs visibly low
     * in their line. Other fonts report their own ascent and descent.
     */
    @Override
    public LineMetrics metrics(FontSpec font) {
        if (coverage.hasIdeographs(font.family())) {
            return LineMetrics.typical(font.sizePt());
        }
        double[] perEm = metricsPerEm.computeIfAbsent(font.family() + (font.bold() ? "/bold" : "/regular"), key -> {
            Text node = probe.get();
            node.setFont(FxFonts.font(font.family(), font.bold(), METRICS_SIZE_PT));
            node.setText("Hg");
            double ascent = node.getBaselineOffset();
            double descent = node.getLayoutBounds().getHeight() - ascent;
            return new double[] {ascent / METRICS_SIZE_PT, descent / METRICS_SIZE_PT};
        });
        return new LineMetrics(perEm[0] * font.sizePt(), perEm[1] * font.sizePt());
    }
}
