package org.podium.export.pptx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.export.ExportException;
import org.podium.export.ExportProgress;
import org.podium.media.FileMediaStore;
import org.podium.media.MediaStore;
import org.podium.model.MediaRef;
import org.podium.model.Programme;

/** A photo that cannot be made into a picture fails the export with a reason in the reader's language. */
class PhotoFailureReasonTest {

    @TempDir
    Path dir;

    @Test
    void aPhotoCutShortIsNamedWithWhatToDoInEveryLanguage() throws IOException {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        FileMediaStore store = new FileMediaStore();
        // larger than the high quality's 2560 px, so it is decoded and scaled, not copied
        MediaRef big = ExportProgrammes.jpeg(store, photos, "頒獎典禮.jpg", 3200, 2400, 7);
        MediaRef a = ExportProgrammes.jpeg(store, photos, "chorus.jpg", 640, 480, 1);
        MediaRef c = ExportProgrammes.jpeg(store, photos, "medal.jpg", 480, 640, 3);
        Programme programme = ExportProgrammes.threePhotos(a, big, c);
        MediaStore cutShort = new MediaStore() {
            @Override
            public boolean contains(MediaRef ref) {
                return store.contains(ref);
            }

            @Override
            public InputStream open(MediaRef ref) throws IOException {
                if (!ref.equals(big)) {
                    return store.open(ref);
                }
                try (InputStream in = store.open(ref)) {
                    byte[] bytes = in.readAllBytes();
                    return new java.io.ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length / 3));
                }
            }
        };
        Path target = dir.resolve("分享會.pptx");

        ExportException failure = catchThrowableOfType(() -> new PptxExporter(Decks.engine(), dir.resolve("cache"))
                .export(programme, cutShort, PptxOptions.defaults(), target, ExportProgress.none()),
                ExportException.class);

        assertThat(failure.target()).isEqualTo(target);
        assertThat(failure.getMessage()).startsWith(target + ": not exported: the photo 頒獎典禮.jpg is damaged or cut short")
                .endsWith("import the original again");
        assertThat(failure.reason().text(Locale.forLanguageTag("zh-TW")))
                .isEqualTo("未能匯出：照片「頒獎典禮.jpg」已損毀或不完整。請重新匯入原始照片。");
        assertThat(failure.reason().text(Locale.forLanguageTag("zh-CN")))
                .isEqualTo("未能导出：照片“頒獎典禮.jpg”已损坏或不完整。请重新导入原始照片。");
        assertThat(target).doesNotExist();
    }
}
