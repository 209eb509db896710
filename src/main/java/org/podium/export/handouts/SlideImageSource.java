package org.podium.export.handouts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.podium.layout.SlideLayout;

/**
 * Draws a laid-out slide into pixels for the handouts. The application and the command line give
 * the shared JavaFX renderer here (the export package does not depend on it); tests give plain
 * pictures.
 */
@FunctionalInterface
public interface SlideImageSource {

    /**
     * The slide drawn {@code widthPx} wide at its own aspect ratio, opaque.
     *
     * @throws IOException when the slide cannot be drawn; the handouts are then not written
     */
    BufferedImage image(SlideLayout layout, int widthPx) throws IOException;
}
