package org.podium.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.media.Pictures.BLUE;
import static org.podium.media.Pictures.GREEN;
import static org.podium.media.Pictures.RED;
import static org.podium.media.Pictures.YELLOW;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.model.MediaRef;

class PhotoDecoderTest {

    private static final Map<String, Integer> COLOURS = Map.of("RED", RED, "GREEN", GREEN, "BLUE", BLUE,
            "YELLOW", YELLOW);

    @TempDir
    Path dir;

    private final FileMediaStore store = new FileMediaStore();
    private final PhotoDecoder decoder = new PhotoDecoder();

    /**
     * The stored picture has red top left, green top right, blue bottom left, yellow bottom right.
     * EXIF says where the stored first row and first column belong on screen; the expected corners
     * follow from that: 6 puts the first row on the right (red top right, green bottom right).
     */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
            // orientation, then the colours seen at top left, top right, bottom left, bottom right
            "1, RED,    GREEN,  BLUE,   YELLOW",
            "2, GREEN,  RED,    YELLOW, BLUE",
            "3, YELLOW, BLUE,   GREEN,  RED",
            "4, BLUE,   YELLOW, RED,    GREEN",
            "5, RED,    BLUE,   GREEN,  YELLOW",
            "6, BLUE,   RED,    YELLOW, GREEN",
            "7, YELLOW, GREEN,  BLUE,   RED",
            "8, GREEN,  YELLOW, RED,    BLUE"})
    void everyExifOrientationPutsEachCornerWhereTheCameraMeantIt(int orientation, String topLeft, String topRight,
                                                                  String bottomLeft, String bottomRight)
            throws Exception {
        MediaRef stored = importBytes("四色.png", Pictures.write(Pictures.quadrants(80, 40), "png"));
        MediaRef ref = withOrientation(stored, orientation);

        DecodedPhoto photo = decoder.decode(ref, store, PhotoRequest.contain(1000, 1000));

        assertThat(photo.size()).isEqualTo(new PixelSize(ref.displayWidthPx(), ref.displayHeightPx()));
        int right = photo.widthPx() - 1;
        int bottom = photo.heightPx() - 1;
        assertThat(Pictures.hex(photo.argbAt(0, 0))).isEqualTo(Pictures.hex(COLOURS.get(topLeft)));
        assertThat(Pictures.hex(photo.argbAt(right, 0))).isEqualTo(Pictures.hex(COLOURS.get(topRight)));
        assertThat(Pictures.hex(photo.argbAt(0, bottom))).isEqualTo(Pictures.hex(COLOURS.get(bottomLeft)));
        assertThat(Pictures.hex(photo.argbAt(right, bottom))).isEqualTo(Pictures.hex(COLOURS.get(bottomRight)));
    }

    @Test
    void aCameraJpegTurnedByItsExifTagStandsUprightWhenScaledDown() throws Exception {
        byte[] jpeg = TestImages.withExifOrientation(Pictures.write(Pictures.quadrants(400, 200), "jpg"), 6);
        MediaRef ref = importBytes("頒獎.jpg", jpeg);
        assertThat(ref.exifOrientation()).isEqualTo(6);

        DecodedPhoto photo = decoder.decode(ref, store, PhotoRequest.contain(100, 100));

        assertThat(photo.size()).isEqualTo(new PixelSize(50, 100));
        assertThat(Pictures.near(BLUE, photo.argbAt(2, 2), 40)).as(Pictures.hex(photo.argbAt(2, 2))).isTrue();
        assertThat(Pictures.near(RED, photo.argbAt(47, 2), 40)).as(Pictures.hex(photo.argbAt(47, 2))).isTrue();
        assertThat(Pictures.near(YELLOW, photo.argbAt(2, 97), 40)).as(Pictures.hex(photo.argbAt(2, 97))).isTrue();
        assertThat(Pictures.near(GREEN, photo.argbAt(47, 97), 40)).as(Pictures.hex(photo.argbAt(47, 97))).isTrue();
    }

    @Test
    void a24MegapixelJpegForAThumbnailDecodesOnlyAFewOfItsPixels() throws Exception {
        MediaRef ref = importBytes("大合照.jpg", Pictures.write(Pictures.scene(6000, 4000), "jpg"));

        DecodedPhoto thumbnail = decoder.decode(ref, store, PhotoRequest.contain(320, 320));

        assertThat(thumbnail.size()).isEqualTo(new PixelSize(320, 213));
        assertThat(thumbnail.sourceSubsampling()).isGreaterThanOrEqualTo(8);
        assertThat(thumbnail.opaque()).isTrue();
    }

    @Test
    void subsamplingKeepsTwiceTheTargetWhereCheapAndLargeJpegsOnlyTheTarget() {
        PixelSize stored = new PixelSize(6000, 4000);

        // export at 2560: every second pixel, 3000 × 2000, then averaged down
        assertThat(PhotoDecoder.subsampling(stored, new PixelSize(2560, 1707), ImageFormat.JPEG, Long.MAX_VALUE))
                .isEqualTo(2);
        // full-screen cover at 1920 × 1280: every third, 2000 × 1333
        assertThat(PhotoDecoder.subsampling(stored, new PixelSize(1920, 1280), ImageFormat.JPEG, Long.MAX_VALUE))
                .isEqualTo(3);
        assertThat(PhotoDecoder.subsampled(stored, 3)).isEqualTo(new PixelSize(2000, 1333));
        assertThat(PhotoDecoder.subsampling(stored, new PixelSize(3001, 2000), ImageFormat.JPEG, Long.MAX_VALUE))
                .isEqualTo(1);
        // a thumbnail: twice the target is cheap, so it is kept
        assertThat(PhotoDecoder.subsampling(stored, new PixelSize(320, 213), ImageFormat.JPEG, Long.MAX_VALUE))
                .isEqualTo(9);
        assertThat(PhotoDecoder.subsampled(stored, 9)).isEqualTo(new PixelSize(667, 444));
        // a PNG (lettering, logos) always keeps twice the target
        assertThat(PhotoDecoder.subsampling(stored, new PixelSize(1620, 1080), ImageFormat.PNG, Long.MAX_VALUE))
                .isEqualTo(1);
        assertThat(PhotoDecoder.subsampling(stored, new PixelSize(6000, 4000), ImageFormat.JPEG, Long.MAX_VALUE))
                .isEqualTo(1);
    }

    @Test
    void theDecodedPixelLimitStillWinsOverTheTarget() {
        PixelSize stored = new PixelSize(6000, 4000);

        int n = PhotoDecoder.subsampling(stored, new PixelSize(3000, 2000), ImageFormat.JPEG, 1_000_000L);

        assertThat(n).isEqualTo(5);
        assertThat(PhotoDecoder.subsampled(stored, n).pixels()).isLessThanOrEqualTo(1_000_000L);
    }

    @Test
    void aSidewaysCameraJpegIsSubsampledByItsStoredSize() throws Exception {
        // stored 4000 × 3000, shown 3000 × 4000; a 2000-pixel long edge fits 1500 × 2000 shown,
        // 2000 × 1500 stored: every second pixel is exactly enough
        byte[] jpeg = TestImages.withExifOrientation(Pictures.write(Pictures.scene(4000, 3000), "jpg"), 6);
        MediaRef ref = importBytes("側拍.jpg", jpeg);

        DecodedPhoto photo = decoder.decode(ref, store, PhotoRequest.longEdge(2000));

        assertThat(photo.size()).isEqualTo(new PixelSize(1500, 2000));
        assertThat(photo.sourceSubsampling()).isEqualTo(2);
    }

    @Test
    void aSmallPhotoIsNeverScaledUp() throws Exception {
        MediaRef ref = importBytes("logo.png", Pictures.write(Pictures.quadrants(100, 80), "png"));

        DecodedPhoto photo = decoder.decode(ref, store, PhotoRequest.cover(1920, 1080));

        assertThat(photo.size()).isEqualTo(new PixelSize(100, 80));
        assertThat(photo.sourceSubsampling()).isEqualTo(1);
    }

    @Test
    void containFitsInsideTheBoxAndCoverFillsIt() throws Exception {
        MediaRef ref = importBytes("橫幅.png", Pictures.write(Pictures.quadrants(400, 200), "png"));

        assertThat(decoder.decode(ref, store, PhotoRequest.contain(100, 100)).size())
                .isEqualTo(new PixelSize(100, 50));
        assertThat(decoder.decode(ref, store, PhotoRequest.cover(100, 100)).size())
                .isEqualTo(new PixelSize(200, 100));
    }

    @Test
    void scalingDownAveragesNeighbouringColours() throws Exception {
        MediaRef ref = importBytes("四色.png", Pictures.write(Pictures.quadrants(400, 400), "png"));

        DecodedPhoto photo = decoder.decode(ref, store, PhotoRequest.contain(3, 3));

        assertThat(photo.size()).isEqualTo(new PixelSize(3, 3));
        assertThat(Pictures.hex(photo.argbAt(0, 0))).isEqualTo(Pictures.hex(RED));
        // the middle pixel covers all four quadrants equally: (255+0+0+255)/4 red, (0+255+0+255)/4 green, …
        assertThat(Pictures.near(0xFF808040, photo.argbAt(1, 1), 2)).as(Pictures.hex(photo.argbAt(1, 1))).isTrue();
    }

    @Test
    void sixteenBitRgbPngKeepsItsColour() throws Exception {
        MediaRef ref = importBytes("掃描.png", Pictures.png16BitRgb(40, 30, 0x804020));

        DecodedPhoto photo = decoder.decode(ref, store, PhotoRequest.contain(20, 20));

        assertThat(Pictures.hex(photo.argbAt(5, 5))).isEqualTo("FF804020");
    }

    @Test
    void greyPngsKeepTheirGreyLevelWithAndWithoutAlpha() throws Exception {
        MediaRef grey8 = importBytes("grey8.png", Pictures.pngGrey(20, 20, 0x80));
        MediaRef grey16 = importBytes("grey16a.png", Pictures.png16BitGreyAlpha(20, 20, 0x80));

        DecodedPhoto plain = decoder.decode(grey8, store, PhotoRequest.contain(20, 20));
        DecodedPhoto withAlpha = decoder.decode(grey16, store, PhotoRequest.contain(20, 20));

        assertThat(Pictures.hex(plain.argbAt(3, 3))).isEqualTo("FF808080");
        assertThat(plain.opaque()).isTrue();
        assertThat(Pictures.hex(withAlpha.argbAt(3, 3))).isEqualTo("FF808080");
        assertThat(withAlpha.argbAt(15, 3) >>> 24).isZero();
        assertThat(withAlpha.opaque()).isFalse();
    }

    @Test
    void palettedPngKeepsItsTransparency() throws Exception {
        MediaRef ref = importBytes("徽章.png", Pictures.pngPaletteWithTransparency(40, 40));

        DecodedPhoto photo = decoder.decode(ref, store, PhotoRequest.contain(40, 40));

        assertThat(photo.opaque()).isFalse();
        assertThat(photo.argbAt(5, 5) >>> 24).isZero();
        assertThat(Pictures.hex(photo.argbAt(30, 5))).isEqualTo(Pictures.hex(RED));
        assertThat(Pictures.hex(photo.argbAt(30, 35))).isEqualTo("800000FF");
    }

    @Test
    void transparentNeighboursDoNotDarkenAColourWhenScaledDown() throws Exception {
        // two-pixel stripes: transparent, opaque red, transparent, …
        java.awt.image.BufferedImage stripes = new java.awt.image.BufferedImage(200, 100,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 100; y++) {
            for (int x = 2; x < 200; x += 4) {
                stripes.setRGB(x, y, RED);
                stripes.setRGB(x + 1, y, RED);
            }
        }
        MediaRef ref = importBytes("stripes.png", Pictures.write(stripes, "png"));

        DecodedPhoto photo = decoder.decode(ref, store, PhotoRequest.contain(50, 50));

        int pixel = photo.argbAt(20, 10);
        assertThat(pixel >>> 24).isBetween(0x70, 0x90);
        assertThat(pixel & 0xFFFFFF).as(Pictures.hex(pixel)).isEqualTo(0xFF0000);
    }

    @Test
    void cmykJpegFromAPrintShopShowsInRgb() throws Exception {
        MediaRef ref = importBytes("海報.jpg", Pictures.cmykJpeg(64, 64));

        DecodedPhoto photo = decoder.decode(ref, store, PhotoRequest.contain(32, 32));

        assertThat(Pictures.near(RED, photo.argbAt(16, 4), 24)).as(Pictures.hex(photo.argbAt(16, 4))).isTrue();
        assertThat(Pictures.near(BLUE, photo.argbAt(16, 28), 24)).as(Pictures.hex(photo.argbAt(16, 28))).isTrue();
    }

    @Test
    void gifAndBmpDecode() throws Exception {
        MediaRef gif = importBytes("a.gif", Pictures.write(Pictures.quadrants(40, 40), "gif"));
        MediaRef bmp = importBytes("a.bmp", Pictures.write(Pictures.quadrants(40, 40), "bmp"));

        assertThat(Pictures.hex(decoder.decode(gif, store, PhotoRequest.contain(40, 40)).argbAt(35, 35)))
                .isEqualTo(Pictures.hex(YELLOW));
        assertThat(Pictures.hex(decoder.decode(bmp, store, PhotoRequest.contain(40, 40)).argbAt(35, 5)))
                .isEqualTo(Pictures.hex(GREEN));
    }

    @Test
    void aPhotoBeyondTheDecodedPixelLimitIsSubsampledMoreCoarselyNotRefused() throws Exception {
        MediaRef ref = importBytes("wide.png", Pictures.write(Pictures.quadrants(2000, 1000), "png"));
        PhotoDecoder strict = new PhotoDecoder(new DecodeLimits(100_000_000L, 600_000L));

        DecodedPhoto photo = strict.decode(ref, store, PhotoRequest.contain(2000, 1000));

        assertThat(photo.sourceSubsampling()).isEqualTo(2);
        assertThat(photo.size()).isEqualTo(new PixelSize(1000, 500));
    }

    private MediaRef importBytes(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return store.importFile(file);
    }

    private static MediaRef withOrientation(MediaRef ref, int orientation) {
        return new MediaRef(ref.sha256(), ref.originalName(), ref.mediaType(), ref.widthPx(), ref.heightPx(),
                orientation);
    }
}
