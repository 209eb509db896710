package org.podium.model;

import java.util.UUID;

/** Stable identity of a slide across edits and saves. */
public record SlideId(String value) {

    public SlideId {
        Ids.check(value, "slide");
    }

    public static SlideId random() {
        return new SlideId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
