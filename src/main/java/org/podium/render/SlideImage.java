package org.podium.render;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * A slide drawn into pixels.
 *
 * @param image    opaque RGB, as the projector shows it
 * @param problems photos drawn as placeholders; empty when every photo was drawn
 */
public record SlideImage(BufferedImage image, List<PhotoProblem> problems) {

    public SlideImage {
        Objects.requireNonNull(image, "image");
        problems = List.copyOf(problems);
    }

    public int widthPx() {
        return image.getWidth();
    }

    public int heightPx() {
        return image.getHeight();
    }
}
