package org.podium.bench;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.podium.media.ScalerPaths;

/**
 * Times the photo downscaling step alone, on decoded JPEGs the way the decoder gets them: a
 * 4000 × 3000 photo to 2560 × 1920, and a 6000 × 4000 photo decoded with subsampling 2
 * (3000 × 2000) to 1920 × 1280. Each is scaled through premultiplied ARGB rows (the general path)
 * and straight from the BGR bytes (the opaque path), interleaved, after warm-up; prints the
 * median and p90 of each and checks the two give the same pixels.
 *
 * <p>Measured on the shared 2-core development machine (JDK 17.0.15, AVX-512; medians of 9 runs
 * after 4 warm-up runs, both paths giving identical pixels):
 * <pre>
 * 4000 × 3000 → 2560 × 1920   ARGB rows  63.0 ms   opaque bytes  39.0 ms   1.61×
 * 3000 × 2000 → 1920 × 1280   ARGB rows  31.7 ms   opaque bytes  19.7 ms   1.61×
 * </pre>
 * Of the opaque path's 39 ms, about 23 go to the horizontal pass (three byte-to-float
 * multiply-adds per channel per target pixel, not vectorised), 10 to rounding and packing the
 * result, 2 to the vertical pass. Tried and dropped as no faster: a float lookup table instead of
 * byte-to-float conversion; widening each source row to floats first; rounding in a separate loop.
 * Run with {@code bench/run.sh ScalingBenchmark}.
 */
public final class ScalingBenchmark {

    private static final int WARM_UP_RUNS = 4;
    private static final int RUNS = 9;

    private ScalingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        time("4000 × 3000 → 2560 × 1920", decodedJpeg(4000, 3000, 1), 2560, 1920);
        time("6000 × 4000 /2 → 1920 × 1280", decodedJpeg(6000, 4000, 2), 1920, 1280);
    }

    private static void time(String what, BufferedImage image, int widthPx, int heightPx) {
        if (!ScalerPaths.opaqueBytesHandles(image)) {
            throw new IllegalStateException("the decoded JPEG is not opaque 8-bit bytes: " + image);
        }
        if (!Arrays.equals(ScalerPaths.argbRows(image, widthPx, heightPx),
                ScalerPaths.opaqueBytes(image, widthPx, heightPx))) {
            throw new IllegalStateException(what + ": the two paths give different pixels");
        }
        List<Long> argb = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        for (int run = 0; run < WARM_UP_RUNS + RUNS; run++) {
            long t0 = System.nanoTime();
            ScalerPaths.argbRows(image, widthPx, heightPx);
            long t1 = System.nanoTime();
            ScalerPaths.opaqueBytes(image, widthPx, heightPx);
            long t2 = System.nanoTime();
            if (run >= WARM_UP_RUNS) {
                argb.add(t1 - t0);
                bytes.add(t2 - t1);
            }
        }
        System.out.printf(Locale.ROOT, "%s (decoded %d × %d)%n", what, image.getWidth(), image.getHeight());
        System.out.println(Stats.summary("  ARGB rows", argb));
        System.out.println(Stats.summary("  opaque bytes", bytes));
        System.out.printf(Locale.ROOT, "  speed-up of the medians: %.2f×%n",
                Stats.medianMs(argb) / Stats.medianMs(bytes));
    }

    /** A photo-like picture (smooth light, fine noise) encoded as JPEG and decoded by ImageIO. */
    private static BufferedImage decodedJpeg(int widthPx, int heightPx, int subsampling) throws Exception {
        BufferedImage photo = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_3BYTE_BGR);
        byte[] data = ((DataBufferByte) photo.getRaster().getDataBuffer()).getData();
        Random random = new Random(20261127L);
        for (int y = 0, p = 0; y < heightPx; y++) {
            for (int x = 0; x < widthPx; x++) {
                data[p++] = (byte) (x * 200 / widthPx + random.nextInt(40));
                data[p++] = (byte) (y * 200 / heightPx + random.nextInt(40));
                data[p++] = (byte) ((x + y) * 100 / (widthPx + heightPx) + random.nextInt(40));
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpeg", jpeg);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg.toByteArray()))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
            try {
                reader.setInput(input, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }
}
