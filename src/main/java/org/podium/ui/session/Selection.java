package org.podium.ui.session;

import java.util.Objects;
import org.podium.model.SegmentId;
import org.podium.model.SlideId;

/**
 * What the person has selected, by id, so it survives edits that rebuild the rows.
 *
 * @param segment the segment selected, or the one holding the selected slide
 * @param slide   the slide selected, or {@code null} when a segment row is
 */
public record Selection(SegmentId segment, SlideId slide) {

    public Selection {
        Objects.requireNonNull(segment, "segment");
    }

    public static Selection segment(SegmentId segment) {
        return new Selection(segment, null);
    }

    public static Selection slide(SegmentId segment, SlideId slide) {
        return new Selection(segment, Objects.requireNonNull(slide, "slide"));
    }

    public boolean isSlide() {
        return slide != null;
    }
}
