package org.podium.model;

import java.util.List;
import java.util.Objects;

/**
 * A list of honourees under a heading. The layout pages it across as many slides as it needs, so
 * one honour roll may show as several slides.
 *
 * @param heading  e.g. "「微星光」黨員"
 * @param names    honourees; the role holds their unit, empty when none
 */
public record HonourRoll(String heading, List<Person> names) implements SlideContent {

    public HonourRoll {
        heading = Text.clean(heading);
        names = List.copyOf(Objects.requireNonNull(names, "names"));
    }

    @Override
    public SlideKind kind() {
        return SlideKind.HONOUR_ROLL;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.honourRoll(this);
    }
}
