package org.podium.sample;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.podium.sample.StandInPainter.Scene;

/**
 * The stand-in photos of the sample programme. The report's photos are not available, so each is
 * replaced by an abstract stage picture that says "STAND-IN PHOTO" across it, at the sizes cameras
 * produce. Every picture is drawn from a fixed seed: regenerating gives the same bytes (on the same
 * JDK and fonts).
 */
final class SamplePhotos {

    /** JPEG quality 0–1, as a camera's "fine" setting roughly. */
    static final float JPEG_QUALITY = 0.85f;
    /** The logo's logical name; it is the only PNG. */
    static final String LOGO = "emblem";
    static final int LOGO_SIZE_PX = 512;

    /**
     * One stand-in photo.
     *
     * @param name          logical name used by the programme source ("chorus"); the file is name.jpg
     * @param displayWidthPx  width as seen, after EXIF orientation
     * @param displayHeightPx height as seen
     * @param sideways      stored turned a quarter with EXIF orientation 6, as phones store portraits
     * @param seed          fixes every random choice of the picture
     */
    record StandIn(String name, Scene scene, int displayWidthPx, int displayHeightPx, boolean sideways,
                          String topic, long seed) {

        int storedWidthPx() {
            return sideways ? displayHeightPx : displayWidthPx;
        }

        int storedHeightPx() {
            return sideways ? displayWidthPx : displayHeightPx;
        }

        int exifOrientation() {
            return sideways ? 6 : 1;
        }
    }

    private static final List<StandIn> CATALOGUE = List.of(
            new StandIn("chorus", Scene.CHORUS, 4000, 3000, false, "合唱", 1921_0701L),
            new StandIn("dialogue", Scene.DIALOGUE, 3000, 2000, false, "新老對話", 2021_0623L),
            new StandIn("trophies", Scene.CEREMONY, 3000, 4000, true, "頒發獎杯", 50L),
            new StandIn("medals", Scene.MEDALS, 2048, 1365, false, "紀念章", 1971L),
            new StandIn("results-1", Scene.EXHIBITION, 2048, 1365, false, "成果展示 1", 51L),
            new StandIn("results-2", Scene.EXHIBITION, 2048, 1365, false, "成果展示 2", 52L),
            new StandIn("results-3", Scene.EXHIBITION, 3000, 2000, false, "成果展示 3", 53L),
            new StandIn("results-4", Scene.EXHIBITION, 2048, 1365, false, "成果展示 4", 54L));

    private SamplePhotos() {
    }

    static List<StandIn> catalogue() {
        return CATALOGUE;
    }

    /** Every stand-in and the logo, logical name → file bytes, in catalogue order with the logo last. */
    static Map<String, byte[]> generateAll() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (StandIn standIn : CATALOGUE) {
            files.put(standIn.name(), bytes(standIn));
        }
        files.put(LOGO, logoPng());
        return files;
    }

    /** The JPEG file of one stand-in, EXIF orientation included when it is stored sideways. */
    static byte[] bytes(StandIn standIn) {
        String size = standIn.displayWidthPx() + " × " + standIn.displayHeightPx();
        BufferedImage upright = StandInPainter.paint(standIn.scene(), standIn.displayWidthPx(),
                standIn.displayHeightPx(), standIn.seed(), "STAND-IN PHOTO · " + standIn.topic(),
                "替代圖片，並非活動現場照片 · Podium sample · " + size);
        if (!standIn.sideways()) {
            return jpeg(upright, JPEG_QUALITY);
        }
        return JpegExif.withOrientation(jpeg(turnedForOrientation6(upright), JPEG_QUALITY), 6);
    }

    /**
     * The raster a camera stores for an upright picture it tags with orientation 6: the picture
     * turned a quarter anticlockwise, so that turning the stored raster 90° clockwise shows it upright.
     * Displayed pixel (x, y) is stored at (y, displayWidth − 1 − x).
     */
    static BufferedImage turnedForOrientation6(BufferedImage upright) {
        int w = upright.getWidth();
        int h = upright.getHeight();
        BufferedImage stored = new BufferedImage(h, w, BufferedImage.TYPE_3BYTE_BGR);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            upright.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                stored.setRGB(y, w - 1 - x, row[x]);
            }
        }
        return stored;
    }

    /** Baseline JPEG at {@code quality} (0–1), with ImageIO's JFIF header. */
    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * A square PNG mark for holding slides: a red disc, a gold ring, gold rays and a star. Abstract;
     * it imitates no real emblem.
     */
    static byte[] logoPng() {
        int size = LOGO_SIZE_PX;
        double c = size / 2.0;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new RadialGradientPaint(new Point2D.Double(c * 0.8, c * 0.7), (float) (size * 0.5),
                    new float[] {0f, 1f}, new Color[] {new Color(0xD9, 0x2B, 0x2B), new Color(0x8C, 0x0A, 0x12)}));
            g.fill(new Ellipse2D.Double(size * 0.06, size * 0.06, size * 0.88, size * 0.88));
            g.setPaint(new GradientPaint(0, 0, new Color(0xFF, 0xDE, 0x84), size, size, new Color(0xC2, 0x8A, 0x1F)));
            g.setStroke(new BasicStroke(size * 0.035f));
            g.draw(new Ellipse2D.Double(size * 0.09, size * 0.09, size * 0.82, size * 0.82));
            g.setStroke(new BasicStroke(size * 0.008f));
            g.draw(new Ellipse2D.Double(size * 0.16, size * 0.16, size * 0.68, size * 0.68));
            for (int i = 0; i < 16; i++) {
                double angle = Math.PI * 2 * i / 16;
                Path2D ray = new Path2D.Double();
                ray.moveTo(c + Math.cos(angle - 0.05) * size * 0.2, c + Math.sin(angle - 0.05) * size * 0.2);
                ray.lineTo(c + Math.cos(angle) * size * 0.32, c + Math.sin(angle) * size * 0.32);
                ray.lineTo(c + Math.cos(angle + 0.05) * size * 0.2, c + Math.sin(angle + 0.05) * size * 0.2);
                ray.closePath();
                g.fill(ray);
            }
            g.fill(star(c, c, size * 0.17, size * 0.07));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a PNG in memory", e);
        }
        return bytes.toByteArray();
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + Math.PI * i / 5;
            if (i == 0) {
                star.moveTo(cx + Math.cos(angle) * r, cy + Math.sin(angle) * r);
            } else {
                star.lineTo(cx + Math.cos(angle) * r, cy + Math.sin(angle) * r);
            }
        }
        star.closePath();
        return star;
    }
}
