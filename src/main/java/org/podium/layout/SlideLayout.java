package org.podium.layout;

import java.util.List;
import java.util.Objects;

/**
 * One slide, fully laid out: paint the background over the whole slide, then the boxes in order.
 *
 * @param widthPt    slide width in points
 * @param heightPt   slide height in points
 * @param background paints the whole slide first
 * @param boxes      painted in order, later over earlier
 */
public record SlideLayout(double widthPt, double heightPt, Fill background, List<Box> boxes) {

    public SlideLayout {
        Objects.requireNonNull(background, "background");
        boxes = List.copyOf(Objects.requireNonNull(boxes, "boxes"));
        if (!(widthPt > 0 && heightPt > 0)) {
            throw new IllegalArgumentException("slide size must be positive: " + widthPt + " × " + heightPt);
        }
    }

    public Rect bounds() {
        return new Rect(0, 0, widthPt, heightPt);
    }

    public List<TextBox> textBoxes() {
        return boxes.stream().filter(TextBox.class::isInstance).map(TextBox.class::cast).toList();
    }

    public List<ImageBox> imageBoxes() {
        return boxes.stream().filter(ImageBox.class::isInstance).map(ImageBox.class::cast).toList();
    }

    /** The text of every box that did not fit at the theme's smallest size, in box order; empty when all fit. */
    public List<String> overflows() {
        return textBoxes().stream().filter(TextBox::overflow).map(TextBox::text).toList();
    }

    public boolean hasOverflow() {
        return textBoxes().stream().anyMatch(TextBox::overflow);
    }
}
