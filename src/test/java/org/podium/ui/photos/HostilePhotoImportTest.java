package org.podium.ui.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.TestProgrammes;
import org.podium.media.HostileImages;
import org.podium.media.TestImages;
import org.podium.model.MediaRef;
import org.podium.model.SegmentId;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.ui.common.Messages;
import org.podium.ui.common.SameThreadRunner;
import org.podium.ui.runningorder.RunningOrderViewModel;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;
import org.podium.ui.shell.Fakes;

/**
 * A folder of photos as it arrives from phones, chat apps and a print shop, dropped on a segment:
 * every usable file becomes a slide with its true size and orientation, and every other file is
 * named in one message with its problem.
 */
class HostilePhotoImportTest {

    private static final SegmentId MONTAGE = new SegmentId("s-montage");

    @TempDir
    Path dir;

    private final EditorSession session = new EditorSession(TestProgrammes.jianye());
    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final RunningOrderViewModel runningOrder = new RunningOrderViewModel(session, messages);
    private final PhotoImportViewModel model = new PhotoImportViewModel(session, runningOrder, new SameThreadRunner(),
            dialogs, messages);

    @Test
    void usablePhotosBecomeSlidesAndEveryOtherFileIsNamedWithItsProblem() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("活動照片"));
        Map<String, byte[]> usable = new TreeMap<>(Map.of(
                "a-png-named.jpg", TestImages.png(40, 30, 1),
                "b-big-exif.jpg", HostileImages.withBigExif(HostileImages.jpeg(64, 48), 6, 60_000),
                "c-loop.jpg", HostileImages.withExifLoop(HostileImages.jpeg(64, 48), 3),
                "d-progressive.jpg", HostileImages.progressiveJpeg(black(32, 16)),
                "e-animated.gif", HostileImages.animatedGif(black(20, 10), black(20, 10))));
        Map<String, String> refused = new TreeMap<>(Map.of(
                "f-empty.jpg", "the file is empty",
                "g-notes.jpg", "not a photo Podium can use",
                "h-iphone.heic", "HEIC photos are not supported yet",
                "i-wechat.webp", "WebP images are not supported yet",
                "j-scan.tif", "TIFF images",
                "k-bomb.png", "30000 × 30000 pixels (900 megapixels); Podium shows photos of up to 100 megapixels",
                "l-huge-frame.jpg", "65000 × 65000 pixels",
                "m-cut.jpg", "the JPEG header is truncated or damaged"));
        usable.forEach((name, bytes) -> write(folder.resolve(name), bytes));
        write(folder.resolve("f-empty.jpg"), new byte[0]);
        write(folder.resolve("g-notes.jpg"), "會議議程".getBytes(StandardCharsets.UTF_8));
        write(folder.resolve("h-iphone.heic"), HostileImages.heic());
        write(folder.resolve("i-wechat.webp"), HostileImages.webp());
        write(folder.resolve("j-scan.tif"), HostileImages.tiff());
        write(folder.resolve("k-bomb.png"), HostileImages.pngBomb(30000, 30000, 4));
        write(folder.resolve("l-huge-frame.jpg"), HostileImages.withFrameSize(HostileImages.jpeg(64, 64), 65000, 65000));
        write(folder.resolve("m-cut.jpg"), HostileImages.cut(HostileImages.jpeg(64, 64), 100));
        session.select(Selection.segment(MONTAGE));
        int before = montage().size();

        model.importFiles(List.of(folder), null, false);

        List<MediaRef> added = montage().subList(before, montage().size()).stream()
                .map(s -> ((SinglePhoto) s.content()).photo().media()).toList();
        assertThat(added).extracting(MediaRef::originalName).containsExactlyElementsOf(usable.keySet());
        assertThat(added.get(0).mediaType()).isEqualTo("image/png");
        assertThat(added.get(1).exifOrientation()).isEqualTo(6);
        assertThat(added.get(1).displayWidthPx()).isEqualTo(48);
        assertThat(added.get(2).exifOrientation()).isEqualTo(3);
        assertThat(added.get(4).mediaType()).isEqualTo("image/gif");
        assertThat(dialogs.errors).singleElement().satisfies(message -> {
            assertThat(message).contains("8 files were not added; 5 photos were added");
            refused.forEach((name, problem) ->
                    assertThat(message).contains(folder.resolve(name) + ": ").contains(problem));
        });
        assertThat(session.undoable()).isPresent();
    }

    private List<Slide> montage() {
        return session.programme().segment(MONTAGE).orElseThrow().slides();
    }

    private static BufferedImage black(int widthPx, int heightPx) {
        return new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
