package org.podium.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.podium.layout.SlideLayout;

/**
 * Draws slides into pixels with {@link SlideRenderer} and a JavaFX snapshot. The same layout at the
 * same width always gives the same pixels: nothing animates, text is grey-scale antialiased and the
 * headless toolkit renders in software.
 */
public final class SlideSnapshotter {

    /** Largest image side, in pixels: a 16K LED wall, and a bound on memory (16384² × 4 bytes = 1 GiB). */
    public static final int MAX_SIDE_PX = 16_384;

    private final SlideRenderer renderer;

    public SlideSnapshotter(SlideRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** Height in pixels of a slide drawn {@code widthPx} wide: the slide's aspect, rounded, at least 1. */
    public static int heightPx(SlideLayout layout, int widthPx) {
        return heightPx(layout.widthPt() / layout.heightPt(), widthPx);
    }

    /** Height in pixels of a slide of that aspect ratio (width ÷ height) drawn {@code widthPx} wide. */
    public static int heightPx(double aspectRatio, int widthPx) {
        return Math.max(1, (int) Math.round(widthPx / aspectRatio));
    }

    /**
     * The slide drawn {@code widthPx} wide. The nodes are built (and photos decoded) on the calling
     * thread, then snapshotted on the JavaFX thread, which must be running
     * ({@link FxPlatform#startHeadless()} on the command line).
     */
    public SlideImage snapshot(SlideLayout layout, int widthPx) {
        return FxPlatform.await(snapshotAsync(layout, widthPx));
    }

    /**
     * Like {@link #snapshot} but returns once the nodes are built: the snapshot is taken on the
     * JavaFX thread while the caller goes on (e.g. writing the previous slide's PNG).
     */
    public CompletableFuture<SlideImage> snapshotAsync(SlideLayout layout, int widthPx) {
        int heightPx = heightPx(layout, widthPx);
        if (widthPx < 1 || widthPx > MAX_SIDE_PX || heightPx > MAX_SIDE_PX) {
            throw new IllegalArgumentException("a slide image must be 1–" + MAX_SIDE_PX + " pixels a side, was "
                    + widthPx + " × " + heightPx);
        }
        RenderedSlide slide = renderer.render(layout, (double) widthPx / layout.widthPt());
        return FxPlatform.supply(() -> {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.BLACK);
            parameters.setViewport(new Rectangle2D(0, 0, widthPx, heightPx));
            WritableImage snapshot = slide.node().snapshot(parameters, new WritableImage(widthPx, heightPx));
            BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
            int[] rgb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            // the alpha byte is ignored by the RGB image: the snapshot's black fill made every pixel opaque
            snapshot.getPixelReader().getPixels(0, 0, widthPx, heightPx, PixelFormat.getIntArgbInstance(), rgb, 0,
                    widthPx);
            return new SlideImage(image, slide.problems());
        });
    }
}
