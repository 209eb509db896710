package org.podium.media;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Downscales premultiplied ARGB pixels by area averaging: every target pixel is the mean of the
 * source area it covers, fractional edges weighted by their coverage. Exact for any ratio ≥ 1, no
 * ringing, and averaging premultiplied values keeps transparent edges free of dark fringes.
 * Reads the source one row at a time, so besides the result it needs a few rows of working space.
 */
final class AreaScaler {

    private AreaScaler() {
    }

    /**
     * {@code image} scaled to {@code target}, which must be no larger in either direction. Opaque
     * 8-bit pictures (JPEG's BGR, grey) take {@link OpaqueByteScaler}, which gives the same pixels
     * in about two thirds of the time; everything else is read as premultiplied ARGB rows.
     */
    static Pixels scale(BufferedImage image, PixelSize target) {
        return OpaqueByteScaler.handles(image)
                ? OpaqueByteScaler.scale(image, target)
                : scale(ArgbConversion.rows(image), target);
    }

    /**
     * Rows of {@code source} scaled to {@code target}, which must be no larger in either
     * direction. Each source row is read once, in order.
     */
    static Pixels scale(ArgbConversion.Rows source, PixelSize target) {
        int sw = source.widthPx();
        int sh = source.heightPx();
        int tw = target.widthPx();
        int th = target.heightPx();
        checkShrinks(sw, sh, target);
        int[] out = new int[tw * th];
        int[] sourceRow = new int[sw];
        if (tw == sw && th == sh) {
            for (int y = 0; y < sh; y++) {
                source.read(y, sourceRow);
                System.arraycopy(sourceRow, 0, out, y * sw, sw);
            }
            return new Pixels(tw, th, out);
        }
        Spans columns = new Spans(sw, tw);
        Spans rows = new Spans(sh, th);
        float[] sum = new float[tw * 4];
        float[] row = new float[tw * 4];
        int rowInBuffer = -1; // consecutive target rows share a boundary source row: scale it once
        for (int ty = 0; ty < th; ty++) {
            Arrays.fill(sum, 0f);
            for (int k = 0; k < rows.count[ty]; k++) {
                int sy = rows.start[ty] + k;
                if (sy != rowInBuffer) {
                    source.read(sy, sourceRow);
                    scaleRow(sourceRow, columns, row);
                    rowInBuffer = sy;
                }
                float weight = rows.weights[rows.offset[ty] + k];
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += weight * row[i];
                }
            }
            int o = ty * tw;
            for (int tx = 0; tx < tw; tx++) {
                int alpha = channel(sum[tx * 4], 255);
                int red = channel(sum[tx * 4 + 1], alpha);
                int green = channel(sum[tx * 4 + 2], alpha);
                int blue = channel(sum[tx * 4 + 3], alpha);
                out[o + tx] = Argb.pack(alpha, red, green, blue);
            }
        }
        return new Pixels(tw, th, out);
    }

    /** One source row averaged horizontally into {@code row} (a, r, g, b per target pixel). */
    private static void scaleRow(int[] src, Spans columns, float[] row) {
        for (int tx = 0; tx < columns.start.length; tx++) {
            float a = 0;
            float r = 0;
            float g = 0;
            float b = 0;
            int s = columns.start[tx];
            int w = columns.offset[tx];
            for (int k = 0; k < columns.count[tx]; k++) {
                int p = src[s + k];
                float weight = columns.weights[w + k];
                a += weight * (p >>> 24);
                r += weight * (p >> 16 & 0xFF);
                g += weight * (p >> 8 & 0xFF);
                b += weight * (p & 0xFF);
            }
            row[tx * 4] = a;
            row[tx * 4 + 1] = r;
            row[tx * 4 + 2] = g;
            row[tx * 4 + 3] = b;
        }
    }

    static void checkShrinks(int sourceWidthPx, int sourceHeightPx, PixelSize target) {
        if (target.widthPx() > sourceWidthPx || target.heightPx() > sourceHeightPx) {
            throw new IllegalArgumentException("area scaling only shrinks: " + sourceWidthPx + " × " + sourceHeightPx
                    + " to " + target);
        }
    }

    /** Rounded and kept ≤ {@code max}: a premultiplied colour never exceeds its alpha. */
    static int channel(float value, int max) {
        int v = (int) (value + 0.5f);
        return v < 0 ? 0 : Math.min(v, max);
    }

    /**
     * For each target index along one axis: the source indices it covers and their weights
     * (summing to 1). Target pixel t covers source [t·ratio, (t+1)·ratio).
     */
    static final class Spans {
        final int[] start;
        final int[] count;
        final int[] offset;
        final float[] weights;

        Spans(int sourceLength, int targetLength) {
            double ratio = (double) sourceLength / targetLength;
            start = new int[targetLength];
            count = new int[targetLength];
            offset = new int[targetLength];
            weights = new float[targetLength * ((int) Math.ceil(ratio) + 1)];
            int w = 0;
            for (int t = 0; t < targetLength; t++) {
                double from = t * ratio;
                double to = Math.min(sourceLength, (t + 1) * ratio);
                int first = (int) Math.floor(from);
                int end = Math.min(sourceLength, (int) Math.ceil(to));
                start[t] = first;
                count[t] = end - first;
                offset[t] = w;
                for (int s = first; s < end; s++) {
                    weights[w++] = (float) ((Math.min(to, s + 1) - Math.max(from, s)) / ratio);
                }
            }
        }
    }
}
