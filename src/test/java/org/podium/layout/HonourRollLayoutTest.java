package org.podium.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.model.HonourRoll;
import org.podium.model.Language;
import org.podium.model.Person;
import org.podium.model.Programme;
import org.podium.model.Slide;
import org.podium.model.SlideFormat;

class HonourRollLayoutTest {

    private final SlideLayoutEngine engine = new SlideLayoutEngine(Themes.bundled(), FakeMeasurer.INSTANCE, f -> true);

    private List<SlideLayout> roll(SlideFormat format, List<Person> names) {
        Programme programme = Samples.programme(format, Language.ZH_HANT, "crimson-gold",
                List.of(new HonourRoll("「微星光」黨員", names)));
        Slide slide = programme.slides().get(0);
        return engine.layout(slide, programme.segments().get(0), programme);
    }

    @Test
    void twentyFiveNamesMakeOnePageOfFiveByFive() {
        List<SlideLayout> pages = roll(SlideFormat.WIDE_16_9, Samples.names(25, false));
        assertThat(pages).hasSize(1);
        List<TextBox> names = LayoutChecks.texts(pages.get(0), TextRole.ROLL_NAME);
        assertThat(names).hasSize(25);
        assertThat(names.stream().map(t -> t.rect().xPt()).distinct()).hasSize(5);
        assertThat(names.stream().map(t -> t.rect().yPt()).distinct()).hasSize(5);
        assertThat(LayoutChecks.texts(pages.get(0), TextRole.PAGE_MARKER)).isEmpty();
        assertThat(pages.get(0).hasOverflow()).isFalse();
        // every name one line, all at one size, in reading order
        assertThat(names).allSatisfy(t -> assertThat(t.lines()).hasSize(1));
        assertThat(names.stream().map(t -> t.font().sizePt()).distinct()).hasSize(1);
        assertThat(names.stream().map(TextBox::text).toList())
                .containsExactlyElementsOf(Samples.names(25, false).stream().map(Person::name).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {25, 31, 47})
    void pagedGridsStartAtTheSameHeightOnEveryPageAndCentreAShortLastRowOnTheColumnPitch(int count) {
        List<Person> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            people.add(new Person(String.format("（待填）「微星光」黨員 %02d", i), "示例"));
        }
        List<SlideLayout> pages = roll(SlideFormat.WIDE_16_9, people);
        assertThat(pages).as("long names need more than one page").hasSizeGreaterThan(1);
        List<Double> firstRowY = new ArrayList<>();
        for (SlideLayout page : pages) {
            List<TextBox> names = LayoutChecks.texts(page, TextRole.ROLL_NAME);
            List<Double> rows = names.stream().map(t -> t.rect().yPt()).distinct().sorted().toList();
            firstRowY.add(rows.get(0));
            double lastY = rows.get(rows.size() - 1);
            List<TextBox> firstRow = names.stream().filter(t -> t.rect().yPt() == rows.get(0)).toList();
            List<TextBox> lastRow = names.stream().filter(t -> t.rect().yPt() == lastY).toList();
            double pitch = firstRow.get(1).rect().xPt() - firstRow.get(0).rect().xPt();
            if (lastRow.size() > 1) {
                assertThat(lastRow.get(1).rect().xPt() - lastRow.get(0).rect().xPt()).isCloseTo(pitch, within(0.01));
            }
            double rowCentre = (lastRow.get(0).rect().xPt() + lastRow.get(lastRow.size() - 1).rect().maxXPt()) / 2;
            assertThat(rowCentre).as("a short last row is centred").isCloseTo(480, within(0.01));
        }
        assertThat(firstRowY.stream().distinct()).as("first row on every page at the same height").hasSize(1);
    }

    @Test
    void amongEquallyLargeGridsTheOneWithEqualRowsOnEveryPageAndNoLoneNameWins() {
        // 25 names on two pages: 13 + 12. Five columns give three rows on both pages (5 5 3, 5 5 2);
        // three columns give five rows then four, the first page ending with one name alone
        assertThat(RollPlanner.pagingScore(25, 2, 5)).isZero();
        assertThat(RollPlanner.pagingScore(25, 2, 3)).isPositive();
        assertThat(RollPlanner.pagingScore(25, 2, 4)).isPositive();
        assertThat(RollPlanner.pagingScore(25, 1, 5)).isZero();
        assertThat(RollPlanner.pagingScore(25, 1, 4)).as("6 full rows and one name").isPositive();
    }

    @Test
    void twoHundredNamesArePagedEvenlyWithMarkers() {
        List<Person> people = Samples.names(200, false);
        List<SlideLayout> pages = roll(SlideFormat.WIDE_16_9, people);
        assertThat(pages).hasSizeGreaterThan(1);
        List<Integer> counts = pages.stream().map(p -> LayoutChecks.texts(p, TextRole.ROLL_NAME).size()).toList();
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(200);
        assertThat(counts.stream().mapToInt(Integer::intValue).max().getAsInt()
                - counts.stream().mapToInt(Integer::intValue).min().getAsInt()).isLessThanOrEqualTo(1);
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            SlideLayout page = pages.get(i);
            assertThat(LayoutChecks.text(page, TextRole.PAGE_MARKER).text())
                    .isEqualTo("(" + (i + 1) + "/" + pages.size() + ")");
            assertThat(LayoutChecks.text(page, TextRole.HEADING).text()).isEqualTo("「微星光」黨員");
            LayoutChecks.texts(page, TextRole.ROLL_NAME).forEach(t -> shown.add(t.text()));
            assertThat(page.hasOverflow()).isFalse();
            LayoutChecks.assertWellFormed(page, "page " + (i + 1));
        }
        assertThat(shown).containsExactlyElementsOf(people.stream().map(Person::name).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 12, 25, 26, 40, 60, 99, 150, 320})
    void namesFitOnTheFewestEvenPagesAtAReadableSize(int count) {
        List<SlideLayout> pages = roll(SlideFormat.STANDARD_4_3, Samples.names(count, count % 2 == 0));
        double min = 20 * 1.0; // roll-name minimum of the theme at 540 pt high
        List<Integer> counts = new ArrayList<>();
        for (SlideLayout page : pages) {
            LayoutChecks.assertWellFormed(page, count + " names");
            List<TextBox> names = LayoutChecks.texts(page, TextRole.ROLL_NAME);
            counts.add(names.size());
            assertThat(names).allSatisfy(t -> assertThat(t.font().sizePt()).isGreaterThanOrEqualTo(min));
            assertThat(page.hasOverflow()).as("%d names", count).isFalse();
        }
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
        assertThat(counts.stream().mapToInt(Integer::intValue).max().getAsInt()
                - counts.stream().mapToInt(Integer::intValue).min().getAsInt()).isLessThanOrEqualTo(1);
        if (pages.size() > 1) {
            // one page fewer would not have held them at the minimum size
            int perPage = (count + pages.size() - 2) / (pages.size() - 1);
            assertThat(perPage).isGreaterThan(counts.get(0));
        }
    }

    @Test
    void sixtyNamesThatNeedTwoSlidesSplitThirtyAndThirtyNotFortyAndTwenty() {
        // with roles, one 16:9 slide holds 40 names at the minimum size
        assertThat(roll(SlideFormat.WIDE_16_9, Samples.names(40, true))).hasSize(1);
        List<SlideLayout> pages = roll(SlideFormat.WIDE_16_9, Samples.names(60, true));
        assertThat(pages).hasSize(2);
        assertThat(LayoutChecks.texts(pages.get(0), TextRole.ROLL_NAME)).hasSize(30);
        assertThat(LayoutChecks.texts(pages.get(1), TextRole.ROLL_NAME)).hasSize(30);
        assertThat(LayoutChecks.text(pages.get(1), TextRole.PAGE_MARKER).text()).isEqualTo("(2/2)");
    }

    @Test
    void rolesSitSmallerUnderTheirNames() {
        SlideLayout page = roll(SlideFormat.WIDE_16_9, Samples.names(12, true)).get(0);
        List<TextBox> names = LayoutChecks.texts(page, TextRole.ROLL_NAME);
        List<TextBox> roles = LayoutChecks.texts(page, TextRole.ROLL_ROLE);
        assertThat(roles).hasSize(12);
        for (int i = 0; i < 12; i++) {
            assertThat(roles.get(i).rect().yPt()).isGreaterThanOrEqualTo(names.get(i).rect().maxYPt());
            assertThat(roles.get(i).rect().centreXPt()).isCloseTo(names.get(i).rect().centreXPt(), within(0.01));
            assertThat(roles.get(i).font().sizePt()).isLessThan(names.get(i).font().sizePt());
        }
    }

    @Test
    void aWideWallTakesMoreColumnsThanAStandardSlide() {
        List<Person> people = Samples.names(40, false);
        long wall = columns(roll(SlideFormat.LED_32_9, people).get(0));
        long standard = columns(roll(SlideFormat.STANDARD_4_3, people).get(0));
        assertThat(wall).isGreaterThan(standard);
    }

    private static long columns(SlideLayout page) {
        return LayoutChecks.texts(page, TextRole.ROLL_NAME).stream().map(t -> t.rect().xPt()).distinct().count();
    }
}
