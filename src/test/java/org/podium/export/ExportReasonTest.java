package org.podium.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.BundleFiles;
import org.podium.TestProgrammes;
import org.podium.export.ExportReason.Kind;
import org.podium.export.sheet.RunningSheetXlsx;

/** Why an export failed reads the same in English, Simplified and Traditional Chinese. */
class ExportReasonTest {

    private static final String BASE = "org/podium/export/reasons";
    private static final Locale TRADITIONAL = Locale.forLanguageTag("zh-Hant-TW");
    private static final Locale SIMPLIFIED = Locale.forLanguageTag("zh-Hans-CN");

    @TempDir
    Path dir;

    @Test
    void everyKindIsInEveryLanguageWithItsArgumentsAndNothingElseIs() throws IOException {
        BundleFiles.assertOneSentencePerKind(BASE,
                Arrays.stream(Kind.values()).collect(Collectors.toMap(Kind::key, Kind::arity)));
    }

    @Test
    void everyKindButTheSystemsOwnWordsIsTranslatedIntoChineseCharacters() throws IOException {
        BundleFiles.assertTranslatedIntoChinese(BASE, Set.of(Kind.OTHER.key()));
    }

    @Test
    void aMissingFolderIsSaidInEachLanguageAndTheMessageStaysEnglish() {
        Path missing = dir.resolve("缺少");
        Path target = missing.resolve("流程表.xlsx");
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.TAIWAN);
            assertThatThrownBy(() -> RunningSheetXlsx.write(TestProgrammes.jianye(), TRADITIONAL, target,
                    ExportProgress.none())).isInstanceOfSatisfying(ExportException.class, e -> {
                        assertThat(e.target()).isEqualTo(target);
                        assertThat(e).hasMessage(target + ": could not write the running sheet: the folder " + missing
                                + " does not exist; choose another folder, or create this one and export again");
                        assertThat(e.reason(TRADITIONAL)).isEqualTo("未能寫入流程表：資料夾 " + missing
                                + " 不存在。請選擇其他資料夾，或先建立這個資料夾再重新匯出。");
                        assertThat(e.reason(SIMPLIFIED)).isEqualTo("未能写入流程表：文件夹 " + missing
                                + " 不存在。请选择其他文件夹，或先新建这个文件夹再重新导出。");
                        assertThat(e.reason(Locale.FRANCE)).isEqualTo(e.reason().english());
                    });
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void theSystemsWordsForAFullDiskBecomeAFullDisk() {
        assertThat(ExportReason.from(new IOException(FullDisk.NO_SPACE)).kind()).isEqualTo(Kind.DISK_FULL);
        assertThat(ExportReason.ofWords("There is not enough space on the disk").text(SIMPLIFIED))
                .isEqualTo("磁盘空间已满（There is not enough space on the disk）。请清理出一些空间，或选择其他磁盘上的文件夹。");
        assertThat(ExportReason.from(new IOException("Input/output error")).text(TRADITIONAL))
                .isEqualTo("Input/output error");
    }

    @Test
    void aReasonWithTheWrongNumberOfArgumentsIsAProgrammingError() {
        assertThatThrownBy(() -> ExportReason.of(Kind.FOLDER_MISSING)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FOLDER_MISSING takes 1");
    }
}
