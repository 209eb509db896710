package org.podium.sample;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint.CycleMethod;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Paints abstract "stage" pictures that stand in for event photos: a curtained stage, a red
 * backdrop, stage lights, silhouettes, and a large label saying it is a stand-in. Everything is
 * drawn from a seeded {@link Random}, so the same arguments give the same pixels.
 */
final class StandInPainter {

    /** What the picture suggests. */
    enum Scene { CHORUS, DIALOGUE, CEREMONY, MEDALS, EXHIBITION }

    private static final Color SILHOUETTE = new Color(0x12, 0x05, 0x07);
    private static final Color GOLD = new Color(0xE8, 0xB8, 0x4A);
    private static final Color WARM_LIGHT = new Color(0xFF, 0xE9, 0xB8);
    private static final List<String> FONT_PREFERENCE =
            List.of("Noto Sans CJK TC", "Noto Sans CJK SC", "Microsoft JhengHei", "PingFang TC", "SansSerif");

    private final int widthPx;
    private final int heightPx;
    private final Random random;
    private final Graphics2D g;
    /** One thousandth of the shorter side: sizes of shapes are multiples of it. */
    private final double unit;
    private final double floorY;

    private StandInPainter(BufferedImage image, long seed) {
        this.widthPx = image.getWidth();
        this.heightPx = image.getHeight();
        this.random = new Random(seed);
        this.g = image.createGraphics();
        this.unit = Math.min(widthPx, heightPx) / 1000.0;
        this.floorY = heightPx * 0.72;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /**
     * A picture {@code widthPx × heightPx} as it should be seen (upright).
     *
     * @param label    big first line, e.g. "STAND-IN PHOTO · 合唱"
     * @param subLabel smaller second line
     */
    static BufferedImage paint(Scene scene, int widthPx, int heightPx, long seed, String label, String subLabel) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_3BYTE_BGR);
        StandInPainter painter = new StandInPainter(image, seed);
        try {
            painter.stage(scene != Scene.EXHIBITION);
            switch (scene) {
                case CHORUS -> painter.chorus();
                case DIALOGUE -> painter.dialogue();
                case CEREMONY -> painter.ceremony();
                case MEDALS -> painter.medals();
                case EXHIBITION -> painter.exhibition();
                default -> throw new IllegalArgumentException("unknown scene " + scene);
            }
            painter.bokehAndVignette();
            painter.label(label, subLabel);
        } finally {
            painter.g.dispose();
        }
        return image;
    }

    /** The first installed font of a CJK-capable stack, so the Chinese part of labels shows. */
    static String labelFontFamily() {
        List<String> installed = Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        return FONT_PREFERENCE.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
    }

    private void stage(boolean backdrop) {
        // Curtain folds: a short horizontal gradient reflected across the width.
        float fold = (float) (60 * unit);
        g.setPaint(new LinearGradientPaint(0, 0, fold, 0, new float[] {0f, 0.5f, 1f},
                new Color[] {new Color(0x3C, 0x06, 0x0C), new Color(0x6E, 0x10, 0x18), new Color(0x45, 0x08, 0x0E)},
                CycleMethod.REFLECT));
        g.fill(new Rectangle2D.Double(0, 0, widthPx, floorY));
        g.setPaint(new GradientPaint(0, 0, new Color(0, 0, 0, 200), 0, (float) floorY, new Color(0, 0, 0, 40)));
        g.fill(new Rectangle2D.Double(0, 0, widthPx, floorY));
        if (backdrop) {
            double left = widthPx * 0.14;
            double top = heightPx * 0.12;
            double w = widthPx * 0.72;
            double h = heightPx * 0.32;
            g.setPaint(new GradientPaint(0, (float) top, new Color(0xC4, 0x1E, 0x24), 0, (float) (top + h),
                    new Color(0x8E, 0x0E, 0x14)));
            g.fill(new Rectangle2D.Double(left, top, w, h));
            g.setColor(GOLD);
            g.setStroke(new BasicStroke((float) (5 * unit)));
            g.draw(new Rectangle2D.Double(left, top, w, h));
            // Bars where a backdrop would carry its title: abstract, never legible text.
            g.setColor(new Color(0xF6, 0xD3, 0x7A, 170));
            g.fill(new RoundRectangle2D.Double(left + w * 0.18, top + h * 0.28, w * 0.64, h * 0.14, h * 0.05, h * 0.05));
            g.setColor(new Color(0xF6, 0xD3, 0x7A, 110));
            g.fill(new RoundRectangle2D.Double(left + w * 0.3, top + h * 0.55, w * 0.4, h * 0.08, h * 0.04, h * 0.04));
        }
        g.setPaint(new GradientPaint(0, (float) floorY, new Color(0x3A, 0x12, 0x0C), 0, heightPx, new Color(0x14, 0x06, 0x05)));
        g.fill(new Rectangle2D.Double(0, floorY, widthPx, heightPx - floorY));
        g.setColor(new Color(GOLD.getRed(), GOLD.getGreen(), GOLD.getBlue(), 160));
        g.fill(new Rectangle2D.Double(0, floorY, widthPx, 3 * unit));
        int lights = 3 + random.nextInt(3);
        for (int i = 0; i < lights; i++) {
            double x = widthPx * (i + 0.5) / lights + (random.nextDouble() - 0.5) * widthPx * 0.08;
            lightCone(x, widthPx * (0.10 + random.nextDouble() * 0.06));
        }
    }

    /** A beam from a lamp above the frame to a pool of light on the floor. */
    private void lightCone(double x, double spreadPx) {
        Path2D beam = new Path2D.Double();
        beam.moveTo(x - 8 * unit, 0);
        beam.lineTo(x + 8 * unit, 0);
        beam.lineTo(x + spreadPx, floorY);
        beam.lineTo(x - spreadPx, floorY);
        beam.closePath();
        g.setPaint(new GradientPaint((float) x, 0, withAlpha(WARM_LIGHT, 70), (float) x, (float) floorY, withAlpha(WARM_LIGHT, 8)));
        g.fill(beam);
        radial(x, floorY + 30 * unit, spreadPx * 1.1, withAlpha(WARM_LIGHT, 60));
    }

    private void chorus() {
        int rows = 3;
        for (int row = rows - 1; row >= 0; row--) { // back row first, so nearer rows overlap it
            double scale = 1.0 - row * 0.12;
            double y = floorY + 20 * unit - row * 70 * unit;
            g.setColor(new Color(0x20, 0x08, 0x08));
            g.fill(new Rectangle2D.Double(widthPx * 0.1, y, widthPx * 0.8, 30 * unit));
            int count = (int) (widthPx * 0.78 / (62 * unit * scale));
            for (int i = 0; i < count; i++) {
                double x = widthPx * 0.11 + (i + 0.5 + (row % 2) * 0.5) * (widthPx * 0.78 / (count + 0.5));
                figure(x, y, 95 * unit * scale, random.nextDouble() < 0.5);
            }
        }
    }

    private void dialogue() {
        g.setColor(new Color(0x2A, 0x0B, 0x0B));
        double tableX = widthPx * 0.5;
        g.fill(new Rectangle2D.Double(tableX - 60 * unit, floorY - 90 * unit, 120 * unit, 90 * unit));
        for (int i = 0; i < 7; i++) {
            Color bloom = i % 2 == 0 ? new Color(0xD8, 0x2A, 0x2A) : GOLD;
            double bx = tableX + (random.nextDouble() - 0.5) * 80 * unit;
            double by = floorY - 110 * unit + (random.nextDouble() - 0.5) * 30 * unit;
            g.setColor(bloom);
            g.fill(new Ellipse2D.Double(bx - 12 * unit, by - 12 * unit, 24 * unit, 24 * unit));
        }
        for (int side = -1; side <= 1; side += 2) {
            double x = tableX + side * widthPx * 0.2;
            g.setColor(new Color(0x5A, 0x24, 0x16));
            g.fill(new RoundRectangle2D.Double(x - 90 * unit, floorY - 150 * unit, 180 * unit, 150 * unit, 30 * unit, 30 * unit));
            figure(x, floorY - 40 * unit, 260 * unit, false);
        }
    }

    private void ceremony() {
        boolean portrait = heightPx > widthPx;
        int pairs = portrait ? 1 : 3;
        for (int p = 0; p < pairs; p++) {
            double centre = widthPx * (p + 0.5) / pairs;
            double gap = portrait ? widthPx * 0.18 : widthPx * 0.07;
            double size = portrait ? 330 * unit : 200 * unit;
            figure(centre - gap, floorY + 10 * unit, size, false);
            figure(centre + gap, floorY + 10 * unit, size * 0.97, false);
            trophy(centre, floorY - size * 0.55, size * 0.28);
        }
        g.setPaint(new GradientPaint(0, (float) floorY, new Color(0x9A, 0x12, 0x18), 0, heightPx, new Color(0x5A, 0x08, 0x0C)));
        Path2D carpet = new Path2D.Double();
        carpet.moveTo(widthPx * 0.42, floorY + 12 * unit);
        carpet.lineTo(widthPx * 0.58, floorY + 12 * unit);
        carpet.lineTo(widthPx * 0.7, heightPx);
        carpet.lineTo(widthPx * 0.3, heightPx);
        carpet.closePath();
        g.fill(carpet);
    }

    /** A row of people, each wearing a medal on a red ribbon. */
    private void medals() {
        int people = widthPx > heightPx ? 6 : 3;
        double size = 230 * unit;
        for (int i = 0; i < people; i++) {
            double x = widthPx * (i + 0.5) / people;
            double chestY = floorY - size * 0.62;
            figure(x, floorY + 10 * unit, size, false);
            g.setColor(new Color(0xB0, 0x14, 0x1C));
            Path2D ribbon = new Path2D.Double();
            ribbon.moveTo(x - size * 0.1, floorY - size * 0.78);
            ribbon.lineTo(x, chestY);
            ribbon.lineTo(x + size * 0.1, floorY - size * 0.78);
            g.setStroke(new BasicStroke((float) (size * 0.03)));
            g.draw(ribbon);
            radial(x, chestY, size * 0.16, withAlpha(GOLD, 110));
            g.setPaint(new GradientPaint((float) (x - size * 0.05), (float) chestY, new Color(0xFF, 0xE0, 0x8A),
                    (float) (x + size * 0.05), (float) (chestY + size * 0.1), new Color(0xB8, 0x86, 0x1E)));
            g.fill(new Ellipse2D.Double(x - size * 0.055, chestY - size * 0.01, size * 0.11, size * 0.11));
        }
    }

    private void exhibition() {
        int panels = widthPx > heightPx ? 4 : 3;
        double margin = widthPx * 0.06;
        double panelW = (widthPx - margin * (panels + 1)) / panels;
        double top = heightPx * 0.16;
        double panelH = heightPx * 0.48;
        for (int i = 0; i < panels; i++) {
            double x = margin + i * (panelW + margin);
            radial(x + panelW / 2, top + panelH / 2, panelW * 0.9, withAlpha(WARM_LIGHT, 70));
            g.setColor(new Color(0xF4, 0xEE, 0xE2));
            g.fill(new Rectangle2D.Double(x, top, panelW, panelH));
            g.setColor(new Color(0xB3, 0x16, 0x1C));
            g.fill(new Rectangle2D.Double(x, top, panelW, panelH * 0.14));
            g.setPaint(new GradientPaint((float) x, (float) top, new Color(0x7A, 0x9C, 0xB8),
                    (float) (x + panelW), (float) (top + panelH), new Color(0xD9, 0xA0, 0x5B)));
            g.fill(new Rectangle2D.Double(x + panelW * 0.08, top + panelH * 0.2, panelW * 0.84, panelH * 0.38));
            g.setColor(new Color(0x9A, 0x92, 0x88));
            for (int line = 0; line < 5; line++) {
                double length = panelW * (0.5 + random.nextDouble() * 0.34);
                g.fill(new Rectangle2D.Double(x + panelW * 0.08, top + panelH * (0.64 + line * 0.065), length, panelH * 0.025));
            }
        }
        for (int i = 0; i < 3; i++) {
            figure(widthPx * (0.2 + random.nextDouble() * 0.6), floorY, 300 * unit, false);
        }
    }

    /** A standing figure whose feet are at {@code baseY}; {@code size} is head-to-foot height. */
    private void figure(double x, double baseY, double size, boolean lightShirt) {
        double head = size * 0.2;
        double shoulders = size * 0.42;
        RoundRectangle2D body = new RoundRectangle2D.Double(x - shoulders / 2, baseY - size + head * 1.05,
                shoulders, size - head * 1.05, shoulders * 0.6, shoulders * 0.6);
        Ellipse2D skull = new Ellipse2D.Double(x - head * 0.45, baseY - size, head * 0.9, head);
        g.setColor(lightShirt ? new Color(0x3A, 0x16, 0x16) : SILHOUETTE);
        g.fill(body);
        g.setColor(SILHOUETTE);
        g.fill(skull);
        g.setColor(withAlpha(GOLD, 90));
        g.setStroke(new BasicStroke((float) Math.max(1, 2 * unit)));
        g.draw(skull);
    }

    private void trophy(double x, double y, double size) {
        Path2D cup = new Path2D.Double();
        cup.moveTo(x - size * 0.35, y - size);
        cup.lineTo(x + size * 0.35, y - size);
        cup.quadTo(x + size * 0.3, y - size * 0.35, x + size * 0.06, y - size * 0.3);
        cup.lineTo(x + size * 0.06, y - size * 0.12);
        cup.lineTo(x + size * 0.22, y);
        cup.lineTo(x - size * 0.22, y);
        cup.lineTo(x - size * 0.06, y - size * 0.12);
        cup.lineTo(x - size * 0.06, y - size * 0.3);
        cup.quadTo(x - size * 0.3, y - size * 0.35, x - size * 0.35, y - size);
        cup.closePath();
        radial(x, y - size * 0.6, size * 1.4, withAlpha(GOLD, 90));
        g.setPaint(new GradientPaint((float) (x - size * 0.35), 0, new Color(0xB8, 0x86, 0x1E),
                (float) (x + size * 0.35), 0, new Color(0xFF, 0xE0, 0x8A)));
        g.fill(cup);
    }

    private void bokehAndVignette() {
        int count = 24 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            double x = random.nextDouble() * widthPx;
            double y = random.nextDouble() * floorY * 0.8;
            double r = (8 + random.nextDouble() * 30) * unit;
            radial(x, y, r, withAlpha(i % 3 == 0 ? WARM_LIGHT : GOLD, 40 + random.nextInt(60)));
        }
        float radius = (float) (Math.hypot(widthPx, heightPx) / 2);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(widthPx / 2.0, heightPx / 2.0), radius,
                new float[] {0f, 0.6f, 1f}, new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, 30), new Color(0, 0, 0, 170)}));
        g.fill(new Rectangle2D.Double(0, 0, widthPx, heightPx));
    }

    /** A soft disc of {@code colour} fading to transparent at {@code radius}. */
    private void radial(double x, double y, double radius, Color colour) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x, y), (float) radius, new float[] {0f, 1f},
                new Color[] {colour, withAlpha(colour, 0)}));
        g.fill(new Ellipse2D.Double(x - radius, y - radius, radius * 2, radius * 2));
    }

    /**
     * A dark band over the stage floor with the label: readable at thumbnail size, clear of the
     * scene, and inside the frame when a 4:3 or 3:2 picture is cropped to fill 16:9.
     */
    private void label(String label, String subLabel) {
        String family = labelFontFamily();
        double bandH = heightPx * 0.15;
        double bandY = floorY + heightPx * 0.01;
        g.setComposite(AlphaComposite.SrcOver);
        g.setColor(new Color(0, 0, 0, 165));
        g.fill(new Rectangle2D.Double(0, bandY, widthPx, bandH));
        g.setColor(withAlpha(GOLD, 220));
        g.fill(new Rectangle2D.Double(0, bandY, widthPx, 4 * unit));
        g.fill(new Rectangle2D.Double(0, bandY + bandH - 4 * unit, widthPx, 4 * unit));
        Font big = fitted(new Font(family, Font.BOLD, 10), label, widthPx * 0.9, bandH * 0.5);
        Font small = fitted(new Font(family, Font.PLAIN, 10), subLabel, widthPx * 0.9, bandH * 0.2);
        drawCentred(label, big, Color.WHITE, bandY + bandH * 0.58);
        drawCentred(subLabel, small, withAlpha(GOLD, 255), bandY + bandH * 0.86);
    }

    /** {@code base} at the largest size (px) where {@code text} fits in width and the ascent fits in height. */
    private Font fitted(Font base, String text, double maxWidthPx, double maxHeightPx) {
        float size = (float) maxHeightPx;
        Font font = base.deriveFont(size);
        double width = g.getFontMetrics(font).stringWidth(text);
        if (width > maxWidthPx) {
            font = base.deriveFont((float) (size * maxWidthPx / width));
        }
        return font;
    }

    private void drawCentred(String text, Font font, Color colour, double baselineY) {
        g.setFont(font);
        g.setColor(colour);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, (float) ((widthPx - metrics.stringWidth(text)) / 2.0), (float) baselineY);
    }

    private static Color withAlpha(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }
}
