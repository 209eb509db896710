package org.podium.layout;

import java.util.Objects;
import org.podium.model.SegmentId;
import org.podium.model.SlideId;

/**
 * One shown slide of a programme: which model slide it comes from and which page of it. Only an
 * honour roll has more than one page.
 *
 * @param segmentId segment holding the slide
 * @param slideId   the model slide
 * @param pageIndex 0-based page of that slide
 * @param pageCount pages the slide makes, at least 1
 * @param layout    what to draw
 */
public record SlidePage(SegmentId segmentId, SlideId slideId, int pageIndex, int pageCount, SlideLayout layout) {

    public SlidePage {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(slideId, "slideId");
        Objects.requireNonNull(layout, "layout");
        if (pageCount < 1 || pageIndex < 0 || pageIndex >= pageCount) {
            throw new IllegalArgumentException("page " + pageIndex + " of " + pageCount + " does not exist");
        }
    }
}
