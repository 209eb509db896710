package org.podium.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.CompletableFuture;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.podium.layout.FontSpec;
import org.podium.layout.LineMetrics;

class FxTextMeasurerTest {

    private static final String CJK = "Noto Sans CJK TC";
    private final FxTextMeasurer measurer = new FxTextMeasurer();

    @BeforeAll
    static void toolkitAndFonts() {
        FxPlatform.startHeadless();
        assumeTrue(new FxFontResolver().isInstalled(CJK), "needs fonts-noto-cjk");
    }

    @Test
    void longerTextHasTheLongerAdvance() {
        FontSpec font = new FontSpec(CJK, 32, false);

        double one = measurer.advancePt("建鄴", font);
        double more = measurer.advancePt("建鄴區區級機關", font);
        double latin = measurer.advancePt("Podium 2021", font);

        assertThat(more).isGreaterThan(one);
        assertThat(latin).isGreaterThan(measurer.advancePt("Podium", font));
        assertThat(measurer.advancePt("", font)).isZero();
    }

    @Test
    void aRememberedAdvanceIsTheOneMeasuredAndTheMemoryStaysBounded() {
        FontSpec regular = new FontSpec(CJK, 32, false);
        FontSpec bold = new FontSpec(CJK, 32, true);
        double first = measurer.advancePt("建鄴區區級機關 Party", regular);
        double boldFirst = measurer.advancePt("建鄴區區級機關 Party", bold);

        assertThat(measurer.advancePt("建鄴區區級機關 Party", regular)).isEqualTo(first)
                .isCloseTo(measurer.advance("建鄴區區級機關 Party", FxFonts.font(regular)), within(1e-5 * first));
        assertThat(measurer.advancePt("建鄴區區級機關 Party", bold)).as("each font its own")
                .isEqualTo(boldFirst)
                .isCloseTo(measurer.advance("建鄴區區級機關 Party", FxFonts.font(bold)), within(1e-5 * boldFirst));
        for (int i = 0; i < FxTextMeasurer.REMEMBERED + 10; i++) {
            measurer.advancePt(Integer.toString(i), regular);
        }
        assertThat(measurer.remembered()).isBetween(1, FxTextMeasurer.REMEMBERED);
        assertThat(measurer.advancePt("建鄴區區級機關 Party", regular)).isEqualTo(first);
    }

    @Test
    void anIdeographIsOneEmWide() {
        assertThat(measurer.advancePt("建", new FontSpec(CJK, 40, false))).isCloseTo(40, within(0.5));
        assertThat(measurer.advancePt("「兩優一先」", new FontSpec(CJK, 40, true))).isCloseTo(240, within(1.0));
    }

    /** Fitting tries the same words at several sizes: one measurement serves every size. */
    @Test
    void theSameWordsAtAnotherSizeAreScaledNotMeasuredAgain() {
        String words = "賡續初心使命 Podium 2021";
        double at40 = measurer.advancePt(words, new FontSpec(CJK, 40, false));
        int measured = measurer.remembered();

        for (double sizePt : new double[] {12, 17.5, 33, 96}) {
            double scaled = measurer.advancePt(words, new FontSpec(CJK, sizePt, false));
            double exact = measurer.advance(words, FxFonts.font(new FontSpec(CJK, sizePt, false)));
            assertThat(scaled).as("%s pt", sizePt).isCloseTo(exact, within(1e-5 * exact))
                    .isCloseTo(at40 * sizePt / 40, within(1e-9 * exact));
        }
        assertThat(measurer.remembered()).isEqualTo(measured);
    }

    @Test
    void advancesScaleWithTheSize() {
        double at20 = measurer.advancePt("微星光 Party 50", new FontSpec(CJK, 20, false));
        double at60 = measurer.advancePt("微星光 Party 50", new FontSpec(CJK, 60, false));

        assertThat(at60).isCloseTo(3 * at20, within(0.01 * at60));
    }

    @Test
    void boldIsTheBoldFaceOfTheFamily() {
        Font bold = FxFonts.font(new FontSpec(CJK, 30, true));
        Font regular = FxFonts.font(new FontSpec(CJK, 30, false));

        assertThat(bold.getFamily()).isEqualTo(CJK);
        assertThat(bold.getName()).containsIgnoringCase("bold");
        assertThat(regular.getName()).doesNotContainIgnoringCase("bold");
        assertThat(FxFonts.font(new FontSpec("Noto Serif CJK TC", 30, true)).getName()).containsIgnoringCase("bold");
        assertThat(measurer.advancePt("Podium", new FontSpec(CJK, 30, true)))
                .isGreaterThan(measurer.advancePt("Podium", new FontSpec(CJK, 30, false)));
    }

    @Test
    void measuringOffTheFxThreadGivesWhatTheFxThreadMeasures() {
        FontSpec font = new FontSpec(CJK, 36, true);
        String text = "「光榮在黨50年」老黨員頒發獎杯";

        double here = measurer.advancePt(text, font);
        double onFx = FxPlatform.call(() -> measurer.advancePt(text, font));
        double elsewhere = CompletableFuture.supplyAsync(() -> measurer.advancePt(text, font)).join();

        assertThat(here).isEqualTo(onFx).isEqualTo(elsewhere);
    }

    @Test
    void chineseFontsUseTheIdeographicEmBoxOthersTheirOwnMetrics() {
        assertThat(measurer.metrics(new FontSpec(CJK, 50, false))).isEqualTo(LineMetrics.typical(50));

        LineMetrics latin = measurer.metrics(new FontSpec("DejaVu Sans", 50, false));
        assertThat(latin.ascentPt()).isBetween(40.0, 55.0);
        assertThat(latin.descentPt()).isBetween(5.0, 20.0);
        assertThat(measurer.metrics(new FontSpec("DejaVu Sans", 100, false)).ascentPt())
                .isCloseTo(2 * latin.ascentPt(), within(0.01));
    }
}
