package org.podium.layout;

/**
 * Something positioned on a slide. Boxes are painted in list order, later over earlier. Java 17
 * has no pattern switch, so a consumer that handles every kind implements {@link Visitor}.
 */
public sealed interface Box permits TextBox, ImageBox, FillBox {

    /** Where the box sits on the slide, in points. */
    Rect rect();

    <R> R accept(Visitor<R> visitor);

    /** One method per box kind. */
    interface Visitor<R> {
        R text(TextBox box);

        R image(ImageBox box);

        R fill(FillBox box);
    }
}
