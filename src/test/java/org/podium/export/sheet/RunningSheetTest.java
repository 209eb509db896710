package org.podium.export.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.BundleFiles;
import org.podium.TestProgrammes;
import org.podium.model.Language;
import org.podium.model.MediaRef;
import org.podium.model.Photo;
import org.podium.model.PhotoGrid;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;

class RunningSheetTest {

    private static final SheetLabels TRADITIONAL = SheetLabels.of(Language.ZH_HANT);

    @Test
    void rowsFollowTheRunningOrderWithPlannedStartsAndLengths() {
        Programme programme = TestProgrammes.jianye();
        RunningSheet sheet = RunningSheet.of(programme, TRADITIONAL);
        assertThat(sheet.rows()).extracting(SheetRow::segment)
                .containsExactlyElementsOf(programme.segments().stream().map(Segment::title).toList());
        assertThat(sheet.rows()).extracting(SheetRow::start)
                .containsExactlyElementsOf(programme.plannedStarts().orElseThrow());
        assertThat(sheet.rows()).extracting(SheetRow::startText)
                .containsExactly("14:30", "14:35", "14:43", "14:58", "15:10", "15:20", "15:30");
        assertThat(sheet.rows().get(2).durationText()).isEqualTo("0:15");
        assertThat(sheet.total()).isEqualTo(Duration.ofMinutes(65));
        assertThat(sheet.end()).isEqualTo(LocalTime.of(15, 35));
    }

    @Test
    void kindsPeopleAndCuesAreWordedInTheSheetsLanguage() {
        RunningSheet sheet = RunningSheet.of(TestProgrammes.jianye(), TRADITIONAL);
        SheetRow dialogue = sheet.rows().get(2);
        assertThat(dialogue.kind()).isEqualTo("對話");
        assertThat(dialogue.people()).containsExactly("朱長祿（建鄴區原區長）", "周明輝（區編辦預備黨員）");
        assertThat(dialogue.cues()).containsExactly("投影片 2 張：分節、講者");
        SheetRow montage = sheet.rows().get(5);
        assertThat(montage.cues()).containsExactly("投影片 1 張：照片", "照片 1 張");
        assertThat(sheet.rows().get(3).cues()).containsExactly("投影片 1 張：名單", "名單 25 人");
        assertThat(sheet.particulars()).extracting(RunningSheet.Particular::label)
                .containsExactly("日期", "地點", "主辦單位", "時間");
    }

    @Test
    void repeatedKindsAreCountedAndAutoAdvanceIsNamedWithItsDelay() {
        MediaRef a = new MediaRef("aa".repeat(32), "a.jpg", "image/jpeg", 800, 600, 1);
        MediaRef b = new MediaRef("bb".repeat(32), "b.jpg", "image/jpeg", 800, 600, 1);
        Segment montage = Segment.of(org.podium.model.SegmentKind.PHOTO_MONTAGE, "活動剪影").withSlides(List.of(
                Slide.of(new SinglePhoto(Photo.of(a))).withAutoAdvance(Duration.ofSeconds(10)),
                Slide.of(new SinglePhoto(Photo.of(b))).withAutoAdvance(Duration.ofSeconds(10)),
                Slide.of(new PhotoGrid(List.of(Photo.of(a), Photo.of(b)), "", ""))));
        Programme programme = TestProgrammes.jianye().withSegments(List.of(montage));
        SheetRow row = RunningSheet.of(programme, TRADITIONAL).rows().get(0);
        assertThat(row.cues()).containsExactly("投影片 3 張：2張照片、照片組", "照片 2 張", "自動換頁 2 張（10 秒）");
        SheetRow english = RunningSheet.of(programme, SheetLabels.of(Locale.ENGLISH)).rows().get(0);
        assertThat(english.cues()).containsExactly("3 slides: photo ×2, photo grid", "2 photos",
                "Auto-advance: 2 slides after 10 s");
        assertThat(english.kind()).isEqualTo("Photo montage");
    }

    @Test
    void withoutAStartTimeTheTimesAreLeftBlankAndTheBlockSaysSo() {
        Programme programme = TestProgrammes.jianye().withStartTime(null);
        RunningSheet sheet = RunningSheet.of(programme, SheetLabels.of(Language.ZH_HANS));
        assertThat(sheet.rows()).allSatisfy(row -> assertThat(row.startText()).isEmpty());
        assertThat(sheet.particulars().get(sheet.particulars().size() - 1))
                .isEqualTo(new RunningSheet.Particular("时间", "未定开始时间"));
        assertThat(sheet.headings()).contains("环节", "幻灯片与提示");
    }

    @Test
    void traditionalChineseIsChosenForTaiwanAndHongKongLocalesAndEnglishNeverFallsBackToTheMachine() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(SheetLabels.of(Locale.forLanguageTag("zh-TW")).get("sheet.name")).isEqualTo("活動流程表");
            assertThat(SheetLabels.of(Locale.forLanguageTag("zh-HK")).get("sheet.name")).isEqualTo("活動流程表");
            assertThat(SheetLabels.of(Locale.ENGLISH).get("sheet.name")).isEqualTo("Running sheet");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void everyLanguageHasTheSameKeysWithTheSamePlaceholders() throws IOException {
        String base = "org/podium/export/sheet/labels";
        Map<String, String> english = BundleFiles.read(base, "");
        for (String language : BundleFiles.LANGUAGES) {
            Map<String, String> bundle = BundleFiles.read(base, language);
            assertThat(bundle.keySet()).as("keys of labels%s", language).isEqualTo(english.keySet());
            english.forEach((key, pattern) -> assertThat(BundleFiles.highestArgument(bundle.get(key)))
                    .as("placeholders of %s in labels%s", key, language)
                    .isEqualTo(BundleFiles.highestArgument(pattern)));
        }
    }
}
