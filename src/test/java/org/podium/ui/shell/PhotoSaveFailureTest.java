package org.podium.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.TestProgrammes;
import org.podium.io.PodiumFile;
import org.podium.io.RecoveryStore;
import org.podium.media.FileMediaStore;
import org.podium.media.Sha256;
import org.podium.media.TestImages;
import org.podium.model.MediaRef;
import org.podium.model.Photo;
import org.podium.model.Programme;
import org.podium.model.SegmentId;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.ui.common.Messages;
import org.podium.ui.common.SameThreadRunner;
import org.podium.ui.session.EditorSession;

/** A save that fails on a photo says which photo and what to do in the window's language, with real files. */
class PhotoSaveFailureTest {

    @TempDir
    Path dir;

    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private final byte[] jpeg = TestImages.jpeg(160, 120, 3);

    private MainWindowViewModel window(Locale locale) {
        Messages messages = Messages.load(locale);
        return new MainWindowViewModel(messages, new SameThreadRunner(), dialogs, new Fakes.Recent(),
                new PodiumFileStore(), Optional::empty, "1", new EditorSession(MainWindowViewModel.emptyProgramme(messages)),
                new RecoveryStore(dir.resolve("recovery")));
    }

    private static Programme showing(MediaRef photo) {
        return TestProgrammes.withoutPhotos().withSegment(new SegmentId("s-montage"),
                s -> s.withSlides(List.of(Slide.of(new SinglePhoto(Photo.of(photo))))));
    }

    @Test
    void aPhotoChangedSinceItWasImportedIsNamedInTraditionalChinese() throws IOException {
        MainWindowViewModel window = window(Locale.TAIWAN);
        Path photoFile = Files.write(dir.resolve("頒獎.jpg"), jpeg);
        MediaRef photo = new FileMediaStore().importFile(photoFile);
        window.session().load(showing(photo), null, null, true);
        window.session().importedMedia().put(photo, photoFile);
        Files.write(photoFile, TestImages.jpeg(160, 120, 4));
        Path target = dir.resolve("分享會.podium");

        dialogs.saveAnswers.push(Optional.of(target));
        window.saveAs();

        assertThat(dialogs.errors).singleElement().asString().startsWith("無法儲存節目\n" + target
                + "：未儲存：照片「頒獎.jpg」（" + photoFile + "）已被更動或已損毀：內容與匯入時不符。"
                + "請開啟節目的備份副本，或從原始檔案重新匯入這張照片。");
        assertThat(target).doesNotExist();
    }

    @Test
    void aPhotoDamagedInTheOpenedFileNamesThatFileInSimplifiedChinese() throws IOException {
        FileMediaStore imported = new FileMediaStore();
        MediaRef photo = imported.importFile(Files.write(dir.resolve("颁奖.jpg"), jpeg));
        Path opened = dir.resolve("原稿.podium");
        PodiumFile.write(opened, showing(photo), imported);
        damage(opened);
        MainWindowViewModel window = window(Locale.CHINA);
        window.open(opened);
        assertThat(dialogs.errors).isEmpty();
        Path copy = dir.resolve("副本.podium");

        dialogs.saveAnswers.push(Optional.of(copy));
        window.saveAs();

        assertThat(dialogs.errors).singleElement().asString().contains(copy + "：未保存：在原节目文件 " + opened
                + " 中，照片“颁奖.jpg”（media/" + Sha256.of(jpeg) + ".jpg）已被改动或已损坏：内容与导入时不一致。"
                + "请打开节目的备份副本，或从原始文件重新导入这张照片。");
        assertThat(copy).doesNotExist();
    }

    /** Changes one byte in the middle of the stored photo. */
    private void damage(Path file) throws IOException {
        byte[] zip = Files.readAllBytes(file);
        for (int i = 0; i + jpeg.length <= zip.length; i++) {
            if (java.util.Arrays.equals(zip, i, i + jpeg.length, jpeg, 0, jpeg.length)) {
                zip[i + jpeg.length / 2] ^= 0x55;
                Files.write(file, zip);
                return;
            }
        }
        throw new AssertionError("photo not stored uncompressed");
    }
}
