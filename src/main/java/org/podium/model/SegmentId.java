package org.podium.model;

import java.util.UUID;

/** Stable identity of a segment across edits and saves. */
public record SegmentId(String value) {

    public SegmentId {
        Ids.check(value, "segment");
    }

    public static SegmentId random() {
        return new SegmentId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
