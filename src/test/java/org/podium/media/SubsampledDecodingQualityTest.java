package org.podium.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.model.MediaRef;

/**
 * A JPEG decoded subsampled near the target and then averaged down looks like the same JPEG decoded
 * at full size and averaged down: the shortcut must not show on the projector or in the deck.
 */
class SubsampledDecodingQualityTest {

    /** Largest mean absolute difference per colour channel allowed, in 8-bit levels. */
    private static final double MAX_MEAN_DIFFERENCE = 2.0;

    @TempDir
    static Path dir;

    private static final FileMediaStore STORE = new FileMediaStore();
    private static byte[] photoBytes;

    @BeforeAll
    static void photo() {
        photoBytes = Pictures.write(ceremony(4000, 3000, 20261127), "jpg");
    }

    @ParameterizedTest(name = "long edge {0} px, EXIF orientation {1}, every {2}. pixel")
    @CsvSource({
            // long edge, orientation, expected subsampling
            "1920, 1, 2",
            "1600, 1, 2",
            "1280, 1, 2",
            "1920, 6, 2",
            "640, 8, 3"})
    void subsampledDecodingMatchesDecodingEverythingThenAveraging(int longEdgePx, int orientation,
                                                                   int expectedSubsampling) throws Exception {
        byte[] bytes = orientation == 1 ? photoBytes : TestImages.withExifOrientation(photoBytes, orientation);
        Path file = dir.resolve("合照-" + orientation + ".jpg");
        Files.write(file, bytes);
        MediaRef ref = STORE.importFile(file);

        DecodedPhoto fast = new PhotoDecoder().decode(ref, STORE, PhotoRequest.longEdge(longEdgePx));
        Pixels reference = everythingThenAveraged(bytes, fast.size(), orientation);

        assertThat(fast.sourceSubsampling()).isEqualTo(expectedSubsampling);
        assertThat(reference.size()).isEqualTo(fast.size());
        double[] difference = meanAbsoluteDifference(fast, reference);
        assertThat(java.util.Arrays.stream(difference).max().orElseThrow())
                .as("mean |difference| of red, green, blue in levels of 255: %s", java.util.Arrays.toString(difference))
                .isLessThan(MAX_MEAN_DIFFERENCE);
    }

    /** The slow path: every stored pixel decoded, averaged down to the displayed target, then turned. */
    private static Pixels everythingThenAveraged(byte[] jpeg, PixelSize displayed, int orientation) throws IOException {
        BufferedImage full = ImageIO.read(new ByteArrayInputStream(jpeg));
        PixelSize stored = ExifOrientation.quarterTurned(orientation) ? displayed.swapped() : displayed;
        return ExifOrientation.apply(AreaScaler.scale(ArgbConversion.rows(full), stored), orientation);
    }

    private static double[] meanAbsoluteDifference(DecodedPhoto photo, Pixels reference) {
        long[] sums = new long[3];
        for (int y = 0; y < photo.heightPx(); y++) {
            for (int x = 0; x < photo.widthPx(); x++) {
                int a = photo.argbAt(x, y);
                int b = reference.argbPre()[y * reference.widthPx() + x];
                for (int c = 0; c < 3; c++) {
                    int shift = 16 - 8 * c;
                    sums[c] += Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF));
                }
            }
        }
        double pixels = (double) photo.widthPx() * photo.heightPx();
        return new double[] {sums[0] / pixels, sums[1] / pixels, sums[2] / pixels};
    }

    /**
     * A stand-in for a camera photo of a ceremony: a lit backdrop, people-sized shapes with soft and
     * hard edges, a banner of Chinese lettering and fine print, and a little sensor noise.
     */
    private static BufferedImage ceremony(int widthPx, int heightPx, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x8b1a1a), widthPx, heightPx, new Color(0x2a1a5b)));
        g.fillRect(0, 0, widthPx, heightPx);
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            int w = widthPx / 30 + random.nextInt(widthPx / 12);
            int h = heightPx / 8 + random.nextInt(heightPx / 3);
            g.fillRoundRect(random.nextInt(widthPx), heightPx / 3 + random.nextInt(heightPx / 2), w, h, w / 2, w / 2);
        }
        g.setColor(new Color(0xf5e6b8));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, heightPx / 14));
        g.drawString("「兩優一先」表彰大會 2026", widthPx / 12, heightPx / 6);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, heightPx / 60));
        for (int line = 0; line < 6; line++) {
            g.drawString("建鄴區 · 優秀共產黨員 · 優秀黨務工作者 · 先進基層黨組織 · 頒獎典禮現場", widthPx / 12,
                    heightPx / 5 + line * heightPx / 45);
        }
        g.dispose();
        byte[] data = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < data.length; i++) {
            int noisy = (data[i] & 0xFF) + random.nextInt(7) - 3;
            data[i] = (byte) Math.max(0, Math.min(255, noisy));
        }
        return image;
    }
}
