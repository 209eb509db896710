package org.podium.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.podium.media.Pictures.BLUE;
import static org.podium.media.Pictures.GREEN;
import static org.podium.media.Pictures.RED;
import static org.podium.media.Pictures.YELLOW;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.media.PhotoDecodeException.Reason;
import org.podium.model.MediaRef;

/**
 * The render path (editor canvas, thumbnails, presenter) meets damaged and unusual photos: each is
 * either shown at the right size and orientation with sane pixels, or refused with a
 * {@link PhotoDecodeException} naming the photo and the problem. Never an OutOfMemoryError, never
 * an unchecked exception.
 */
class HostileImagesDecodeTest {

    /** More than this many bytes allocated while refusing a bomb means pixels were allocated first. */
    private static final long REFUSAL_ALLOCATION_BYTES = 16L * 1024 * 1024;

    @TempDir
    Path dir;

    private final BytesMediaStore store = new BytesMediaStore();
    private final PhotoDecoder decoder = new PhotoDecoder();

    private PhotoDecodeException refused(MediaRef ref, PhotoRequest request) {
        Throwable thrown = catchThrowable(() -> decoder.decode(ref, store, request));
        assertThat(thrown).as("outcome for %s", ref.originalName()).isInstanceOf(PhotoDecodeException.class);
        PhotoDecodeException e = (PhotoDecodeException) thrown;
        assertThat(e.getMessage()).startsWith(ref.originalName() + ": ");
        return e;
    }

    /** Imports {@code bytes} as a person would (probe, then the decoder reads the file). */
    private DecodedPhoto shown(String name, byte[] bytes, PhotoRequest request) throws Exception {
        FileMediaStore files = new FileMediaStore();
        MediaRef ref = files.importFile(Files.write(dir.resolve(name), bytes));
        return decoder.decode(ref, files, request);
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        MediaRef ref = store.put("空白.jpg", "image/jpeg", 10, 10, new byte[0]);

        PhotoDecodeException e = refused(ref, PhotoRequest.contain(100, 100));

        assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(e.detail()).contains("empty");
    }

    @Test
    void aJpegOfOnlyItsFirstTwoBytesIsRefusedAsNotAPhoto() {
        MediaRef ref = store.put("頒獎.jpg", "image/jpeg", 200, 150, HostileImages.cut(HostileImages.jpeg(200, 150), 2));

        PhotoDecodeException e = refused(ref, PhotoRequest.contain(100, 100));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
        assertThat(e.detail()).startsWith("not a photo Podium can use");
    }

    /** Cut points: inside the markers, the tables, the frame header, the scan; -1 half, -2 all but 100 bytes. */
    @ParameterizedTest(name = "cut after {0} bytes")
    @ValueSource(ints = {3, 4, 20, 100, 160, 400, 700, 1500, -1, -2})
    void aJpegCutAnywhereIsRefusedAsDamaged(int kept) {
        byte[] whole = HostileImages.jpeg(200, 150);
        int keptBytes = kept == -1 ? whole.length / 2 : kept == -2 ? whole.length - 100 : kept;
        MediaRef ref = store.put("頒獎.jpg", "image/jpeg", 200, 150, HostileImages.cut(whole, keptBytes));

        PhotoDecodeException e = refused(ref, PhotoRequest.contain(100, 100));

        assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(e.detail()).containsAnyOf("cut short", "truncated or damaged", "damaged or cut short");
    }

    @Test
    void aJpegMissingOnlyItsEndMarkerIsShown() throws Exception {
        byte[] whole = Pictures.write(Pictures.quadrants(64, 48), "jpg");

        DecodedPhoto photo = shown("no-eoi.jpg", HostileImages.cut(whole, whole.length - 2), PhotoRequest.contain(64, 48));

        assertThat(photo.size()).isEqualTo(new PixelSize(64, 48));
        assertThat(Pictures.near(RED, photo.argbAt(8, 8), 24)).as(Pictures.hex(photo.argbAt(8, 8))).isTrue();
    }

    @Test
    void aPngBombIsRefusedFromItsHeaderBeforeAnyPixelMemory() {
        byte[] bomb = HostileImages.pngBomb(30000, 30000, 4);
        assertThat(bomb.length).isLessThan(2000);
        MediaRef ref = store.put("bomb.png", "image/png", 30000, 30000, bomb);

        long before = allocatedBytes();
        PhotoDecodeException e = refused(ref, PhotoRequest.contain(1920, 1080));
        long allocated = allocatedBytes() - before;

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.detail()).contains("30000 × 30000", "900 megapixels");
        assertThat(allocated).isLessThan(REFUSAL_ALLOCATION_BYTES);
    }

    @Test
    void aJpegDeclaringAHugeFrameIsRefusedFromItsHeader() {
        byte[] jpeg = HostileImages.withFrameSize(HostileImages.jpeg(64, 64), 65000, 65000);
        MediaRef ref = store.put("huge-sof.jpg", "image/jpeg", 64, 64, jpeg);

        long before = allocatedBytes();
        PhotoDecodeException e = refused(ref, PhotoRequest.contain(1920, 1080));
        long allocated = allocatedBytes() - before;

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.detail()).contains("65000 × 65000");
        assertThat(allocated).isLessThan(REFUSAL_ALLOCATION_BYTES);
    }

    @Test
    void aLosslessJpegIsRefusedAsUnsupportedAndAGifDeclaringAHugeFrameAsTooLarge() {
        MediaRef lossless = store.put("scanner.jpg", "image/jpeg", 64, 48,
                HostileImages.asJpegVariant(HostileImages.jpeg(64, 48), true));
        MediaRef gif = store.put("huge.gif", "image/gif", 10, 10,
                HostileImages.withGifSize(Pictures.write(Pictures.quadrants(10, 10), "gif"), 65535, 65535));

        PhotoDecodeException unsupported = refused(lossless, PhotoRequest.contain(64, 48));
        PhotoDecodeException tooLarge = refused(gif, PhotoRequest.contain(64, 48));

        assertThat(unsupported.reason()).isEqualTo(Reason.UNSUPPORTED);
        assertThat(unsupported.detail()).startsWith("this JPEG is stored in a form Podium cannot show");
        assertThat(tooLarge.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(tooLarge.detail()).contains("65535 × 65535");
    }

    @Test
    void anInterlacedPngIsShown() throws Exception {
        byte[] png = HostileImages.interlacedPng(Pictures.quadrants(40, 30));

        DecodedPhoto photo = shown("interlaced.png", png, PhotoRequest.contain(20, 15));

        assertThat(photo.size()).isEqualTo(new PixelSize(20, 15));
        assertThat(Pictures.hex(photo.argbAt(2, 2))).isEqualTo(Pictures.hex(RED));
        assertThat(Pictures.hex(photo.argbAt(18, 13))).isEqualTo(Pictures.hex(YELLOW));
    }

    @Test
    void aJpegDeclaringMorePixelsThanItHoldsIsRefusedAsCutShort() {
        byte[] jpeg = HostileImages.withFrameSize(HostileImages.jpeg(64, 64), 9000, 9000);
        MediaRef ref = store.put("lying.jpg", "image/jpeg", 9000, 9000, jpeg);

        PhotoDecodeException e = refused(ref, PhotoRequest.contain(320, 320));

        assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void aHundredMegapixelPngOfAFewKilobytesIsShownSubsampledInLittleMemory() throws Exception {
        byte[] png = HostileImages.pngGreyBomb(10000, 10000);
        assertThat(png.length).isLessThan(200_000);
        MediaRef ref = store.put("scan.png", "image/png", 10000, 10000, png);

        long before = allocatedBytes();
        DecodedPhoto photo = decoder.decode(ref, store, PhotoRequest.contain(320, 320));
        long allocated = allocatedBytes() - before;

        assertThat(photo.size()).isEqualTo(new PixelSize(320, 320));
        assertThat(photo.argbAt(160, 160)).isEqualTo(0xFF000000);
        // the whole picture as ARGB would be 400 MB; the subsampled decode is about 1 MB
        assertThat(allocated).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void aPngWhoseTextInflatesTo64MegabytesIsShownWithoutInflatingIt() throws Exception {
        byte[] png = HostileImages.withInflatingChunk(Pictures.write(Pictures.quadrants(40, 30), "png"), "zTXt",
                64L * 1024 * 1024);
        MediaRef ref = store.put("text-bomb.png", "image/png", 40, 30, png);

        long before = allocatedBytes();
        DecodedPhoto photo = decoder.decode(ref, store, PhotoRequest.contain(40, 30));
        long allocated = allocatedBytes() - before;

        assertThat(Pictures.hex(photo.argbAt(35, 25))).isEqualTo(Pictures.hex(YELLOW));
        assertThat(allocated).isLessThan(16L * 1024 * 1024);
    }

    @Test
    void aPngNamedJpgIsShownByWhatItIs() throws Exception {
        DecodedPhoto photo = shown("photo.jpg", Pictures.write(Pictures.quadrants(40, 30), "png"),
                PhotoRequest.contain(40, 30));

        assertThat(photo.size()).isEqualTo(new PixelSize(40, 30));
        assertThat(Pictures.hex(photo.argbAt(35, 25))).isEqualTo(Pictures.hex(YELLOW));
    }

    @Test
    void textNamedJpgIsRefusedAsNotAPhoto() {
        MediaRef ref = store.put("notes.jpg", "image/jpeg", 10, 10,
                "會議議程：一、合唱；二、致辭".getBytes(StandardCharsets.UTF_8));

        PhotoDecodeException e = refused(ref, PhotoRequest.contain(100, 100));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
        assertThat(e.detail()).isEqualTo("not a photo Podium can use; Podium takes JPEG, PNG, GIF and BMP");
    }

    @Test
    void heicWebpAndTiffAreRefusedByName() {
        MediaRef heic = store.put("IMG_0001.HEIC", "image/jpeg", 4032, 3024, HostileImages.heic());
        MediaRef webp = store.put("wechat.webp", "image/jpeg", 800, 600, HostileImages.webp());
        MediaRef tiff = store.put("scan.tif", "image/jpeg", 800, 600, HostileImages.tiff());

        assertThat(refused(heic, PhotoRequest.contain(100, 100)).detail()).startsWith("HEIC photos are not supported");
        assertThat(refused(webp, PhotoRequest.contain(100, 100)).detail()).startsWith("WebP images are not supported");
        assertThat(refused(tiff, PhotoRequest.contain(100, 100)).detail()).startsWith("TIFF images");
        assertThat(refused(tiff, PhotoRequest.contain(100, 100)).reason()).isEqualTo(Reason.UNSUPPORTED);
    }

    @Test
    void aCmykJpegIsShownInRgb() throws Exception {
        DecodedPhoto photo = shown("海報.jpg", Pictures.cmykJpeg(64, 64), PhotoRequest.contain(64, 64));

        assertThat(photo.size()).isEqualTo(new PixelSize(64, 64));
        assertThat(Pictures.near(RED, photo.argbAt(32, 8), 24)).as(Pictures.hex(photo.argbAt(32, 8))).isTrue();
        assertThat(Pictures.near(BLUE, photo.argbAt(32, 56), 24)).as(Pictures.hex(photo.argbAt(32, 56))).isTrue();
    }

    @Test
    void sixteenBitGreyAlphaAndPalettePngsAreShown() throws Exception {
        DecodedPhoto deep = shown("16bit.png", Pictures.png16BitRgb(30, 20, 0x336699), PhotoRequest.contain(30, 20));
        DecodedPhoto greyAlpha = shown("grey-alpha.png", Pictures.png16BitGreyAlpha(30, 20, 0x80),
                PhotoRequest.contain(30, 20));
        DecodedPhoto palette = shown("palette.png", Pictures.pngPaletteWithTransparency(30, 20),
                PhotoRequest.contain(30, 20));

        assertThat(Pictures.hex(deep.argbAt(10, 10))).isEqualTo("FF336699");
        assertThat(deep.opaque()).isTrue();
        assertThat(Pictures.hex(greyAlpha.argbAt(5, 10))).isEqualTo("FF808080");
        assertThat(greyAlpha.argbAt(25, 10) >>> 24).isZero();
        assertThat(palette.argbAt(5, 5) >>> 24).isZero();
        assertThat(Pictures.hex(palette.argbAt(25, 5))).isEqualTo(Pictures.hex(RED));
        assertThat(palette.opaque()).isFalse();
    }

    @Test
    void anAnimatedGifShowsItsFirstFrame() throws Exception {
        byte[] gif = HostileImages.animatedGif(Pictures.quadrants(40, 30), flat(40, 30, BLUE));

        DecodedPhoto photo = shown("動畫.gif", gif, PhotoRequest.contain(40, 30));

        assertThat(photo.size()).isEqualTo(new PixelSize(40, 30));
        assertThat(Pictures.hex(photo.argbAt(5, 5))).isEqualTo(Pictures.hex(RED));
        assertThat(Pictures.hex(photo.argbAt(35, 5))).isEqualTo(Pictures.hex(GREEN));
    }

    @Test
    void aJpegWithA60KilobyteExifBlockStandsUprightByItsTag() throws Exception {
        byte[] jpeg = HostileImages.withBigExif(Pictures.write(Pictures.quadrants(64, 48), "jpg"), 6, 60_000);
        assertThat(jpeg.length).isGreaterThan(60_000);

        DecodedPhoto photo = shown("big-exif.jpg", jpeg, PhotoRequest.contain(100, 100));

        // orientation 6 turns the picture a quarter clockwise: the stored top-left (red) is now top right
        assertThat(photo.size()).isEqualTo(new PixelSize(48, 64));
        assertThat(Pictures.near(RED, photo.argbAt(40, 8), 24)).as(Pictures.hex(photo.argbAt(40, 8))).isTrue();
    }

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {0, 9, 255, 65535})
    void aBogusOrientationIsTakenAsUpright(int orientation) throws Exception {
        byte[] jpeg = TestImages.withExifOrientation(Pictures.write(Pictures.quadrants(64, 48), "jpg"), orientation);

        DecodedPhoto photo = shown("odd-" + orientation + ".jpg", jpeg, PhotoRequest.contain(64, 48));

        assertThat(photo.size()).isEqualTo(new PixelSize(64, 48));
        assertThat(Pictures.near(RED, photo.argbAt(8, 8), 24)).as(Pictures.hex(photo.argbAt(8, 8))).isTrue();
    }

    @Test
    void exifWhoseDirectoriesPointBackAtThemselvesIsReadOnce() throws Exception {
        byte[] jpeg = HostileImages.withExifLoop(Pictures.write(Pictures.quadrants(64, 48), "jpg"), 3);

        DecodedPhoto photo = shown("loop.jpg", jpeg, PhotoRequest.contain(64, 48));

        // orientation 3 is a half turn: the stored bottom-right (yellow) is now top left
        assertThat(photo.size()).isEqualTo(new PixelSize(64, 48));
        assertThat(Pictures.near(YELLOW, photo.argbAt(8, 8), 24)).as(Pictures.hex(photo.argbAt(8, 8))).isTrue();
    }

    @Test
    void aProgressiveJpegIsShownAndACutOneRefused() throws Exception {
        byte[] progressive = HostileImages.progressiveJpeg(Pictures.quadrants(64, 48));
        MediaRef cut = store.put("cut-progressive.jpg", "image/jpeg", 64, 48,
                HostileImages.cut(progressive, progressive.length * 2 / 3));

        DecodedPhoto photo = shown("progressive.jpg", progressive, PhotoRequest.contain(32, 24));

        assertThat(photo.size()).isEqualTo(new PixelSize(32, 24));
        assertThat(Pictures.near(BLUE, photo.argbAt(4, 20), 24)).as(Pictures.hex(photo.argbAt(4, 20))).isTrue();
        assertThat(refused(cut, PhotoRequest.contain(32, 24)).reason()).isEqualTo(Reason.DAMAGED);
    }

    private static BufferedImage flat(int widthPx, int heightPx, int argb) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < heightPx; y++) {
            for (int x = 0; x < widthPx; x++) {
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }

    /** Bytes this thread has allocated so far (HotSpot's per-thread counter). */
    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
