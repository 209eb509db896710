package org.podium.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Locale;
import org.podium.model.MediaRef;

/**
 * What is shown where a photo cannot be: a grey box with a broken-photo mark, the photo's file
 * name and a short reason. Every consumer (slides, thumbnails, presenter, export) paints the same
 * one from here. Names are often Chinese, so text is set in Noto Sans CJK TC when it is installed.
 */
public final class PhotoPlaceholder {

    /** The family text is set in when installed; otherwise Java's logical sans-serif font. */
    public static final String PREFERRED_FONT = "Noto Sans CJK TC";

    private static final Color BACKGROUND = new Color(0x6B6B6B);
    private static final Color MARK = new Color(0xD9D9D9);
    private static final Color TEXT = new Color(0xF5F5F5);
    /** Below this many pixels a line of text is unreadable and is left out. */
    private static final int MIN_FONT_PX = 9;
    private static final String ELLIPSIS = "…";

    private PhotoPlaceholder() {
    }

    /**
     * A placeholder of {@code widthPx} × {@code heightPx}: grey box, mark, and as much of
     * {@code photoName} and {@code reason} as fits (long names lose their middle, keeping the
     * extension). Opaque.
     */
    public static DecodedPhoto paint(int widthPx, int heightPx, String photoName, String reason) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, widthPx, heightPx);
            layOut(g, widthPx, heightPx, photoName == null ? "" : photoName, reason == null ? "" : reason);
        } finally {
            g.dispose();
        }
        int[] argbPre = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        return new DecodedPhoto(widthPx, heightPx, argbPre, true, 1);
    }

    /**
     * The placeholder for a photo that failed: the size the photo would have had for
     * {@code request}, its original name and the failure's short reason.
     */
    public static DecodedPhoto forFailure(MediaRef ref, PhotoRequest request, PhotoDecodeException failure) {
        PixelSize size = request.targetFor(new PixelSize(ref.displayWidthPx(), ref.displayHeightPx()));
        return paint(size.widthPx(), size.heightPx(), ref.originalName(), failure.reason().shortText(Locale.getDefault()));
    }

    /** The font placeholders use, at {@code sizePx}. */
    static Font font(int style, float sizePx) {
        Font preferred = new Font(PREFERRED_FONT, style, 1);
        Font base = PREFERRED_FONT.equals(preferred.getFamily(Locale.ROOT)) ? preferred : new Font(Font.SANS_SERIF, style, 1);
        return base.deriveFont(sizePx);
    }

    private static void layOut(Graphics2D g, int widthPx, int heightPx, String name, String reason) {
        double unit = Math.min(widthPx, heightPx);
        double markPx = unit * 0.3;
        float nameSizePx = (float) Math.max(MIN_FONT_PX, Math.min(28, unit * 0.08));
        float reasonSizePx = nameSizePx * 0.85f;
        boolean withText = heightPx >= markPx + 2.6 * (nameSizePx + reasonSizePx) && widthPx >= 4 * nameSizePx;
        double textHeight = withText ? 1.3 * (nameSizePx + reasonSizePx) + nameSizePx * 0.6 : 0;
        double top = (heightPx - markPx - textHeight) / 2;
        paintMark(g, (widthPx - markPx) / 2, top, markPx);
        if (!withText) {
            return;
        }
        int maxTextPx = (int) (widthPx * 0.9);
        double baseline = top + markPx + nameSizePx * 0.6 + nameSizePx * 1.1;
        drawCentred(g, font(Font.BOLD, nameSizePx), name, widthPx, maxTextPx, baseline);
        drawCentred(g, font(Font.PLAIN, reasonSizePx), reason, widthPx, maxTextPx, baseline + reasonSizePx * 1.4);
    }

    private static void drawCentred(Graphics2D g, Font font, String text, int widthPx, int maxTextPx, double baseline) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        String shown = fitted(text, metrics, maxTextPx);
        g.setColor(TEXT);
        g.drawString(shown, (float) (widthPx - metrics.stringWidth(shown)) / 2, (float) baseline);
    }

    /** {@code text}, or its start and end around an ellipsis, no wider than {@code maxPx}. */
    static String fitted(String text, FontMetrics metrics, int maxPx) {
        if (metrics.stringWidth(text) <= maxPx) {
            return text;
        }
        int[] codePoints = text.codePoints().toArray();
        for (int keep = codePoints.length - 1; keep > 0; keep--) {
            int tail = Math.min(keep / 2 + 4, keep); // the end carries the extension: keep a bit more of it
            int head = keep - tail;
            String candidate = new String(codePoints, 0, head) + ELLIPSIS
                    + new String(codePoints, codePoints.length - tail, tail);
            if (metrics.stringWidth(candidate) <= maxPx) {
                return candidate;
            }
        }
        return ELLIPSIS;
    }

    /**
     * A framed landscape (mountain and sun) broken in two along a zigzag crack, the right half
     * knocked askew: in the square of side {@code sizePx} at ({@code x}, {@code y}).
     */
    private static void paintMark(Graphics2D g, double x, double y, double sizePx) {
        double frameHeight = sizePx * 0.78;
        double top = y + (sizePx - frameHeight) / 2;
        double cx = x + sizePx / 2;
        Path2D crack = new Path2D.Double();
        crack.moveTo(cx + sizePx * 0.04, y - 1);
        crack.lineTo(cx - sizePx * 0.07, top + frameHeight * 0.35);
        crack.lineTo(cx + sizePx * 0.06, top + frameHeight * 0.6);
        crack.lineTo(cx - sizePx * 0.03, y + sizePx + 1);
        Path2D left = new Path2D.Double(crack);
        left.lineTo(x - sizePx, y + sizePx + 1);
        left.lineTo(x - sizePx, y - 1);
        left.closePath();
        Path2D right = new Path2D.Double(crack);
        right.lineTo(x + 2 * sizePx, y + sizePx + 1);
        right.lineTo(x + 2 * sizePx, y - 1);
        right.closePath();

        Graphics2D leftHalf = (Graphics2D) g.create();
        leftHalf.clip(left);
        paintPicture(leftHalf, x, top, sizePx, frameHeight);
        leftHalf.dispose();

        Graphics2D rightHalf = (Graphics2D) g.create();
        rightHalf.translate(sizePx * 0.06, sizePx * 0.04);
        rightHalf.rotate(Math.toRadians(6), cx, top + frameHeight);
        rightHalf.clip(right);
        paintPicture(rightHalf, x, top, sizePx, frameHeight);
        rightHalf.dispose();
    }

    private static void paintPicture(Graphics2D g, double x, double top, double widthPx, double heightPx) {
        float stroke = (float) Math.max(1, widthPx * 0.06);
        g.setColor(MARK);
        g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double inset = stroke / 2;
        g.draw(new RoundRectangle2D.Double(x + inset, top + inset, widthPx - stroke, heightPx - stroke,
                widthPx * 0.12, widthPx * 0.12));
        Path2D mountain = new Path2D.Double();
        double floor = top + heightPx - stroke * 1.5;
        mountain.moveTo(x + stroke * 1.5, floor);
        mountain.lineTo(x + widthPx * 0.38, top + heightPx * 0.38);
        mountain.lineTo(x + widthPx * 0.58, top + heightPx * 0.62);
        mountain.lineTo(x + widthPx * 0.7, top + heightPx * 0.5);
        mountain.lineTo(x + widthPx - stroke * 1.5, floor);
        mountain.closePath();
        g.fill(mountain);
        double sun = widthPx * 0.16;
        g.fill(new Ellipse2D.Double(x + widthPx * 0.68, top + heightPx * 0.16, sun, sun));
    }
}
