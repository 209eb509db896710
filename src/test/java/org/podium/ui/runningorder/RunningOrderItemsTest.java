package org.podium.ui.runningorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.podium.TestProgrammes;
import org.podium.model.Programme;
import org.podium.model.SegmentKind;
import org.podium.model.SlideKind;
import org.podium.ui.common.Messages;
import org.podium.ui.runningorder.RunningOrderItem.SegmentItem;
import org.podium.ui.runningorder.RunningOrderItem.SlideItem;

class RunningOrderItemsTest {

    private final Messages english = Messages.load(Locale.ENGLISH);
    private final Messages traditional = Messages.load(Locale.TAIWAN);
    private final Programme programme = TestProgrammes.jianye();

    @Test
    void segmentsStartWhenThePreviousOnesEnd() {
        List<SegmentItem> items = RunningOrderItems.of(programme, english);
        assertThat(items).extracting(SegmentItem::start)
                .containsExactly("14:30", "14:35", "14:43", "14:58", "15:10", "15:20", "15:30");
        assertThat(items).extracting(SegmentItem::duration)
                .containsExactly("5 min", "8 min", "15 min", "12 min", "10 min", "10 min", "5 min");
    }

    @Test
    void withoutAStartTimeSegmentsHaveNoStart() {
        List<SegmentItem> items = RunningOrderItems.of(programme.withStartTime(null), english);
        assertThat(items).extracting(SegmentItem::start).containsOnly("");
    }

    @Test
    void kindsAreNamedInTheUiLanguage() {
        SegmentItem address = RunningOrderItems.of(programme, traditional).get(1);
        assertThat(address.kind()).isEqualTo(SegmentKind.ADDRESS);
        assertThat(address.kindLabel()).isEqualTo("致辭");
        assertThat(address.title()).isEqualTo(TestProgrammes.ADDRESS);
        assertThat(address.slides()).extracting(SlideItem::kindLabel).containsExactly("人物介紹", "引語");
    }

    @Test
    void slidesAreSummarisedInOneShortLine() {
        List<SegmentItem> items = RunningOrderItems.of(programme, english);
        assertThat(summary(items, 0, 0)).isEqualTo(TestProgrammes.TITLE);
        assertThat(summary(items, 1, 0)).isEqualTo("陳懷健 · 建鄴區委區級機關工委書記");
        assertThat(summary(items, 2, 1)).isEqualTo("朱長祿 · 建鄴區原區長 / 周明輝 · 區編辦預備黨員");
        assertThat(summary(items, 3, 0)).isEqualTo("「微星光」黨員 · 25 names");
        assertThat(summary(items, 5, 0)).isEqualTo("「光榮在黨50年」老黨員代表獲頒紀念章");
        assertThat(summary(items, 6, 0)).isEqualTo("(background only)");
    }

    @Test
    void quoteIsFollowedByWhoSaidIt() {
        assertThat(summary(RunningOrderItems.of(programme, english), 1, 1))
                .isEqualTo(TestProgrammes.QUOTE + " — 陳懷健");
    }

    @Test
    void longTextIsCutWithAnEllipsisAndLineBreaksBecomeSpaces() {
        String points = "「星光」匯聚\n" + "展示機關擔當".repeat(10);
        String summary = SlideSummary.shorten(points);
        assertThat(summary).hasSize(SlideSummary.MAX_CHARS).endsWith("…").startsWith("「星光」匯聚 展示機關擔當");
    }

    @Test
    void slidesAreNumberedWithinTheirSegment() {
        SegmentItem testimony = RunningOrderItems.of(programme, english).get(4);
        assertThat(testimony.slides()).extracting(SlideItem::number).containsExactly(1, 2);
        assertThat(testimony.slides()).extracting(SlideItem::kind).containsExactly(SlideKind.QUOTE, SlideKind.TEXT);
    }

    private static String summary(List<SegmentItem> items, int segment, int slide) {
        return items.get(segment).slides().get(slide).summary();
    }
}
