package org.podium.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.layout.Fill;
import org.podium.layout.FontSpec;
import org.podium.layout.Rect;
import org.podium.layout.Rgba;
import org.podium.layout.SlideLayout;
import org.podium.layout.TextAlign;
import org.podium.layout.TextBox;
import org.podium.layout.TextLine;
import org.podium.layout.TextRole;
import org.podium.layout.Themes;
import org.podium.model.Language;
import org.podium.model.Programme;
import org.podium.model.Slide;
import org.podium.model.TitleCard;

class FontCoverageTest {

    /** "Serif CJK" has every BMP character, "Latin" only ASCII; "Missing" is not installed. */
    private static final GlyphCoverage FAKE = new GlyphCoverage() {
        private final Map<String, java.util.function.IntPredicate> fonts = Map.of(
                "Serif CJK", cp -> cp < 0x10000,
                "Noto Sans CJK TC", cp -> cp < 0x10000,
                "Latin", cp -> cp < 0x80);

        @Override
        public boolean isInstalled(String family) {
            return fonts.containsKey(family);
        }

        @Override
        public boolean canDisplay(String family, int codePoint) {
            return isInstalled(family) && fonts.get(family).test(codePoint);
        }
    };

    private static SlideLayout slide(TextBox... boxes) {
        return new SlideLayout(960, 540, Fill.solid(Rgba.BLACK), List.of(boxes));
    }

    private static TextBox text(String family, String... lines) {
        List<TextLine> placed = java.util.stream.IntStream.range(0, lines.length)
                .mapToObj(i -> new TextLine(lines[i], 0, 40 + 40 * i, 100)).toList();
        return new TextBox(new Rect(0, 0, 960, 40 * lines.length), placed, new FontSpec(family, 32, false), Rgba.WHITE,
                TextAlign.LEFT, 40, 0, TextRole.BODY, false);
    }

    @Test
    void everythingCoveredGivesNothing() {
        List<MissingGlyphs> missing = new FontCoverage(FAKE)
                .check(List.of(slide(text("Serif CJK", "建鄴區「兩優一先」", "Podium 2021"), text("Latin", "Jianye"))),
                        Language.ZH_HANT);

        assertThat(missing).isEmpty();
    }

    @Test
    void charactersTheChosenFontLacksAreListedOncePerFamilyInOrder() {
        List<MissingGlyphs> missing = new FontCoverage(FAKE).check(List.of(
                slide(text("Latin", "楊贊元 說：", "楊 too")),
                slide(text("Serif CJK", "𠀀字"), text("Latin", "元年"))), Language.ZH_HANT);

        assertThat(missing).hasSize(2);
        MissingGlyphs latin = missing.get(0);
        assertThat(latin.family()).isEqualTo("Latin");
        assertThat(latin.installed()).isTrue();
        assertThat(latin.characters()).as("no spaces, each once").isEqualTo("楊贊元說：年");
        assertThat(latin.count()).isEqualTo(6);
        assertThat(latin.advice()).contains(new FontAdvice("fonts-noto-cjk", "Noto Sans CJK TC"));

        MissingGlyphs rare = missing.get(1);
        assertThat(rare.characters()).isEqualTo("𠀀");
        assertThat(rare.count()).isEqualTo(1);
        assertThat(rare.advice()).as("Noto Sans CJK TC is installed and lacks it too").isEmpty();
    }

    @Test
    void aFamilyThatIsNotInstalledCoversNothing() {
        List<MissingGlyphs> missing = new FontCoverage(FAKE)
                .check(List.of(slide(text("Missing", "分享會 Jianyee"))), Language.ZH_HANS);

        assertThat(missing).singleElement().satisfies(m -> {
            assertThat(m.installed()).isFalse();
            assertThat(m.characters()).isEqualTo("分享會Jianye");
            assertThat(m.advice()).contains(new FontAdvice("fonts-noto-cjk", "Noto Sans CJK SC"));
            assertThat(m.sample(4)).isEqualTo("分享會J…");
        });
    }

    @Test
    void latinTextIsAdvisedNotoSans() {
        List<MissingGlyphs> missing = new FontCoverage(FAKE).check(List.of(slide(text("Missing", "Ode"))), Language.EN);

        assertThat(missing.get(0).advice()).contains(new FontAdvice("fonts-noto-core", "Noto Sans"));
    }

    @Test
    void aFamilyJava2dDoesNotKnowIsNotInstalledRatherThanItsFallback() {
        GlyphCoverage installed = GlyphCoverage.installed();

        assertThat(installed.isInstalled("Podium No Such Family")).isFalse();
        assertThat(installed.canDisplay("Podium No Such Family", 'A')).isFalse();
        assertThat(installed.hasIdeographs("Podium No Such Family")).isFalse();
    }

    @Test
    void theSampleIsCoveredByTheInstalledNotoFonts() throws IOException {
        assumeTrue(GlyphCoverage.installed().isInstalled("Noto Sans CJK TC")
                && GlyphCoverage.installed().isInstalled("Noto Serif CJK TC"), "needs fonts-noto-cjk");
        try (OpenedProgramme sample = PodiumFile.read(Path.of("assets/samples/jianye-sharing-session.podium"))) {
            assertThat(FontCoverage.of(sample.programme(), Themes.bundled())).isEmpty();
        }
    }

    @Test
    void aRareIdeographIsFoundInARealProgramme() {
        assumeTrue(GlyphCoverage.installed().isInstalled("Noto Serif CJK TC"), "needs fonts-noto-cjk");
        assumeTrue(!GlyphCoverage.installed().canDisplay("Noto Serif CJK TC", 0x20000), "U+20000 is not in Noto CJK");
        Programme programme = Programme.empty("分享會", Language.ZH_HANT).withSegments(List.of(
                org.podium.model.Segment.of(org.podium.model.SegmentKind.OPENING, "開場")
                        .withSlides(List.of(Slide.of(new TitleCard("𠀀村分享會", ""))))));

        List<MissingGlyphs> missing = FontCoverage.of(programme, Themes.bundled());

        assertThat(missing).singleElement().satisfies(m -> {
            assertThat(m.characters()).isEqualTo("𠀀");
            assertThat(m.family()).isEqualTo("Noto Serif CJK TC");
            assertThat(m.installed()).isTrue();
        });
    }
}
