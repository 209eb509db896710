package org.podium.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.podium.model.Language;
import org.podium.model.Person;
import org.podium.model.Programme;
import org.podium.model.Quote;
import org.podium.model.Segment;
import org.podium.model.Slide;
import org.podium.model.SlideContent;
import org.podium.model.SlideFormat;
import org.podium.model.SlideKind;
import org.podium.model.TitleCard;

class SlideLayoutEngineTest {

    static final List<SlideFormat> FORMATS = List.of(SlideFormat.WIDE_16_9, SlideFormat.STANDARD_4_3,
            SlideFormat.WIDE_16_10, SlideFormat.LED_32_9);

    private final SlideLayoutEngine engine = new SlideLayoutEngine(Themes.bundled(), FakeMeasurer.INSTANCE, f -> true);

    static Stream<Arguments> formatsAndThemes() {
        List<Arguments> out = new ArrayList<>();
        for (SlideFormat format : FORMATS) {
            out.add(Arguments.of(format, "crimson-gold", Language.ZH_HANT));
        }
        for (String theme : Themes.bundled().ids()) {
            out.add(Arguments.of(SlideFormat.WIDE_16_9, theme, Language.ZH_HANS));
        }
        out.add(Arguments.of(SlideFormat.custom(1280, 1024), "paper", Language.EN));
        out.add(Arguments.of(SlideFormat.custom(540, 960), "formal-blue", Language.ZH_HANT));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("formatsAndThemes")
    void everyKindLaysOutInsideTheSlideWithoutOverlappingText(SlideFormat format, String theme, Language language) {
        Programme programme = Samples.programme(format, language, theme, Samples.everyKind());
        List<SlidePage> pages = engine.layout(programme);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(Samples.everyKind().size());
        for (SlidePage page : pages) {
            SlideLayout layout = page.layout();
            String what = format.id() + " " + format.widthPt() + "×" + format.heightPt() + " "
                    + programme.segments().get(0).slide(page.slideId()).orElseThrow().content().kind();
            assertThat(layout.widthPt()).isEqualTo(format.widthPt());
            assertThat(layout.heightPt()).isEqualTo(format.heightPt());
            LayoutChecks.assertWellFormed(layout, what);
            assertThat(layout.overflows()).as(what).isEmpty();
        }
    }

    @Test
    void everyKindButTheHonourRollGivesExactlyOnePage() {
        Programme programme = Samples.programme(SlideFormat.WIDE_16_9, Language.ZH_HANT, "crimson-gold",
                Samples.everyKind());
        Segment segment = programme.segments().get(0);
        for (Slide slide : segment.slides()) {
            if (slide.content().kind() != SlideKind.HONOUR_ROLL) {
                assertThat(engine.layout(slide, segment, programme)).as(slide.content().kind().id()).hasSize(1);
            }
        }
    }

    @Test
    void programmeLayoutListsPagesInOrderWithTheirSlides() {
        List<SlideContent> contents = List.of(new TitleCard("", ""),
                new org.podium.model.HonourRoll("名單", Samples.names(200, false)), new Quote("好", Person.named("")));
        Programme programme = Samples.programme(SlideFormat.WIDE_16_9, Language.ZH_HANT, "crimson-gold", contents);
        List<Slide> slides = programme.slides();
        List<SlidePage> pages = engine.layout(programme);
        assertThat(pages.get(0).slideId()).isEqualTo(slides.get(0).id());
        assertThat(pages.get(pages.size() - 1).slideId()).isEqualTo(slides.get(2).id());
        List<SlidePage> roll = pages.stream().filter(p -> p.slideId().equals(slides.get(1).id())).toList();
        assertThat(roll).hasSizeGreaterThan(1);
        for (int i = 0; i < roll.size(); i++) {
            assertThat(roll.get(i).pageIndex()).isEqualTo(i);
            assertThat(roll.get(i).pageCount()).isEqualTo(roll.size());
            assertThat(roll.get(i).segmentId()).isEqualTo(programme.segments().get(0).id());
        }
    }

    @Test
    void typeSizesScaleWithTheSlideHeight() {
        List<SlideContent> title = List.of(new TitleCard("分享會", ""));
        double small = titleSize(Samples.programme(SlideFormat.custom(480, 270), Language.ZH_HANT, "paper", title));
        double large = titleSize(Samples.programme(SlideFormat.custom(1920, 1080), Language.ZH_HANT, "paper", title));
        assertThat(large).isEqualTo(small * 4);
    }

    private double titleSize(Programme programme) {
        SlideLayout layout = engine.layout(programme).get(0).layout();
        return LayoutChecks.text(layout, TextRole.TITLE).font().sizePt();
    }

    @Test
    void overflowingTextIsFlaggedAndListedNotCut() {
        String long_ = "在平凡崗位書寫不平凡，追求卓越、勇爭一流已成為建鄴機關干部最鮮明的底色。".repeat(12);
        Programme programme = Samples.programme(SlideFormat.WIDE_16_9, Language.ZH_HANT, "crimson-gold",
                List.of(new Quote(long_, new Person("陳懷健", "書記"))));
        SlideLayout layout = engine.layout(programme).get(0).layout();
        TextBox quote = LayoutChecks.text(layout, TextRole.QUOTE);
        assertThat(quote.overflow()).isTrue();
        assertThat(layout.hasOverflow()).isTrue();
        assertThat(layout.overflows()).hasSize(1);
        assertThat(quote.text().replace("\n", "")).isEqualTo("「" + long_ + "」");
        double min = Themes.bundled().load("crimson-gold").type(TextRole.QUOTE).minPt();
        assertThat(quote.font().sizePt()).isEqualTo(min);
    }

    @ParameterizedTest(name = "{0}×{1}")
    @org.junit.jupiter.params.provider.CsvSource({"72, 72", "4032, 72", "72, 4032", "300, 2000"})
    void extremeSlideSizesAndEmptyContentStillLayOut(double widthPt, double heightPt) {
        List<SlideContent> contents = new ArrayList<>(Samples.everyKind());
        contents.add(new Quote("", Person.named("")));
        contents.add(new TitleCard("", ""));
        contents.add(new org.podium.model.HonourRoll("", List.of()));
        contents.add(new org.podium.model.TextPoints("", List.of(" ", "")));
        contents.add(new org.podium.model.SpeakerCard(List.of(org.podium.model.Speaker.of(Person.named("")))));
        Programme programme = Samples.programme(SlideFormat.custom(widthPt, heightPt), Language.EN, "memorial", contents)
                .withTitle("").withDate(null).withVenue("").withOrganiser("");
        for (SlidePage page : engine.layout(programme)) {
            assertThat(page.layout().widthPt()).isEqualTo(widthPt);
            for (TextBox text : page.layout().textBoxes()) {
                assertThat(text.lines()).isNotEmpty();
                assertThat(text.font().sizePt()).isPositive();
            }
        }
    }

    @Test
    void anUnknownThemeIdFallsBackToTheDefaultTheme() {
        Programme programme = Samples.programme(SlideFormat.WIDE_16_9, Language.ZH_HANT, "no-such-theme",
                List.of(new TitleCard("分享會", "")));
        assertThat(engine.themeFor(programme).id()).isEqualTo(Programme.DEFAULT_THEME);
        assertThat(engine.layout(programme)).hasSize(1);
    }
}
