package org.podium.export.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.BundleFiles;
import org.podium.model.Language;
import org.podium.model.Person;
import org.podium.model.Quote;
import org.podium.model.Segment;
import org.podium.model.SegmentKind;
import org.podium.model.Slide;

class SpeakerNotesTest {

    private static final String BASE = "org/podium/export/pptx/notes";

    private final Segment address = ExportProgrammes.segment("s-address", SegmentKind.ADDRESS, "致辞",
                    List.of(new Person("陈怀健", "建邺区委区级机关工委书记"), Person.named("主持人")), 6)
            .withNotes("礼仪人员引导陈怀健书记至讲台。\n确认话筒已开。");
    private final Slide slide = ExportProgrammes.slide("t-quote", new Quote("擔當", Person.named("")))
            .withNotes("致辞开始约1分钟后切换。");
    private Locale saved;

    @BeforeEach
    void machineInTraditionalChinese() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.TAIWAN);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void everyLanguageHasTheSameKeysWithTheSamePlaceholders() throws IOException {
        Map<String, String> english = BundleFiles.read(BASE, "");
        for (String language : BundleFiles.LANGUAGES) {
            Map<String, String> bundle = BundleFiles.read(BASE, language);
            assertThat(bundle.keySet()).as("keys of notes%s", language).isEqualTo(english.keySet());
            english.forEach((key, pattern) -> assertThat(BundleFiles.highestArgument(bundle.get(key)))
                    .as("placeholders of %s in notes%s", key, language)
                    .isEqualTo(BundleFiles.highestArgument(pattern)));
        }
    }

    @Test
    void aSimplifiedChineseProgrammeGetsSimplifiedLabelsWhateverTheMachinesLanguage() {
        List<String> notes = SpeakerNotes.in(Language.ZH_HANS).paragraphs(address, 3, slide, true, 0, 1);

        assertThat(notes).containsExactly(
                "环节 3：致辞",
                "人员：陈怀健 — 建邺区委区级机关工委书记；主持人",
                "计划时长：6 分钟",
                "礼仪人员引导陈怀健书记至讲台。",
                "确认话筒已开。",
                "",
                "致辞开始约1分钟后切换。");
    }

    @Test
    void anEnglishProgrammeGetsEnglishLabelsOnAChineseMachine() {
        List<String> notes = SpeakerNotes.in(Language.EN).paragraphs(address, 2, slide, true, 0, 1);

        assertThat(notes).startsWith("Segment 2: 致辞", "People: 陈怀健 — 建邺区委区级机关工委书记; 主持人", "Planned: 6 min");
    }

    @Test
    void laterSlidesOfASegmentHaveOnlyTheirOwnNotesAndTheirPage() {
        List<String> notes = SpeakerNotes.in(Language.ZH_HANT).paragraphs(address, 3, slide, false, 1, 3);

        assertThat(notes).containsExactly("第 2 頁，共 3 頁", "致辞开始约1分钟后切换。");
    }

    @Test
    void aSlideWithNothingToSayHasNoNotes() {
        Segment bare = ExportProgrammes.segment("s-x", SegmentKind.OTHER, "結束", List.of(), 1);
        assertThat(SpeakerNotes.in(Language.ZH_HANT).paragraphs(bare, 1, slide.withNotes(""), false, 0, 1)).isEmpty();
    }

    @Test
    void durationsAreSaidInMinutesAndSeconds() {
        SpeakerNotes english = SpeakerNotes.in(Language.EN);
        assertThat(english.duration(Duration.ofMinutes(12))).isEqualTo("12 min");
        assertThat(english.duration(Duration.ofSeconds(90))).isEqualTo("1 min 30 s");
        assertThat(english.duration(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(SpeakerNotes.in(Language.ZH_HANT).duration(Duration.ofSeconds(90))).isEqualTo("1 分 30 秒");
    }
}
