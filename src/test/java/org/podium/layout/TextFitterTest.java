package org.podium.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFitterTest {

    private final TextFitter fitter = new TextFitter(FakeMeasurer.INSTANCE);

    private static TextStyle style(double max, double min) {
        return new TextStyle("Fake", true, max, min, 1.25, 0, 0, BreakMode.BALANCED);
    }

    @Test
    void balancedTextTakesASlightlySmallerSizeRatherThanSplitAWord() {
        // at 20 pt ten characters fit a line and the only two-line break falls inside 兢兢業業
        String text = "一二三四五六七八九兢兢業業十甲乙丙丁戊己";
        TextStyle balanced = new TextStyle("Fake", false, 20, 10, 1.2, 0, 2, BreakMode.BALANCED);
        FittedText fitted = fitter.fit(text, balanced, 200, 200);
        assertThat(fitted.sizePt()).isEqualTo(18);
        assertThat(fitted.lines()).containsExactly("一二三四五六七八九", "兢兢業業十甲乙丙丁戊己");
        // greedy text keeps the largest size, as does text that cannot be broken well within 10 %
        assertThat(fitter.fit(text, balanced.withBreakMode(BreakMode.GREEDY), 200, 200).sizePt()).isEqualTo(20);
        assertThat(fitter.fit("一二三四五六七八九兢兢業業十甲乙丙丁戊己", balanced.withSizes(30, 10), 300, 200).lines())
                .hasSize(2);
    }

    @Test
    void oneShortLineGetsTheMaximumSize() {
        FittedText fitted = fitter.fit("分享會", style(60, 20), 800, 200);
        assertThat(fitted.sizePt()).isEqualTo(60);
        assertThat(fitted.lines()).containsExactly("分享會");
        assertThat(fitted.overflow()).isFalse();
    }

    @Test
    void choosesTheLargestSizeThatFits() {
        String title = "建鄴區區級機關「兩優一先」先進事跡分享會";
        TextStyle style = style(80, 20);
        FittedText fitted = fitter.fit(title, style, 500, 150);
        assertThat(fitted.overflow()).isFalse();
        assertThat(fitted.heightPt()).isLessThanOrEqualTo(150);
        assertThat(fitted.maxLineWidthPt()).isLessThanOrEqualTo(500);
        assertThat(fitted.sizePt()).isLessThan(80);
        // half a point larger no longer fits
        FittedText larger = fitter.fit(title, style.atSize(fitted.sizePt() + TextFitter.SIZE_STEP_PT), 500, 150);
        assertThat(larger.overflow()).isTrue();
        assertThat(String.join("", fitted.lines())).isEqualTo(title);
    }

    @Test
    void sizesGoDownInHalfPointSteps() {
        FittedText fitted = fitter.fit("一二三四五六七八九十", style(60, 10), 333, 60);
        assertThat(fitted.sizePt() * 2).isEqualTo(Math.rint(fitted.sizePt() * 2));
        assertThat(fitted.sizePt()).isEqualTo(33);
    }

    @Test
    void textThatCannotFitIsSetAtTheMinimumAndFlaggedNotCut() {
        String text = "在平凡崗位書寫不平凡，追求卓越、勇爭一流已成為建鄴機關干部最鮮明的底色。".repeat(4);
        FittedText fitted = fitter.fit(text, style(40, 20), 300, 60);
        assertThat(fitted.overflow()).isTrue();
        assertThat(fitted.sizePt()).isEqualTo(20);
        assertThat(String.join("", fitted.lines())).isEqualTo(text);
        assertThat(fitted.heightPt()).isGreaterThan(60);
    }

    @Test
    void maxLinesLimitsTheLineCount() {
        TextStyle twoLines = style(60, 10).withMaxLines(2);
        FittedText fitted = fitter.fit("一二三四五六七八九十一二三四五六七八九十", twoLines, 400, 1000);
        assertThat(fitted.lines()).hasSize(2);
        assertThat(fitted.sizePt()).isEqualTo(40);
    }

    @Test
    void paragraphsFittedTogetherShareOneSize() {
        List<FittedText> points = fitter.fitTogether(List.of("短", "這是一個比較長的要點，需要換行才能放得下"), style(40, 10), 0.5,
                300, 200);
        assertThat(points).hasSize(2);
        assertThat(points.get(0).sizePt()).isEqualTo(points.get(1).sizePt());
        double height = points.get(0).heightPt() + points.get(1).heightPt() + 0.5 * points.get(0).sizePt();
        assertThat(height).isLessThanOrEqualTo(200);
    }
}
