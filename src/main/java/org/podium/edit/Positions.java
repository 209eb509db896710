package org.podium.edit;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.Slide;
import org.podium.model.SlideId;

/** Lookups shared by the edits; each fails with a message naming what is missing. */
final class Positions {

    private Positions() {
    }

    static int indexOfSegment(Programme p, SegmentId id) {
        for (int i = 0; i < p.segments().size(); i++) {
            if (p.segments().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the programme has no segment with id " + id);
    }

    static Segment segmentOf(Programme p, SlideId id) {
        return p.segmentOf(id).orElseThrow(() -> new IllegalArgumentException("the programme has no slide with id " + id));
    }

    /**
     * Fails when a slide of {@code segment} has an id that another slide of it, or a slide of any
     * segment of {@code p} other than the one it replaces, already has: ids must stay unique.
     */
    static void checkSlideIdsFree(Programme p, Segment segment) {
        Set<SlideId> seen = new HashSet<>();
        for (Slide slide : segment.slides()) {
            Optional<Segment> owner = p.segmentOf(slide.id());
            if (!seen.add(slide.id()) || owner.isPresent() && !owner.get().id().equals(segment.id())) {
                throw new IllegalArgumentException("the programme already has a slide with id " + slide.id());
            }
        }
    }

    /** {@code index} when it is a valid insertion point in a list of {@code size}. */
    static int checkInsert(int index, int size, String what) {
        if (index < 0 || index > size) {
            throw new IllegalArgumentException("cannot put a " + what + " at position " + index + " of " + size);
        }
        return index;
    }
}
