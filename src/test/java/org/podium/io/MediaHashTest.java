package org.podium.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.media.FileMediaStore;
import org.podium.media.TestImages;
import org.podium.model.MediaRef;

/** A photo damaged inside a file still opens, and is caught when its bytes are read. */
class MediaHashTest {

    @TempDir
    Path dir;

    @Test
    void damagedPhotoIsDetectedWhenStreamedAndByVerify() throws IOException {
        byte[] jpeg = TestImages.jpeg(200, 150, 1);
        FileMediaStore imported = new FileMediaStore();
        MediaRef chorus = imported.importFile(Files.write(dir.resolve("chorus.jpg"), jpeg));
        MediaRef portrait = imported.importFile(Files.write(dir.resolve("portrait.png"), TestImages.png(20, 20, 2)));
        MediaRef logo = imported.importFile(Files.write(dir.resolve("logo.gif"), TestImages.image("gif", 8, 8, 3)));
        Path file = dir.resolve("分享會.podium");
        PodiumFile.write(file, TestProgrammes.everyKind(chorus, portrait, logo), imported);
        StoredBytes.flipByteInside(file, jpeg);
        String entry = "media/" + chorus.sha256() + ".jpg";

        try (OpenedProgramme opened = PodiumFile.read(file)) {
            assertThatThrownBy(() -> {
                try (InputStream in = opened.media().open(chorus)) {
                    in.readAllBytes();
                }
            }).isInstanceOf(IOException.class)
                    .hasMessageStartingWith(file + ": the photo \"chorus.jpg\" (" + entry + ") has changed or is "
                            + "damaged");

            List<MediaProblem> problems = PodiumFile.verifyMedia(opened);
            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.media()).isEqualTo(chorus);
                assertThat(problem.entry()).isEqualTo(entry);
                assertThat(problem.message()).contains(file.toString(), "chorus.jpg", entry, "changed or is damaged");
                assertThat(problem.text(java.util.Locale.TAIWAN)).isEqualTo("照片「chorus.jpg」（" + entry
                        + "）已被更動或已損毀：內容與匯入時不符。請開啟節目的備份副本，或從原始檔案重新匯入這張照片。");
            });
        }
        assertThat(PodiumFile.check(file)).singleElement().asString().contains(entry);
    }

    @Test
    void checkReportsTheReasonAFileCannotBeOpened() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.podium"), "not a zip");

        assertThat(PodiumFile.check(file)).singleElement().asString()
                .startsWith(file + ": not a Podium file: it is not a zip archive");
    }

}
