package org.podium.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.model.MediaRef;

/**
 * The import path meets damaged and unusual photos: {@link MediaProbe} either takes a file with
 * its true format, size and orientation, or refuses it with an {@link IOException} whose message
 * starts with the file and says what is wrong. What the decoder would refuse for its size is
 * refused here already, so it never becomes a slide that can only show a placeholder.
 */
class HostileImagesProbeTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private String refusal(Path file) {
        Throwable thrown = catchThrowable(() -> MediaProbe.probe(file));
        assertThat(thrown).as("outcome for %s", file.getFileName()).isInstanceOf(IOException.class);
        assertThat(thrown.getMessage()).startsWith(file + ": ");
        return thrown.getMessage().substring(file.toString().length() + 2);
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertThat(refusal(write("空白.jpg", new byte[0]))).isEqualTo("the file is empty");
    }

    @ParameterizedTest(name = "cut after {0} bytes")
    @ValueSource(ints = {2, 3, 4, 20, 100, 160})
    void aJpegCutInsideItsHeaderIsRefused(int kept) throws IOException {
        Path file = write("頒獎.jpg", HostileImages.cut(HostileImages.jpeg(200, 150), kept));

        assertThat(refusal(file)).isIn("the JPEG header is truncated or damaged",
                "not a photo Podium can use; Podium takes JPEG, PNG, GIF and BMP");
    }

    @Test
    void aJpegCutInItsPictureDataIsTakenForTheDecoderToReport() throws IOException {
        byte[] whole = HostileImages.jpeg(200, 150);

        MediaRef ref = MediaProbe.probe(write("half.jpg", HostileImages.cut(whole, whole.length / 2)));

        assertThat(ref.widthPx()).isEqualTo(200);
        assertThat(ref.heightPx()).isEqualTo(150);
    }

    @Test
    void aPngBombIsRefusedWithItsSizeAndTheLimit() throws IOException {
        Path file = write("bomb.png", HostileImages.pngBomb(30000, 30000, 4));

        long before = allocatedBytes();
        String problem = refusal(file);
        long allocated = allocatedBytes() - before;

        assertThat(problem).contains("30000 × 30000", "900 megapixels", "up to 100 megapixels");
        assertThat(allocated).isLessThan(16L * 1024 * 1024);
    }

    @Test
    void aJpegDeclaringAHugeFrameIsRefusedWithItsSize() throws IOException {
        Path file = write("huge-sof.jpg", HostileImages.withFrameSize(HostileImages.jpeg(64, 64), 65000, 65000));

        assertThat(refusal(file)).contains("65000 × 65000", "megapixels");
    }

    @Test
    void aHundredMegapixelPngIsTakenAtTheLimit() throws IOException {
        MediaRef ref = MediaProbe.probe(write("scan.png", HostileImages.pngGreyBomb(10000, 10000)));

        assertThat(ref.widthPx()).isEqualTo(10000);
        assertThat(ref.mediaType()).isEqualTo("image/png");
    }

    @ParameterizedTest(name = "lossless {0}")
    @ValueSource(booleans = {true, false})
    void losslessAnd12BitJpegsAreRefusedAsUnsupportedNotAsDamaged(boolean lossless) throws IOException {
        Path file = write("scanner.jpg", HostileImages.asJpegVariant(HostileImages.jpeg(64, 48), lossless));

        assertThat(refusal(file)).isEqualTo("this JPEG is stored in a form Podium cannot show (lossless or 12-bit, "
                + "as some scanners and cameras write); save it again as an ordinary JPEG");
    }

    @Test
    void aGifDeclaringAHugeFrameIsRefusedWithItsSize() throws IOException {
        byte[] gif = Pictures.write(Pictures.quadrants(10, 10), "gif");
        Path file = write("huge.gif", HostileImages.withGifSize(gif, 65535, 65535));

        assertThat(refusal(file)).contains("65535 × 65535 pixels", "up to 100 megapixels");
    }

    @Test
    void aPngNamedJpgIsTakenAsPngAndTextNamedJpgIsRefused() throws IOException {
        MediaRef png = MediaProbe.probe(write("photo.jpg", Pictures.write(Pictures.quadrants(40, 30), "png")));
        Path text = write("notes.jpg", "會議議程：一、合唱；二、致辭".getBytes(StandardCharsets.UTF_8));

        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.widthPx()).isEqualTo(40);
        assertThat(refusal(text)).isEqualTo("not a photo Podium can use; Podium takes JPEG, PNG, GIF and BMP");
    }

    @Test
    void heicWebpAndTiffAreRefusedByName() throws IOException {
        assertThat(refusal(write("IMG_0001.HEIC", HostileImages.heic())))
                .isEqualTo("HEIC photos are not supported yet; export it as JPEG");
        assertThat(refusal(write("wechat.webp", HostileImages.webp())))
                .isEqualTo("WebP images are not supported yet; export it as JPEG or PNG");
        assertThat(refusal(write("scan.tif", HostileImages.tiff())))
                .isEqualTo("TIFF images (and camera RAW files) are not supported; export it as JPEG or PNG");
    }

    @Test
    void cmykSixteenBitPaletteAndAnimatedPicturesAreTakenWithTheirSize() throws IOException {
        assertThat(MediaProbe.probe(write("海報.jpg", Pictures.cmykJpeg(64, 32))).widthPx()).isEqualTo(64);
        assertThat(MediaProbe.probe(write("16bit.png", Pictures.png16BitRgb(30, 20, 0x336699))).heightPx())
                .isEqualTo(20);
        assertThat(MediaProbe.probe(write("grey-alpha.png", Pictures.png16BitGreyAlpha(30, 20, 0x80))).widthPx())
                .isEqualTo(30);
        assertThat(MediaProbe.probe(write("palette.png", Pictures.pngPaletteWithTransparency(30, 20))).widthPx())
                .isEqualTo(30);
        MediaRef gif = MediaProbe.probe(write("動畫.gif",
                HostileImages.animatedGif(Pictures.quadrants(40, 30), Pictures.quadrants(40, 30))));
        assertThat(gif.mediaType()).isEqualTo("image/gif");
        assertThat(gif.widthPx()).isEqualTo(40);
        MediaRef progressive = MediaProbe.probe(write("progressive.jpg",
                HostileImages.progressiveJpeg(Pictures.quadrants(64, 48))));
        assertThat(progressive.heightPx()).isEqualTo(48);
    }

    @Test
    void aBigExifBlockStillGivesItsOrientation() throws IOException {
        MediaRef ref = MediaProbe.probe(write("big-exif.jpg",
                HostileImages.withBigExif(HostileImages.jpeg(64, 48), 6, 60_000)));

        assertThat(ref.exifOrientation()).isEqualTo(6);
        assertThat(ref.displayWidthPx()).isEqualTo(48);
    }

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {0, 9, 255, 65535})
    void aBogusOrientationIsTakenAsUpright(int orientation) throws IOException {
        MediaRef ref = MediaProbe.probe(write("odd.jpg",
                TestImages.withExifOrientation(HostileImages.jpeg(64, 48), orientation)));

        assertThat(ref.exifOrientation()).isEqualTo(1);
    }

    @Test
    void exifDirectoriesThatLoopAreReadOnce() throws IOException {
        MediaRef ref = MediaProbe.probe(write("loop.jpg", HostileImages.withExifLoop(HostileImages.jpeg(64, 48), 8)));

        assertThat(ref.exifOrientation()).isEqualTo(8);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zTXt", "iTXt", "iCCP"})
    void aPngWhoseTextOrProfileInflatesTo64MegabytesIsTakenWithoutInflatingIt(String chunk) throws IOException {
        byte[] png = HostileImages.withInflatingChunk(Pictures.write(Pictures.quadrants(40, 30), "png"), chunk,
                64L * 1024 * 1024);
        assertThat(png.length).isLessThan(200_000);
        Path file = write("text-bomb.png", png);

        long before = allocatedBytes();
        MediaRef ref = MediaProbe.probe(file);
        long allocated = allocatedBytes() - before;

        assertThat(ref.widthPx()).isEqualTo(40);
        assertThat(allocated).isLessThan(16L * 1024 * 1024);
    }

    @Test
    void aPngGivesTheOrientationOfItsExifChunk() throws IOException {
        byte[] png = HostileImages.withPngExif(Pictures.write(Pictures.quadrants(40, 30), "png"), 6);

        MediaRef ref = MediaProbe.probe(write("turned.png", HostileImages.withInflatingChunk(png, "zTXt", 1024)));

        assertThat(ref.exifOrientation()).isEqualTo(6);
        assertThat(ref.displayWidthPx()).isEqualTo(30);
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
