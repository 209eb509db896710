package org.podium.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.layout.Fill;
import org.podium.layout.ImageCrop;
import org.podium.layout.Rect;
import org.podium.layout.Rgba;
import org.podium.layout.SlideLayout;
import org.podium.media.DecodedPhoto;

class SlidePngWriterTest {

    @TempDir
    Path dir;

    private final SlidePngWriter writer = new SlidePngWriter(
            new SlideSnapshotter(new SlideRenderer((media, request) -> DecodedPhoto.of(request.maxWidthPx(), request.maxHeightPx(),
                    new int[request.maxWidthPx() * request.maxHeightPx()]))));

    @BeforeAll
    static void toolkit() {
        FxPlatform.startHeadless();
    }

    @Test
    void writesAPngOfTheRequestedWidthWithTheSlidesAspect() throws IOException {
        Path file = dir.resolve("slide-001.png");
        List<PhotoProblem> problems = writer.write(Slides.slide(Slides.line("分享會", 100, 200, 48, 0)), 640, file);

        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(problems).isEmpty();
        assertThat(png.getWidth()).isEqualTo(640);
        assertThat(png.getHeight()).isEqualTo(360);
        assertThat(Pixels.rgb(png, 5, 5)).isEqualTo(0x7c0d12);
    }

    @Test
    void aFourByThreeSlideGetsAFourByThreeImage() throws IOException {
        Path file = dir.resolve("standard.png");
        writer.write(new SlideLayout(720, 540, Fill.solid(Rgba.WHITE), List.of()), 1024, file);

        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png.getWidth()).isEqualTo(1024);
        assertThat(png.getHeight()).isEqualTo(768);
    }

    @Test
    void writingTheSameSlideTwiceGivesTheSameBytes() throws IOException {
        SlideLayout layout = Slides.slide(Slides.line("建鄴區「兩優一先」", 80, 200, 48, 3),
                Slides.photo(new Rect(500, 100, 200, 200), new ImageCrop(0.5, 0, 0.5, 1)));
        writer.write(layout, 1280, dir.resolve("a.png"));
        writer.write(layout, 1280, dir.resolve("b.png"));

        assertThat(Files.readAllBytes(dir.resolve("b.png"))).isEqualTo(Files.readAllBytes(dir.resolve("a.png")));
    }

    @Test
    void writesEverySlideInOrderToItsOwnFile() throws IOException {
        List<SlideLayout> layouts = List.of(
                new SlideLayout(960, 540, Fill.solid(Rgba.hex("#ff0000")), List.of()),
                new SlideLayout(960, 540, Fill.solid(Rgba.hex("#00ff00")), List.of()),
                new SlideLayout(960, 540, Fill.solid(Rgba.hex("#0000ff")), List.of()));

        List<SlidePngWriter.Written> written = writer.writeAll(layouts, 160, i -> dir.resolve("s" + i + ".png"));

        assertThat(written).extracting(SlidePngWriter.Written::file)
                .containsExactly(dir.resolve("s0.png"), dir.resolve("s1.png"), dir.resolve("s2.png"));
        assertThat(Pixels.rgb(ImageIO.read(dir.resolve("s0.png").toFile()), 80, 45)).isEqualTo(0xff0000);
        assertThat(Pixels.rgb(ImageIO.read(dir.resolve("s1.png").toFile()), 80, 45)).isEqualTo(0x00ff00);
        assertThat(Pixels.rgb(ImageIO.read(dir.resolve("s2.png").toFile()), 80, 45)).isEqualTo(0x0000ff);
    }

    @Test
    void anImpossibleWidthIsRefused() {
        assertThatThrownBy(() -> writer.write(Slides.slide(), 0, dir.resolve("x.png")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1–16384");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void aFolderThatIsNotThereIsNamedInTheError() {
        Path file = dir.resolve("missing").resolve("slide.png");

        assertThatThrownBy(() -> writer.write(Slides.slide(), 320, file))
                .isInstanceOf(IOException.class).hasMessageContaining(file.toString());
    }
}
