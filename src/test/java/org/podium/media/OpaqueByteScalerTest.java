package org.podium.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The direct-from-bytes scaler must give exactly the pixels of the premultiplied ARGB path: a photo
 * may not look different depending on which path scaled it. Sources are random noise, the hardest
 * case for rounding, so any difference in the float arithmetic would show.
 */
class OpaqueByteScalerTest {

    static Stream<Arguments> sizes() {
        return Stream.of(
                Arguments.of(4000, 3000, 2560, 1920),
                Arguments.of(3001, 2003, 1280, 853),
                Arguments.of(3000, 2000, 1920, 1280),
                Arguments.of(640, 480, 640, 480),   // ratio exactly 1: a copy
                Arguments.of(641, 479, 640, 478),   // ratio just above 1
                Arguments.of(500, 400, 500, 203),   // only one direction shrinks
                Arguments.of(97, 1501, 31, 777),    // tall, odd
                Arguments.of(1999, 37, 1000, 19),   // wide, odd
                Arguments.of(333, 211, 1, 1),
                Arguments.of(7, 5, 3, 2));
    }

    @ParameterizedTest(name = "BGR {0} × {1} to {2} × {3}")
    @MethodSource("sizes")
    void bgrGivesTheSamePixelsAsTheArgbPath(int sw, int sh, int tw, int th) {
        assertSamePixels(noise(BufferedImage.TYPE_3BYTE_BGR, sw, sh, sw * 31 + sh), tw, th);
    }

    @ParameterizedTest(name = "grey {0} × {1} to {2} × {3}")
    @MethodSource("sizes")
    void greyGivesTheSamePixelsAsTheArgbPath(int sw, int sh, int tw, int th) {
        assertSamePixels(noise(BufferedImage.TYPE_BYTE_GRAY, sw, sh, sw * 17 + sh), tw, th);
    }

    @Test
    void subPicturesOfALargerReusedDestinationAreReadWithItsStride() {
        BufferedImage large = noise(BufferedImage.TYPE_3BYTE_BGR, 4100, 3100, 5);
        assertSamePixels(large.getSubimage(0, 0, 4000, 3000), 2560, 1920);
        assertSamePixels(large.getSubimage(13, 7, 3001, 2003), 1280, 853);
        assertSamePixels(large.getSubimage(13, 7, 640, 480), 640, 480);
        BufferedImage grey = noise(BufferedImage.TYPE_BYTE_GRAY, 1100, 900, 6);
        assertSamePixels(grey.getSubimage(3, 4, 1001, 777), 333, 259);
    }

    @Test
    void rgbOrderedBytesAreReadInTheirOwnOrder() {
        ColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 1001, 701, 1001 * 3, 3,
                new int[] {0, 1, 2}, null);
        new Random(7).nextBytes(((DataBufferByte) raster.getDataBuffer()).getData());
        assertSamePixels(new BufferedImage(model, raster, false, null), 640, 480);
    }

    @Test
    void picturesWithAlphaOrWiderSamplesAreLeftToTheArgbPath() {
        assertThat(ScalerPaths.opaqueBytesHandles(new BufferedImage(4, 4, BufferedImage.TYPE_3BYTE_BGR))).isTrue();
        assertThat(ScalerPaths.opaqueBytesHandles(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY))).isTrue();
        assertThat(ScalerPaths.opaqueBytesHandles(new BufferedImage(4, 4, BufferedImage.TYPE_4BYTE_ABGR))).isFalse();
        assertThat(ScalerPaths.opaqueBytesHandles(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB))).isFalse();
        assertThat(ScalerPaths.opaqueBytesHandles(new BufferedImage(4, 4, BufferedImage.TYPE_USHORT_GRAY))).isFalse();
        assertThat(ScalerPaths.opaqueBytesHandles(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_INDEXED))).isFalse();
    }

    @Test
    void theDispatchingScalerTakesTheArgbPathForAlpha() {
        BufferedImage translucent = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                translucent.setRGB(x, y, 0x80FF0000);
            }
        }
        Pixels scaled = AreaScaler.scale(translucent, new PixelSize(20, 15));
        assertThat(scaled.argbPre()).containsOnly(Argb.premultiply(0x80FF0000));
    }

    private static void assertSamePixels(BufferedImage source, int tw, int th) {
        assertThat(ScalerPaths.opaqueBytesHandles(source)).isTrue();
        int[] expected = ScalerPaths.argbRows(source, tw, th);
        int[] actual = ScalerPaths.opaqueBytes(source, tw, th);
        assertThat(actual).hasSameSizeAs(expected);
        int differing = 0;
        int first = -1;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                differing++;
                first = first < 0 ? i : first;
            }
        }
        assertThat(differing)
                .as("pixels differing of %d; first at %d: expected %s, got %s", expected.length, first,
                        first < 0 ? "" : Pictures.hex(expected[first]), first < 0 ? "" : Pictures.hex(actual[first]))
                .isZero();
    }

    private static BufferedImage noise(int type, int widthPx, int heightPx, long seed) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, type);
        new Random(seed).nextBytes(((DataBufferByte) image.getRaster().getDataBuffer()).getData());
        return image;
    }
}
