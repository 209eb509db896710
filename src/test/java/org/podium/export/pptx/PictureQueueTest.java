package org.podium.export.pptx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.export.ExportProgress;
import org.podium.media.FileMediaStore;
import org.podium.media.MediaStore;
import org.podium.model.MediaRef;
import org.podium.model.Programme;

/** Photos are encoded ahead on worker threads, and the deck still comes out the same every time. */
class PictureQueueTest {

    @TempDir
    Path dir;

    private final FileMediaStore store = new FileMediaStore();

    @Test
    void eachPhotoGetsItsOwnPictureWhicheverWorkerFinishesFirst() throws Exception {
        MediaRef a = ref("a");
        MediaRef b = ref("b");
        MediaRef c = ref("c");
        CountDownLatch cDone = new CountDownLatch(1);
        List<String> finished = new CopyOnWriteArrayList<>();
        PictureEncoder encoder = (ref, media, quality) -> {
            if (ref.equals(a)) {
                // the first photo is the slowest: it finishes only after the last one
                try {
                    assertThat(cDone.await(30, TimeUnit.SECONDS)).as("c encoded while a waits").isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            finished.add(ref.originalName());
            if (ref.equals(c)) {
                cDone.countDown();
            }
            return picture(ref.originalName());
        };

        try (PictureQueue queue = new PictureQueue(List.of(a, b, c), MediaStore.empty(), encoder, PhotoQuality.HIGH,
                3, () -> false)) {
            assertThat(text(queue.take(a))).isEqualTo("a");
            assertThat(text(queue.take(b))).isEqualTo("b");
            assertThat(text(queue.take(c))).isEqualTo("c");
        }
        assertThat(finished.indexOf("c")).isLessThan(finished.indexOf("a"));
    }

    @Test
    void aPhotoTheQueueWasNotGivenIsEncodedWhenAskedFor() throws Exception {
        MediaRef a = ref("a");
        MediaRef late = ref("late");
        try (PictureQueue queue = new PictureQueue(List.of(a), MediaStore.empty(),
                (ref, media, quality) -> picture(ref.originalName()), PhotoQuality.HIGH, 1, () -> false)) {
            assertThat(text(queue.take(late))).isEqualTo("late");
            assertThat(text(queue.take(a))).isEqualTo("a");
        }
    }

    @Test
    void aCancelledExportEncodesNoFurtherPhotos() {
        AtomicBoolean cancelled = new AtomicBoolean(true);
        Map<String, Boolean> encoded = new ConcurrentHashMap<>();
        MediaRef a = ref("a");
        try (PictureQueue queue = new PictureQueue(List.of(a, ref("b")), MediaStore.empty(), (ref, media, quality) -> {
            encoded.put(ref.originalName(), true);
            return picture(ref.originalName());
        }, PhotoQuality.HIGH, 2, cancelled::get)) {
            assertThatThrownBy(() -> queue.take(a)).isInstanceOf(CancellationException.class);
        }
        assertThat(encoded).isEmpty();
    }

    @Test
    void workersAreLimitedByProcessorsAndByHeap() {
        assertThat(PictureQueue.threadsFor(Runtime.getRuntime()))
                .isBetween(1, Runtime.getRuntime().availableProcessors());
    }

    @Test
    void twoExportsOfTheSameProgrammeHoldTheSameParts() throws Exception {
        // large and sideways photos, so every one is decoded, scaled and re-encoded on the workers
        MediaRef a = ExportProgrammes.jpeg(store, dir, "chorus.jpg", 2400, 1800, 1);
        MediaRef b = ExportProgrammes.photo(store, dir, "dialogue.jpg",
                org.podium.media.TestImages.withExifOrientation(org.podium.media.TestImages.jpeg(1800, 1200, 2), 6));
        MediaRef c = ExportProgrammes.jpeg(store, dir, "medal.jpg", 1700, 2300, 3);
        Programme programme = ExportProgrammes.threePhotos(a, b, c);
        PptxOptions options = PptxOptions.defaults().withQuality(PhotoQuality.COMPACT);
        Path first = dir.resolve("first.pptx");
        Path second = dir.resolve("second.pptx");

        new PptxExporter(Decks.engine()).export(programme, store, options, first, ExportProgress.none());
        new PptxExporter(Decks.engine()).export(programme, store, options, second, ExportProgress.none());

        List<String> parts = Decks.entries(first, "");
        assertThat(Decks.entries(second, "")).containsExactlyElementsOf(parts);
        assertThat(parts).filteredOn(name -> name.startsWith("ppt/media/")).hasSize(3);
        for (String part : parts) {
            assertThat(comparable(part, Decks.entry(second, part))).as(part)
                    .isEqualTo(comparable(part, Decks.entry(first, part)));
        }
    }

    /** The part's SHA-256; for the core properties, the text less the time of writing (dcterms:modified). */
    private static String comparable(String part, byte[] bytes) {
        if (part.equals("docProps/core.xml")) {
            return new String(bytes, StandardCharsets.UTF_8).replaceAll("<dcterms:modified[^>]*>[^<]*</dcterms:modified>", "");
        }
        return org.podium.media.Sha256.of(bytes);
    }

    private MediaRef ref(String name) {
        String hash = org.podium.media.Sha256.of(name.getBytes(StandardCharsets.UTF_8));
        return new MediaRef(hash, name, "image/jpeg", 100, 100, 1);
    }

    private static EncodedPicture picture(String text) {
        return new EncodedPicture(text.getBytes(StandardCharsets.UTF_8), "image/jpeg", 1, 1);
    }

    private static String text(EncodedPicture picture) {
        return new String(picture.bytes(), StandardCharsets.UTF_8);
    }
}
