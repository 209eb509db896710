package org.podium.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.render.Pixels.countUnlike;
import static org.podium.render.Pixels.distance;
import static org.podium.render.Pixels.rgb;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.layout.ImageBox;
import org.podium.layout.ImageCrop;
import org.podium.layout.Rect;
import org.podium.layout.Stroke;
import org.podium.media.FileMediaStore;
import org.podium.media.PhotoCache;
import org.podium.model.MediaRef;

/** Real picture files through the photo cache and decoder into the renderer. */
class PhotoRenderingTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxPlatform.startHeadless();
    }

    /** A 1200 × 600 PNG: left half green, right half yellow. */
    private Path twoColourPng() throws IOException {
        BufferedImage image = new BufferedImage(1200, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, 600, 600);
        g.setColor(Color.YELLOW);
        g.fillRect(600, 0, 600, 600);
        g.dispose();
        Path file = dir.resolve("兩色.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void aCropShowingTheRightHalfShowsOnlyItsColour() throws IOException {
        FileMediaStore store = new FileMediaStore();
        MediaRef ref = store.importFile(twoColourPng());
        ImageBox box = new ImageBox(new Rect(100, 100, 300, 300), ref, new ImageCrop(0.5, 0, 0.5, 1), 0, Stroke.NONE, "");
        SlideImage slide = new SlideSnapshotter(new SlideRenderer(PhotoSource.of(new PhotoCache(), store)))
                .snapshot(Slides.slide(box), 960);

        assertThat(slide.problems()).isEmpty();
        assertThat(countUnlike(slide.image(), 0xffff00, 6, 101, 101, 399, 399)).as("non-yellow pixels").isZero();
        assertThat(distance(rgb(slide.image(), 99, 250), 0x7c0d12)).isZero();
        assertThat(distance(rgb(slide.image(), 401, 250), 0x7c0d12)).isZero();
    }

    @Test
    void aPhotoMissingFromTheStoreIsAPlaceholderNamingIt() throws IOException {
        MediaRef ref = new FileMediaStore().importFile(twoColourPng());
        Files.delete(dir.resolve("兩色.png"));
        ImageBox box = new ImageBox(new Rect(100, 100, 400, 225), ref, ImageCrop.WHOLE, 0, Stroke.NONE, "");
        SlideImage slide = new SlideSnapshotter(new SlideRenderer(PhotoSource.of(new PhotoCache(), new FileMediaStore())))
                .snapshot(Slides.slide(box), 960);

        assertThat(slide.problems()).singleElement().satisfies(p -> {
            assertThat(p.media().originalName()).isEqualTo("兩色.png");
            assertThat(p.reason()).contains("import it again");
        });
        assertThat(countUnlike(slide.image(), 0x7c0d12, 8, 100, 100, 500, 325)).isEqualTo(400 * 225);
    }
}
