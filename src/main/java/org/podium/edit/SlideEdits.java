package org.podium.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.Slide;
import org.podium.model.SlideId;

/** Adding, removing, moving and changing slides. */
public final class SlideEdits {

    private SlideEdits() {
    }

    /** Inserts a slide into a segment at {@code index} (the slide count appends). */
    public record AddSlide(SegmentId segment, int index, Slide slide) implements Edit {

        public AddSlide {
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(slide, "slide");
        }

        @Override
        public Programme apply(Programme p) {
            if (p.segmentOf(slide.id()).isPresent()) {
                throw new IllegalArgumentException("the programme already has a slide with id " + slide.id());
            }
            Segment target = p.segments().get(Positions.indexOfSegment(p, segment));
            List<Slide> slides = new ArrayList<>(target.slides());
            slides.add(Positions.checkInsert(index, slides.size(), "slide"), slide);
            return p.withSegment(segment, s -> s.withSlides(slides));
        }

        @Override
        public String labelKey() {
            return "edit.slide.add";
        }
    }

    public record RemoveSlide(SlideId id) implements Edit {

        @Override
        public Programme apply(Programme p) {
            Segment owner = Positions.segmentOf(p, id);
            List<Slide> slides = new ArrayList<>(owner.slides());
            slides.removeIf(s -> s.id().equals(id));
            return p.withSegment(owner.id(), s -> s.withSlides(slides));
        }

        @Override
        public String labelKey() {
            return "edit.slide.remove";
        }
    }

    /**
     * Moves a slide to position {@code toIndex} of segment {@code toSegment} (which may be its own),
     * counted in that segment's slides after the slide has been taken out.
     */
    public record MoveSlide(SlideId id, SegmentId toSegment, int toIndex) implements Edit {

        public MoveSlide {
            Objects.requireNonNull(id, "slide");
            Objects.requireNonNull(toSegment, "target segment");
        }

        @Override
        public Programme apply(Programme p) {
            Segment owner = Positions.segmentOf(p, id);
            Positions.indexOfSegment(p, toSegment);
            Slide moved = owner.slide(id).orElseThrow();
            Programme without = new RemoveSlide(id).apply(p);
            Segment target = without.segment(toSegment).orElseThrow();
            List<Slide> slides = new ArrayList<>(target.slides());
            slides.add(Positions.checkInsert(toIndex, slides.size(), "slide"), moved);
            return without.withSegment(toSegment, s -> s.withSlides(slides));
        }

        @Override
        public String labelKey() {
            return "edit.slide.move";
        }
    }

    /**
     * Replaces the slide with the same id: content, notes or auto-advance from the inspector.
     * Successive replacements of one slide merge into one undo step.
     */
    public record ReplaceSlide(Slide slide) implements Edit {

        public ReplaceSlide {
            Objects.requireNonNull(slide, "slide");
        }

        @Override
        public Programme apply(Programme p) {
            Segment owner = Positions.segmentOf(p, slide.id());
            return p.withSegment(owner.id(), s -> s.withSlide(slide.id(), old -> slide));
        }

        @Override
        public String labelKey() {
            return "edit.slide.change";
        }

        @Override
        public Object mergeTarget() {
            return slide.id();
        }
    }
}
