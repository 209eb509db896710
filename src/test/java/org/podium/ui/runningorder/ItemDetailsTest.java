package org.podium.ui.runningorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.podium.TestProgrammes;
import org.podium.model.Programme;
import org.podium.ui.common.Messages;
import org.podium.ui.runningorder.RunningOrderItem.SegmentItem;

class ItemDetailsTest {

    private final Messages traditional = Messages.load(Locale.TAIWAN);
    private final Programme programme = TestProgrammes.jianye();
    private final List<SegmentItem> items = RunningOrderItems.of(programme, traditional);

    @Test
    void segmentShowsItsPeopleStartAndDuration() {
        Details details = ItemDetails.of(programme, items.get(2), traditional).orElseThrow();
        assertThat(details.heading()).isEqualTo("環節 · 對話");
        assertThat(details.title()).isEqualTo(TestProgrammes.DIALOGUE);
        assertThat(details.value("人員")).contains("朱長祿，建鄴區原區長\n周明輝，區編辦預備黨員");
        assertThat(details.value("計劃開始")).contains("14:43");
        assertThat(details.value("時長")).contains("15 分鐘");
        assertThat(details.value("投影片")).contains("2");
    }

    @Test
    void quoteSlideShowsTheWholeQuoteAndWhoSaidIt() {
        Details details = ItemDetails.of(programme, items.get(1).slides().get(1), traditional).orElseThrow();
        assertThat(details.heading()).isEqualTo("第 2 / 2 張投影片 · 引語");
        assertThat(details.title()).isEqualTo(TestProgrammes.ADDRESS);
        assertThat(details.value("引語")).contains(TestProgrammes.QUOTE);
        assertThat(details.value("出自")).contains("陳懷健，建鄴區委區級機關工委書記");
        assertThat(details.value("換頁")).contains("由播放者換頁");
    }

    @Test
    void photoSlideShowsFileSizeCaptionAndCredit() {
        Details details = ItemDetails.of(programme, items.get(5).slides().get(0), traditional).orElseThrow();
        assertThat(details.value("照片")).contains("medal.jpg（4000 × 3000 像素）");
        assertThat(details.value("圖片來源")).contains(TestProgrammes.CREDIT);
        assertThat(details.value("取景")).contains("填滿畫面");
    }

    @Test
    void honourRollListsEveryName() {
        Details details = ItemDetails.of(programme, items.get(3).slides().get(0), traditional).orElseThrow();
        assertThat(details.value("人數")).contains("25");
        assertThat(details.value("名單").orElseThrow().lines()).hasSize(25);
    }

    @Test
    void untitledSegmentIsCalledSo() {
        Programme untitled = programme.withSegment(items.get(0).segmentId(), s -> s.withTitle(" "));
        Details details = ItemDetails.of(untitled, items.get(0), traditional).orElseThrow();
        assertThat(details.title()).isEqualTo("（未命名環節）");
    }

    @Test
    void itemOfAnotherProgrammeHasNoDetails() {
        Programme other = TestProgrammes.jianye().withSegments(List.of());
        assertThat(ItemDetails.of(other, items.get(0), traditional)).isEmpty();
    }
}
