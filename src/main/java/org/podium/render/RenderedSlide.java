package org.podium.render;

import java.util.List;
import java.util.Objects;
import javafx.scene.layout.Region;

/**
 * A slide as JavaFX nodes, with the photos that could not be drawn.
 *
 * @param node     the slide, sized {@code widthPx × heightPx} and clipped to it; not yet in a scene
 * @param widthPx  width in pixels
 * @param heightPx height in pixels
 * @param problems photos shown as placeholders; empty when every photo was drawn
 */
public record RenderedSlide(Region node, double widthPx, double heightPx, List<PhotoProblem> problems) {

    public RenderedSlide {
        Objects.requireNonNull(node, "node");
        problems = List.copyOf(problems);
    }
}
