package org.podium.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.media.FileMediaStore;
import org.podium.media.TestImages;
import org.podium.model.MediaRef;
import org.podium.model.Programme;

/** A save that fails on a photo names the photo, where its bytes were and what to do, in each language. */
class PhotoSaveReasonsTest {

    private static final Locale TRADITIONAL = Locale.TAIWAN;
    private static final Locale SIMPLIFIED = Locale.CHINA;

    @TempDir
    Path dir;

    private final FileMediaStore imported = new FileMediaStore();
    private final byte[] jpeg = TestImages.jpeg(200, 150, 1);
    private Path chorusFile;
    private MediaRef chorus;
    private Programme programme;
    private Path target;

    @BeforeEach
    void importThreePhotos() throws IOException {
        chorusFile = Files.write(dir.resolve("合唱.jpg"), jpeg);
        chorus = imported.importFile(chorusFile);
        MediaRef portrait = imported.importFile(Files.write(dir.resolve("portrait.png"), TestImages.png(20, 20, 2)));
        MediaRef logo = imported.importFile(Files.write(dir.resolve("logo.gif"), TestImages.image("gif", 8, 8, 3)));
        programme = TestProgrammes.everyKind(chorus, portrait, logo);
        target = dir.resolve("分享會.podium");
    }

    @Test
    void aPhotoChangedOnDiskAfterImportIsNamedWithItsFile() throws IOException {
        Files.write(chorusFile, TestImages.jpeg(200, 150, 9));

        assertThatThrownBy(() -> PodiumFile.write(target, programme, imported))
                .isInstanceOfSatisfying(PodiumFileException.class, e -> {
                    assertThat(e).hasMessage(target + ": not saved: the photo \"合唱.jpg\" (" + chorusFile + ") has "
                            + "changed or is damaged: its bytes no longer match those that were imported; open a backup "
                            + "copy of the programme, or import the photo again from its original");
                    assertThat(e.reason(TRADITIONAL)).isEqualTo("未儲存：照片「合唱.jpg」（" + chorusFile + "）已被更動或已損毀："
                            + "內容與匯入時不符。請開啟節目的備份副本，或從原始檔案重新匯入這張照片。");
                    assertThat(e.reason(SIMPLIFIED)).isEqualTo("未保存：照片“合唱.jpg”（" + chorusFile + "）已被改动或已损坏："
                            + "内容与导入时不一致。请打开节目的备份副本，或从原始文件重新导入这张照片。");
                });
        assertThat(target).doesNotExist();
    }

    @Test
    void aPhotoDeletedAfterImportSaysWhereItWas() throws IOException {
        Files.delete(chorusFile);

        assertThatThrownBy(() -> PodiumFile.write(target, programme, imported))
                .isInstanceOfSatisfying(PodiumFileException.class, e -> {
                    assertThat(e).hasMessage(target + ": not saved: the photo \"合唱.jpg\" is no longer at " + chorusFile
                            + "; put it back there, or import it again from where it is now");
                    assertThat(e.reason(TRADITIONAL)).isEqualTo("未儲存：照片「合唱.jpg」已不在 " + chorusFile
                            + "。請把它放回原處，或從現在的位置重新匯入。");
                });
    }

    @Test
    void aPhotoDamagedInTheOpenedFileNamesThatFileWhenSavedElsewhere() throws IOException {
        Path source = damagedCopy();
        Path elsewhere = dir.resolve("備份.podium");
        String entry = ZipMediaStore.entryName(chorus);

        try (OpenedProgramme opened = PodiumFile.read(source)) {
            assertThatThrownBy(() -> PodiumFile.write(elsewhere, opened.programme(), opened.media()))
                    .isInstanceOfSatisfying(PodiumFileException.class, e -> {
                        assertThat(e.file()).isEqualTo(elsewhere);
                        assertThat(e.reason(TRADITIONAL)).isEqualTo("未儲存：在原節目檔 " + source + " 中，照片「合唱.jpg」（"
                                + entry + "）已被更動或已損毀：內容與匯入時不符。請開啟節目的備份副本，或從原始檔案重新匯入這張照片。");
                        assertThat(e).hasMessageStartingWith(elsewhere + ": not saved: in " + source
                                + ", the photo \"合唱.jpg\" (" + entry + ") has changed or is damaged");
                    });
        }
        assertThat(elsewhere).doesNotExist();
    }

    @Test
    void aPhotoDamagedInTheFileBeingSavedOverNeedsNoSecondFileName() throws IOException {
        Path source = damagedCopy();
        byte[] before = Files.readAllBytes(source);

        try (OpenedProgramme opened = PodiumFile.read(source)) {
            assertThatThrownBy(() -> PodiumFile.write(source, opened.programme().withTitle("第二版"), opened.media()))
                    .isInstanceOfSatisfying(PodiumFileException.class, e -> assertThat(e.reason(TRADITIONAL))
                            .isEqualTo("未儲存：照片「合唱.jpg」（" + ZipMediaStore.entryName(chorus) + "）已被更動或已損毀："
                                    + "內容與匯入時不符。請開啟節目的備份副本，或從原始檔案重新匯入這張照片。"));
        }
        assertThat(source).hasBinaryContent(before);
    }

    /** The programme saved with one byte of the chorus photo changed inside the archive. */
    private Path damagedCopy() throws IOException {
        Path source = dir.resolve("原稿.podium");
        PodiumFile.write(source, programme, imported);
        StoredBytes.flipByteInside(source, jpeg);
        return source;
    }
}
