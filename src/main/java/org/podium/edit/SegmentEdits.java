package org.podium.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SegmentId;

/** Adding, removing, moving and changing segments of the running order. */
public final class SegmentEdits {

    private SegmentEdits() {
    }

    /** Inserts a segment at {@code index} (0 = first; the segment count appends). */
    public record AddSegment(int index, Segment segment) implements Edit {

        public AddSegment {
            Objects.requireNonNull(segment, "segment");
        }

        @Override
        public Programme apply(Programme p) {
            if (p.segment(segment.id()).isPresent()) {
                throw new IllegalArgumentException("the programme already has a segment with id " + segment.id());
            }
            Positions.checkSlideIdsFree(p, segment);
            List<Segment> segments = new ArrayList<>(p.segments());
            segments.add(Positions.checkInsert(index, segments.size(), "segment"), segment);
            return p.withSegments(segments);
        }

        @Override
        public String labelKey() {
            return "edit.segment.add";
        }
    }

    public record RemoveSegment(SegmentId id) implements Edit {

        @Override
        public Programme apply(Programme p) {
            List<Segment> segments = new ArrayList<>(p.segments());
            segments.remove(Positions.indexOfSegment(p, id));
            return p.withSegments(segments);
        }

        @Override
        public String labelKey() {
            return "edit.segment.remove";
        }
    }

    /** Moves a segment, with its slides, so that it ends up at {@code toIndex} of the new order. */
    public record MoveSegment(SegmentId id, int toIndex) implements Edit {

        @Override
        public Programme apply(Programme p) {
            List<Segment> segments = new ArrayList<>(p.segments());
            Segment moved = segments.remove(Positions.indexOfSegment(p, id));
            segments.add(Positions.checkInsert(toIndex, segments.size(), "segment"), moved);
            return p.withSegments(segments);
        }

        @Override
        public String labelKey() {
            return "edit.segment.move";
        }
    }

    /**
     * Replaces the segment with the same id: how the inspector changes kind, title, people,
     * duration or notes. Successive replacements of one segment merge into one undo step.
     */
    public record ReplaceSegment(Segment segment) implements Edit {

        public ReplaceSegment {
            Objects.requireNonNull(segment, "segment");
        }

        @Override
        public Programme apply(Programme p) {
            Positions.indexOfSegment(p, segment.id());
            Positions.checkSlideIdsFree(p, segment);
            return p.withSegment(segment.id(), old -> segment);
        }

        @Override
        public String labelKey() {
            return "edit.segment.change";
        }

        @Override
        public Object mergeTarget() {
            return segment.id();
        }
    }
}
