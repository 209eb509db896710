package org.podium.export.pptx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.export.ExportProgress;
import org.podium.media.FileMediaStore;
import org.podium.media.MediaStore;
import org.podium.model.MediaRef;
import org.podium.model.Programme;

/** A failed or cancelled export never leaves a broken deck or a stray file behind. */
class AtomicExportTest {

    @TempDir
    Path photos;
    @TempDir
    Path out;

    private final FileMediaStore store = new FileMediaStore();
    private Programme programme;
    private MediaRef b;
    private Path target;
    private byte[] previous;

    @BeforeEach
    void previousExport() throws IOException {
        MediaRef a = ExportProgrammes.jpeg(store, photos, "chorus.jpg", 640, 480, 1);
        b = ExportProgrammes.jpeg(store, photos, "dialogue.jpg", 640, 480, 2);
        MediaRef c = ExportProgrammes.jpeg(store, photos, "medal.jpg", 480, 640, 3);
        programme = ExportProgrammes.threePhotos(a, b, c);
        target = out.resolve("分享會.pptx");
        export(store, target, ExportProgress.none());
        previous = Files.readAllBytes(target);
    }

    @Test
    void aSuccessfulExportReplacesThePreviousFile() throws IOException {
        Programme retitled = programme.withTitle("新標題");
        new PptxExporter(Decks.engine()).export(retitled, store, options(), target,
                ExportProgress.none());
        try (XMLSlideShow deck = Decks.open(target)) {
            assertThat(deck.getProperties().getCoreProperties().getTitle()).isEqualTo("新標題");
        }
        assertThat(filesIn(out)).containsExactly(target);
    }

    @Test
    void aPhotoFailingMidExportLeavesThePreviousFileAndNoTempFile() {
        MediaStore failing = new MediaStore() {
            @Override
            public boolean contains(MediaRef ref) {
                return store.contains(ref);
            }

            @Override
            public InputStream open(MediaRef ref) throws IOException {
                if (ref.equals(b)) {
                    throw new IOException("photo dialogue.jpg: the disk was unplugged");
                }
                return store.open(ref);
            }
        };
        List<Integer> written = new java.util.ArrayList<>();

        assertThatThrownBy(() -> export(failing, target, progress(written, Integer.MAX_VALUE)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("dialogue.jpg: the disk was unplugged");

        assertThat(written).as("slides written before the failing photo").containsExactly(1, 2, 3);
        assertThat(target).hasBinaryContent(previous);
        assertThat(filesIn(out)).containsExactly(target);
    }

    @Test
    void cancellingBetweenSlidesLeavesThePreviousFileAndNoTempFile() {
        List<Integer> written = new java.util.ArrayList<>();

        assertThatThrownBy(() -> export(store, target, progress(written, 2)))
                .isInstanceOf(CancellationException.class);

        assertThat(written).containsExactly(1, 2);
        assertThat(target).hasBinaryContent(previous);
        assertThat(filesIn(out)).containsExactly(target);
    }

    @Test
    void aCancelBeforeTheFirstSlideWritesNothing() {
        Path fresh = out.resolve("new.pptx");

        assertThatThrownBy(() -> export(store, fresh, progress(new java.util.ArrayList<>(), 0)))
                .isInstanceOf(CancellationException.class);

        assertThat(filesIn(out)).containsExactly(target);
    }

    @Test
    void photosNotInTheStoreAreNamedBeforeAnythingIsWritten() {
        Path fresh = out.resolve("new.pptx");

        assertThatThrownBy(() -> export(MediaStore.empty(), fresh, ExportProgress.none()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(fresh.toString())
                .hasMessageContaining("chorus.jpg").hasMessageContaining("dialogue.jpg").hasMessageContaining("medal.jpg");

        assertThat(filesIn(out)).containsExactly(target);
    }

    @Test
    void aMissingFolderIsNamed() {
        Path nowhere = out.resolve("沒有這個資料夾").resolve("deck.pptx");

        assertThatThrownBy(() -> export(store, nowhere, ExportProgress.none()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(nowhere.toString())
                .hasMessageContaining("does not exist");
    }

    private void export(MediaStore media, Path file, ExportProgress progress) throws IOException {
        new PptxExporter(Decks.engine()).export(programme, media, options(), file, progress);
    }

    private static PptxOptions options() {
        return PptxOptions.defaults().withQuality(PhotoQuality.ORIGINAL);
    }

    /** Records each written slide; asks to stop once {@code cancelAfter} slides are written. */
    private static ExportProgress progress(List<Integer> written, int cancelAfter) {
        return new ExportProgress() {
            @Override
            public void slideWritten(int done, int total) {
                written.add(done);
            }

            @Override
            public boolean isCancelled() {
                return written.size() >= cancelAfter;
            }
        };
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
