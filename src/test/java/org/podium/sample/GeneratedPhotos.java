package org.podium.sample;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.podium.model.MediaRef;

/**
 * The photos of a generated programme. Their sizes and EXIF orientations come from the seed; their
 * hashes are either made up from the seed (no files) or the real hashes of JPEGs written to disk.
 */
final class GeneratedPhotos {

    /** Landscape camera sizes in px and how often each is drawn (weights). */
    private static final int[][] CAMERA_SIZES = {
            {4000, 3000, 4}, {4032, 3024, 2}, {6000, 4000, 1}, {3000, 2000, 2}, {2048, 1365, 2}, {1600, 1200, 1}};
    /** Fast to encode and still a realistic size: the benchmarks measure decoding, not image quality. */
    private static final float JPEG_QUALITY = 0.8f;

    /**
     * One photo to generate.
     *
     * @param index           0-based, unique within a programme
     * @param widthPx         stored width (cameras store landscape even for portraits)
     * @param heightPx        stored height
     * @param exifOrientation 1, 3, 6 or 8
     * @param from            gradient start colour (RGB)
     * @param to              gradient end colour (RGB)
     */
    record PhotoSpec(int index, int widthPx, int heightPx, int exifOrientation, int from, int to) {

        String originalName() {
            return String.format("IMG_%04d.JPG", 1000 + index);
        }

        boolean quarterTurned() {
            return exifOrientation >= 5;
        }
    }

    private GeneratedPhotos() {
    }

    /** {@code count} photo specs drawn from {@code seed}; the same arguments give the same list. */
    static List<PhotoSpec> specs(long seed, int count) {
        Random random = new Random(seed * 31 + 7);
        int totalWeight = 0;
        for (int[] size : CAMERA_SIZES) {
            totalWeight += size[2];
        }
        List<PhotoSpec> specs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int draw = random.nextInt(totalWeight);
            int[] size = CAMERA_SIZES[0];
            for (int[] candidate : CAMERA_SIZES) {
                draw -= candidate[2];
                if (draw < 0) {
                    size = candidate;
                    break;
                }
            }
            int roll = random.nextInt(100);
            int orientation = roll < 15 ? 6 : roll < 20 ? 8 : roll < 23 ? 3 : 1;
            specs.add(new PhotoSpec(i, size[0], size[1], orientation,
                    Color.HSBtoRGB(random.nextFloat(), 0.5f, 0.35f) & 0xFFFFFF,
                    Color.HSBtoRGB(random.nextFloat(), 0.6f, 0.9f) & 0xFFFFFF));
        }
        return specs;
    }

    /** A reference with a plausible but made-up hash, unique per seed and index; no file exists. */
    static MediaRef madeUpRef(long seed, PhotoSpec spec) {
        String hash = MediaFile.sha256(("podium-generated-photo:" + seed + ":" + spec.index())
                .getBytes(StandardCharsets.UTF_8));
        return new MediaRef(hash, spec.originalName(), "image/jpeg", spec.widthPx(), spec.heightPx(),
                spec.exifOrientation());
    }

    /** Writes the photo as {@code <sha256>.jpg} into {@code directory} and returns its reference. */
    static MediaRef write(PhotoSpec spec, Path directory) throws IOException {
        byte[] bytes = jpeg(spec);
        String hash = MediaFile.sha256(bytes);
        Files.write(directory.resolve(hash + ".jpg"), bytes);
        return new MediaRef(hash, spec.originalName(), "image/jpeg", spec.widthPx(), spec.heightPx(),
                spec.exifOrientation());
    }

    /**
     * The JPEG bytes: a smooth gradient (cheap to draw) with the photo's number, size and an "up"
     * arrow, drawn so that they read upright once the EXIF orientation is applied.
     */
    static byte[] jpeg(PhotoSpec spec) {
        int w = spec.widthPx();
        int h = spec.heightPx();
        int displayW = spec.quarterTurned() ? h : w;
        int displayH = spec.quarterTurned() ? w : h;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            g.transform(displayToStored(spec.exifOrientation(), displayW, displayH));
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(spec.from()), displayW, displayH, new Color(spec.to())));
            g.fillRect(0, 0, displayW, displayH);
            int unit = Math.min(displayW, displayH) / 20;
            Path2D arrow = new Path2D.Double();
            arrow.moveTo(displayW / 2.0, unit);
            arrow.lineTo(displayW / 2.0 + unit * 1.5, unit * 3.0);
            arrow.lineTo(displayW / 2.0 - unit * 1.5, unit * 3.0);
            arrow.closePath();
            g.setColor(new Color(255, 255, 255, 200));
            g.fill(arrow);
            int bigPx = Math.min(unit * 2, displayW / 14); // "#150  6000 × 4000" fits a portrait's width
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, bigPx));
            g.drawString("#" + (spec.index() + 1) + "  " + displayW + " × " + displayH, unit, displayH / 2);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, bigPx / 2));
            g.drawString("generated test photo · EXIF orientation " + spec.exifOrientation(), unit,
                    displayH / 2 + bigPx);
        } finally {
            g.dispose();
        }
        byte[] jpeg = SamplePhotos.jpeg(image, JPEG_QUALITY);
        return spec.exifOrientation() == 1 ? jpeg : JpegExif.withOrientation(jpeg, spec.exifOrientation());
    }

    /**
     * Maps display coordinates to stored coordinates for an EXIF orientation, so that drawing
     * upright content through it yields the raster a camera would store.
     */
    static AffineTransform displayToStored(int orientation, int displayW, int displayH) {
        return switch (orientation) {
            case 1 -> new AffineTransform();
            // stored = display turned half a turn
            case 3 -> new AffineTransform(-1, 0, 0, -1, displayW, displayH);
            // display = stored turned 90° clockwise, so stored (x, y) = (y_d, displayW − x_d)
            case 6 -> new AffineTransform(0, -1, 1, 0, 0, displayW);
            // display = stored turned 90° anticlockwise, so stored (x, y) = (displayH − y_d, x_d)
            case 8 -> new AffineTransform(0, 1, -1, 0, displayH, 0);
            default -> throw new IllegalArgumentException("generated photos use orientations 1, 3, 6 and 8, not " + orientation);
        };
    }
}
