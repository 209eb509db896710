package org.podium.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.model.BlankCard;
import org.podium.model.HonourRoll;
import org.podium.model.Language;
import org.podium.model.Person;
import org.podium.model.Programme;
import org.podium.model.Quote;
import org.podium.model.SectionHeading;
import org.podium.model.SlideContent;
import org.podium.model.SlideFormat;
import org.podium.model.Speaker;
import org.podium.model.SpeakerCard;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;

class SlideKindsLayoutTest {

    private final SlideLayoutEngine engine = new SlideLayoutEngine(Themes.bundled(), FakeMeasurer.INSTANCE, f -> true);

    private SlideLayout layout(Language language, SlideContent content) {
        return layout(Samples.programme(SlideFormat.WIDE_16_9, language, "crimson-gold", List.of(content)));
    }

    private SlideLayout layout(Programme programme) {
        return engine.layout(programme).get(0).layout();
    }

    @Test
    void titleSlideShowsTheEventTitleLargestThenSubtitleThenDetails() {
        SlideLayout slide = layout(Language.ZH_HANT, new TitleCard("", "黨史學習教育"));
        TextBox title = LayoutChecks.text(slide, TextRole.TITLE);
        TextBox subtitle = LayoutChecks.text(slide, TextRole.SUBTITLE);
        TextBox details = LayoutChecks.text(slide, TextRole.DETAILS);
        assertThat(title.text().replace("\n", "")).isEqualTo(Samples.TITLE);
        assertThat(title.font().sizePt()).isGreaterThan(subtitle.font().sizePt());
        assertThat(subtitle.font().sizePt()).isGreaterThan(details.font().sizePt());
        assertThat(title.rect().maxYPt()).isLessThanOrEqualTo(subtitle.rect().yPt());
        assertThat(subtitle.rect().maxYPt()).isLessThanOrEqualTo(details.rect().yPt());
        assertThat(details.text().replace("\n", "")).startsWith("2021年6月23日").contains("建鄴區行政中心禮堂");
        // balanced: no line of the title is a stub of one or two characters
        assertThat(title.lines()).allSatisfy(line -> assertThat(line.text().length()).isGreaterThan(2));
        assertThat(title.align()).isEqualTo(TextAlign.CENTRE);
        // a rule between subtitle and details
        assertThat(slide.boxes()).anySatisfy(box -> {
            assertThat(box).isInstanceOf(FillBox.class);
            assertThat(box.rect().yPt()).isBetween(subtitle.rect().maxYPt(), details.rect().yPt());
        });
    }

    @Test
    void theDetailsLineLeavesOutWhatTheSubtitleAlreadySays() {
        SlideLayout slide = layout(Language.ZH_HANT, new TitleCard("", "賡續初心使命\n2021年6月23日　建鄴區行政中心禮堂"));
        String details = LayoutChecks.text(slide, TextRole.DETAILS).text().replace("\n", "");
        assertThat(details).isEqualTo("中共南京市建鄴區委區級機關工委");
        assertThat(LayoutChecks.text(slide, TextRole.SUBTITLE).text().replace("\n", "")).contains("2021年6月23日");

        SlideLayout withoutDetails = layout(Language.ZH_HANT,
                new TitleCard("", "2021年6月23日 建鄴區行政中心禮堂 中共南京市建鄴區委區級機關工委"));
        assertThat(withoutDetails.textBoxes()).noneMatch(box -> box.role() == TextRole.DETAILS);
    }

    @Test
    void formalBluesAccentRuleSitsAtTheContentsLeftEdgeJustAboveItAndOnlyOnLeftAlignedSlides() {
        List<SlideContent> contents = List.of(new TitleCard("", "黨史學習教育"), new SectionHeading("學史增信", ""),
                new HonourRoll("「微星光」黨員", Samples.names(6, true)),
                new TextPoints("新老建鄴", List.of("從「老破小窮」的落後地區", "到城市中心")));
        List<SlidePage> pages = engine.layout(Samples.programme(SlideFormat.WIDE_16_9, Language.ZH_HANT, "formal-blue",
                contents));
        Rect content = Themes.bundled().load("formal-blue").margins().content(960, 540);
        for (SlidePage page : pages) {
            List<Box> accents = page.layout().boxes().stream()
                    .filter(box -> box instanceof FillBox && box.rect().widthPt() < 100 && box.rect().maxYPt() < content.yPt())
                    .toList();
            TextBox first = page.layout().textBoxes().get(0);
            if (first.align() == TextAlign.LEFT) {
                assertThat(accents).hasSize(1);
                Rect accent = accents.get(0).rect();
                assertThat(accent.xPt()).isCloseTo(content.xPt(), within(0.5));
                assertThat(content.yPt() - accent.maxYPt()).as("gap above the content").isBetween(2.0, 20.0);
            } else {
                assertThat(accents).as("no stray corner mark over centred content").isEmpty();
            }
        }
    }

    @Test
    void datesAreWrittenTheWayEachLanguageWritesThem() {
        assertThat(Details.date(LocalDate.of(2021, 6, 23), Language.ZH_HANT)).isEqualTo("2021年6月23日");
        assertThat(Details.date(LocalDate.of(2021, 6, 23), Language.ZH_HANS)).isEqualTo("2021年6月23日");
        assertThat(Details.date(LocalDate.of(2021, 6, 23), Language.EN)).isEqualTo("23 June 2021");
        SlideLayout english = layout(Language.EN, new TitleCard("Sharing session", ""));
        assertThat(LayoutChecks.text(english, TextRole.DETAILS).text()).startsWith("23 June 2021");
    }

    @Test
    void sectionHeadingIsCentredUnderTheSegmentKickerWithRulesEitherSide() {
        SlideLayout slide = layout(Language.ZH_HANT, new SectionHeading("新老對話 賡續“初心”信仰", "新老黨員對話"));
        TextBox kicker = LayoutChecks.text(slide, TextRole.KICKER);
        TextBox heading = LayoutChecks.text(slide, TextRole.SECTION);
        assertThat(kicker.text()).isEqualTo("先進事跡分享");
        assertThat(kicker.rect().maxYPt()).isLessThanOrEqualTo(heading.rect().yPt());
        assertThat(heading.font().sizePt()).isGreaterThan(kicker.font().sizePt() * 2);
        TextLine kickerLine = kicker.lines().get(0);
        List<Box> flanks = slide.boxes().stream().filter(b -> b instanceof FillBox)
                .filter(b -> b.rect().yPt() > kicker.rect().yPt() && b.rect().maxYPt() < kicker.rect().maxYPt()).toList();
        assertThat(flanks).hasSize(2);
        assertThat(flanks.get(0).rect().maxXPt()).isLessThan(kickerLine.xPt());
        assertThat(flanks.get(1).rect().xPt()).isGreaterThan(kickerLine.xPt() + kickerLine.widthPt());
        assertThat(flanks.get(0).rect().maxXPt() + flanks.get(1).rect().xPt()).isCloseTo(960, within(0.01));
    }

    @Test
    void chineseQuotesGetCornerBracketsAndAnAttributionBelowRight() {
        SlideLayout slide = layout(Language.ZH_HANT, new Quote("我的初心就是讓人民過上好日子", new Person("朱長祿", "建鄴區原區長")));
        TextBox quote = LayoutChecks.text(slide, TextRole.QUOTE);
        TextBox attribution = LayoutChecks.text(slide, TextRole.ATTRIBUTION);
        assertThat(quote.text().replace("\n", "")).isEqualTo("「我的初心就是讓人民過上好日子」");
        assertThat(attribution.text()).isEqualTo("——朱長祿，建鄴區原區長");
        assertThat(attribution.align()).isEqualTo(TextAlign.RIGHT);
        assertThat(attribution.rect().yPt()).isGreaterThanOrEqualTo(quote.rect().maxYPt());
        TextLine last = quote.lines().get(quote.lines().size() - 1);
        TextLine credit = attribution.lines().get(0);
        assertThat(credit.xPt() + credit.widthPt()).isGreaterThanOrEqualTo(last.xPt() + last.widthPt() - 0.01);
    }

    @Test
    void aLineStartingWithAnOpeningBracketHangsByTheBracketsBlankHalf() {
        SlideLayout quote = layout(Language.ZH_HANT, new Quote(
                "在平凡崗位書寫不平凡，追求卓越、勇爭一流已成為建鄴機關幹部最鮮明的底色，「微星光」黨員就是我們身邊的擔當榜樣",
                new Person("陳懷健", "書記")));
        TextBox box = LayoutChecks.text(quote, TextRole.QUOTE);
        assertThat(box.align()).isEqualTo(TextAlign.LEFT);
        assertThat(box.lines().size()).isGreaterThan(1);
        double em = box.font().sizePt();
        for (TextLine line : box.lines()) {
            double expected = line.text().startsWith("「") ? box.rect().xPt() - em / 2 : box.rect().xPt();
            assertThat(line.xPt()).as("line '%s'", line.text()).isCloseTo(expected, within(0.01));
        }

        SlideLayout section = layout(Language.ZH_HANT, new SectionHeading("「星光」匯聚", ""));
        TextBox heading = LayoutChecks.text(section, TextRole.SECTION);
        TextLine line = heading.lines().get(0);
        double size = heading.font().sizePt();
        assertThat(line.xPt() + line.widthPt() / 2).as("centred a quarter em left of the middle")
                .isCloseTo(480 - size / 4, within(0.01));

        // a proportional quotation mark (a Latin font's “, 0.4 em) has no blank half to hang
        TextMeasurer latin = (text, font) -> text.codePointCount(0, text.length()) * 0.4 * font.sizePt();
        FontSpec font = new FontSpec("Latin", 20, false);
        assertThat(Hanging.hangPt("\u201cTo serve\u201d", font, latin)).isZero();
        assertThat(Hanging.hangPt("「初心」", font, FakeMeasurer.INSTANCE)).isEqualTo(10);
        assertThat(Hanging.hangPt("初心", font, FakeMeasurer.INSTANCE)).isZero();
    }

    @Test
    void englishQuotesGetCurlyQuotationMarks() {
        SlideLayout slide = layout(Language.EN, new Quote("To serve the people", new Person("Zhu Changlu", "former head")));
        assertThat(LayoutChecks.text(slide, TextRole.QUOTE).text().replace("\n", " "))
                .isEqualTo("\u201cTo serve the people\u201d");
        assertThat(LayoutChecks.text(slide, TextRole.ATTRIBUTION).text()).isEqualTo("— Zhu Changlu, former head");
    }

    @Test
    void twoSpeakersGetMatchingColumnsAndSizes() {
        SlideLayout slide = layout(Language.ZH_HANT, new SpeakerCard(List.of(Speaker.of(new Person("朱長祿", "建鄴區原區長")),
                Speaker.of(new Person("周明輝", "區編辦預備黨員，建鄴區委區級機關工委")))));
        List<TextBox> names = LayoutChecks.texts(slide, TextRole.NAME);
        List<TextBox> roles = LayoutChecks.texts(slide, TextRole.ROLE);
        assertThat(names).hasSize(2);
        assertThat(names.get(0).font().sizePt()).isEqualTo(names.get(1).font().sizePt());
        assertThat(roles.get(0).font().sizePt()).isEqualTo(roles.get(1).font().sizePt());
        assertThat(names.get(0).rect().yPt()).isEqualTo(names.get(1).rect().yPt());
        assertThat(names.get(0).rect().maxXPt()).isLessThan(names.get(1).rect().xPt());
        assertThat(names.get(0).rect().centreXPt() + names.get(1).rect().centreXPt()).isCloseTo(960, within(0.01));
    }

    @Test
    void aSingleSpeakerWithoutPortraitIsCentredWithTheNameLargest() {
        SlideLayout slide = layout(Language.ZH_HANT, new SpeakerCard(List.of(Speaker.of(new Person("楊贊元", "建鄴區發改委四級調研員")))));
        TextBox name = LayoutChecks.text(slide, TextRole.NAME);
        TextBox role = LayoutChecks.text(slide, TextRole.ROLE);
        assertThat(name.align()).isEqualTo(TextAlign.CENTRE);
        assertThat(name.lines().get(0).xPt() + name.lines().get(0).widthPt() / 2).isCloseTo(480, within(0.01));
        assertThat(name.font().sizePt()).isGreaterThan(role.font().sizePt() * 2);
        assertThat(role.rect().yPt()).isGreaterThan(name.rect().maxYPt());
    }

    @Test
    void textSlidePointsShareOneSizeEachWithABullet() {
        TextPoints points = new TextPoints("學史增信", List.of("最新講話跟進學", "開展區級機關「授課、晒課、評課」活動", "組織評選"));
        SlideLayout slide = layout(Language.ZH_HANT, points);
        TextBox heading = LayoutChecks.text(slide, TextRole.HEADING);
        List<TextBox> body = LayoutChecks.texts(slide, TextRole.BODY);
        assertThat(body).hasSize(3);
        assertThat(body.stream().map(t -> t.font().sizePt()).distinct()).hasSize(1);
        assertThat(body.get(0).rect().yPt()).isGreaterThan(heading.rect().maxYPt());
        long bullets = slide.boxes().stream().filter(b -> b instanceof FillBox f && f.cornerRadiusPt() > 0).count();
        assertThat(bullets).isEqualTo(3);
    }

    @Test
    void blankSlideCentresTheLogoAboveItsLine() {
        SlideLayout slide = layout(Language.ZH_HANT, new BlankCard(Samples.LOGO, "分享會即將開始"));
        ImageBox logo = slide.imageBoxes().get(0);
        TextBox line = LayoutChecks.text(slide, TextRole.SUBTITLE);
        assertThat(logo.rect().centreXPt()).isCloseTo(480, within(0.01));
        assertThat(logo.rect().aspectRatio()).isCloseTo(1, within(1e-9));
        assertThat(line.rect().yPt()).isGreaterThan(logo.rect().maxYPt());
        SlideLayout empty = layout(Language.ZH_HANT, BlankCard.empty());
        assertThat(empty.textBoxes()).isEmpty();
        assertThat(empty.imageBoxes()).isEmpty();
    }

    @Test
    void noLaidOutLineBreaksTheChinesePunctuationRules() {
        String closing = "，。、；：？！」』）》〉】〕…’”・,.;:!?)]}";
        String opening = "「『（《〈【〔‘“([{";
        for (SlideFormat format : SlideLayoutEngineTest.FORMATS) {
            Programme programme = Samples.programme(format, Language.ZH_HANT, "crimson-gold", Samples.everyKind());
            for (SlidePage page : engine.layout(programme)) {
                for (TextBox box : page.layout().textBoxes()) {
                    for (TextLine line : box.lines()) {
                        String text = line.text();
                        assertThat(closing.indexOf(text.codePointAt(0))).as("'%s' starts a line", text).isNegative();
                        assertThat(opening.indexOf(text.codePointBefore(text.length()))).as("'%s' ends a line", text)
                                .isNegative();
                    }
                }
            }
        }
    }
}
