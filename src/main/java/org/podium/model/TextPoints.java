package org.podium.model;

import java.util.List;
import java.util.Objects;

/** A heading and a few points. */
public record TextPoints(String heading, List<String> points) implements SlideContent {

    public TextPoints {
        heading = Text.clean(heading);
        points = Objects.requireNonNull(points, "points").stream().map(Text::clean).toList();
    }

    @Override
    public SlideKind kind() {
        return SlideKind.TEXT;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.text(this);
    }
}
