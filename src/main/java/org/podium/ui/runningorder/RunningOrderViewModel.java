package org.podium.ui.runningorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.edit.Edit;
import org.podium.edit.SegmentEdits;
import org.podium.edit.SlideEdits;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SegmentKind;
import org.podium.model.Slide;
import org.podium.model.SlideContent;
import org.podium.model.SlideKind;
import org.podium.ui.common.Messages;
import org.podium.ui.runningorder.RunningOrderItem.SegmentItem;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

/**
 * The running order as rows, and the changes made to it: add, duplicate, delete, move and drag.
 * Each action is one edit; the selection follows what was added or moved.
 */
public final class RunningOrderViewModel {

    private final EditorSession session;
    private final Messages messages;
    private final ObservableList<SegmentItem> rows = FXCollections.observableArrayList();
    private final ObservableList<SegmentItem> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final BooleanBinding hasSegment;
    private final BooleanBinding hasSelection;
    private final SlideThumbnails thumbnails;

    /** Rows without thumbnails. */
    public RunningOrderViewModel(EditorSession session, Messages messages) {
        this(session, messages, null);
    }

    /** @param thumbnails drawn for the slide rows; {@code null} for rows without them */
    public RunningOrderViewModel(EditorSession session, Messages messages, SlideThumbnails thumbnails) {
        this.thumbnails = thumbnails;
        this.session = Objects.requireNonNull(session, "session");
        this.messages = Objects.requireNonNull(messages, "messages");
        session.programmeProperty().addListener((obs, old, now) -> rows.setAll(RunningOrderItems.of(now, messages)));
        rows.setAll(RunningOrderItems.of(session.programme(), messages));
        hasSegment = Bindings.createBooleanBinding(() -> !session.programme().segments().isEmpty(),
                session.programmeProperty());
        hasSelection = Bindings.createBooleanBinding(() -> session.selectionProperty().get() != null,
                session.selectionProperty());
    }

    /** The slides' thumbnails, when the rows show them. */
    public Optional<SlideThumbnails> thumbnails() {
        return Optional.ofNullable(thumbnails);
    }

    /** Segments with their slides; replaced whole after every change. */
    public ObservableList<SegmentItem> rows() {
        return rowsView;
    }

    /** Adds a segment after the selected one (else at the end), titled with its kind, and selects it. */
    public void addSegment(SegmentKind kind) {
        Programme p = session.programme();
        int index = session.selectedSegment().map(s -> p.segments().indexOf(s) + 1).orElse(p.segments().size());
        Segment segment = Segment.of(kind, KindLabels.segment(messages, kind));
        if (session.apply(new SegmentEdits.AddSegment(index, segment))) {
            session.select(Selection.segment(segment.id()));
        }
    }

    /**
     * Adds a slide of {@code kind} after the selected slide, else at the end of the selected (or
     * last) segment, and selects it. False when there is no segment yet or the kind needs photos.
     */
    public boolean addSlide(SlideKind kind) {
        Optional<SlideContent> content = NewSlides.content(kind, session.programme());
        return content.isPresent() && addSlides(List.of(Slide.of(content.get())), "edit.slide.add");
    }

    /** Adds slides as one undo step where {@link #addSlide} would put one. */
    public boolean addSlides(List<Slide> slides, String labelKey) {
        Optional<Segment> target = insertionSegment();
        if (target.isEmpty() || slides.isEmpty()) {
            return false;
        }
        Segment segment = target.get();
        int index = session.selectedSlide().filter(s -> segment.slide(s.id()).isPresent())
                .map(s -> segment.slides().indexOf(s) + 1).orElse(segment.slides().size());
        List<Edit> edits = new ArrayList<>();
        for (Slide slide : slides) {
            edits.add(new SlideEdits.AddSlide(segment.id(), index++, slide));
        }
        Edit edit = edits.size() == 1 ? edits.get(0) : new Edit.Compound(labelKey, edits);
        if (!session.apply(edit)) {
            return false;
        }
        session.select(Selection.slide(segment.id(), slides.get(slides.size() - 1).id()));
        return true;
    }

    /** The segment new slides go into: the selected one, else the last. */
    public Optional<Segment> insertionSegment() {
        List<Segment> segments = session.programme().segments();
        return session.selectedSegment().or(() -> segments.isEmpty() ? Optional.empty()
                : Optional.of(segments.get(segments.size() - 1)));
    }

    /** Copies the selected slide (or segment with all its slides) in after it and selects the copy. */
    public void duplicate() {
        Optional<Slide> slide = session.selectedSlide();
        Optional<Segment> segment = session.selectedSegment();
        if (slide.isPresent() && segment.isPresent()) {
            Slide copy = slide.get().withNewId();
            int index = segment.get().slides().indexOf(slide.get()) + 1;
            if (session.apply(new SlideEdits.AddSlide(segment.get().id(), index, copy))) {
                session.select(Selection.slide(segment.get().id(), copy.id()));
            }
        } else if (segment.isPresent()) {
            Segment original = segment.get();
            Segment copy = Segment.of(original.kind(), original.title()).withPeople(original.people())
                    .withPlannedDuration(original.plannedDuration()).withNotes(original.notes())
                    .withSlides(original.slides().stream().map(Slide::withNewId).toList());
            int index = session.programme().segments().indexOf(original) + 1;
            if (session.apply(new SegmentEdits.AddSegment(index, copy))) {
                session.select(Selection.segment(copy.id()));
            }
        }
    }

    /** Deletes the selected slide or segment and selects its neighbour. */
    public void delete() {
        Optional<Slide> slide = session.selectedSlide();
        Optional<Segment> segment = session.selectedSegment();
        if (slide.isPresent() && segment.isPresent()) {
            List<Slide> slides = segment.get().slides();
            int index = slides.indexOf(slide.get());
            if (session.apply(new SlideEdits.RemoveSlide(slide.get().id()))) {
                Selection next = slides.size() == 1 ? Selection.segment(segment.get().id())
                        : Selection.slide(segment.get().id(), slides.get(index + 1 < slides.size() ? index + 1 : index - 1).id());
                session.select(next);
            }
        } else if (segment.isPresent()) {
            List<Segment> segments = session.programme().segments();
            int index = segments.indexOf(segment.get());
            if (session.apply(new SegmentEdits.RemoveSegment(segment.get().id()))) {
                session.select(segments.size() == 1 ? null
                        : Selection.segment(segments.get(index + 1 < segments.size() ? index + 1 : index - 1).id()));
            }
        }
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(1);
    }

    /**
     * Moves the selection one place. A slide at the edge of its segment moves into the end (or
     * start) of the neighbouring segment.
     */
    private void move(int step) {
        Programme p = session.programme();
        Optional<Slide> slide = session.selectedSlide();
        Optional<Segment> segment = session.selectedSegment();
        if (segment.isEmpty()) {
            return;
        }
        int segmentIndex = p.segments().indexOf(segment.get());
        if (slide.isEmpty()) {
            int to = segmentIndex + step;
            if (to >= 0 && to < p.segments().size()) {
                session.apply(new SegmentEdits.MoveSegment(segment.get().id(), to));
            }
            return;
        }
        int slideIndex = segment.get().slides().indexOf(slide.get());
        int to = slideIndex + step;
        if (to >= 0 && to < segment.get().slides().size()) {
            session.apply(new SlideEdits.MoveSlide(slide.get().id(), segment.get().id(), to));
            return;
        }
        int neighbour = segmentIndex + step;
        if (neighbour < 0 || neighbour >= p.segments().size()) {
            return;
        }
        Segment into = p.segments().get(neighbour);
        if (session.apply(new SlideEdits.MoveSlide(slide.get().id(), into.id(), step < 0 ? into.slides().size() : 0))) {
            session.select(Selection.slide(into.id(), slide.get().id()));
        }
    }

    /** True when dropping {@code dragged} on the row {@code target} would move something. */
    public boolean canDrop(Selection dragged, Selection target) {
        if (dragged == null || target == null || dragged.equals(target)) {
            return false;
        }
        return !(dragged.isSlide() && target.isSlide() && dragged.slide().equals(target.slide()));
    }

    /**
     * One drag and drop, one edit: the dragged row takes the place of the row dropped on. A slide
     * dropped on a segment row goes to the end of that segment; a segment dropped on a slide row
     * takes the place of that slide's segment.
     */
    public boolean drop(Selection dragged, Selection target) {
        if (!canDrop(dragged, target)) {
            return false;
        }
        Programme p = session.programme();
        Optional<Segment> targetSegment = p.segment(target.segment());
        if (targetSegment.isEmpty()) {
            return false;
        }
        if (!dragged.isSlide()) {
            int to = p.segments().indexOf(targetSegment.get());
            if (dragged.segment().equals(target.segment())) {
                return false;
            }
            boolean moved = session.apply(new SegmentEdits.MoveSegment(dragged.segment(), to));
            if (moved) {
                session.select(Selection.segment(dragged.segment()));
            }
            return moved;
        }
        List<Slide> slides = targetSegment.get().slides();
        int to;
        if (!target.isSlide()) {
            to = (int) slides.stream().filter(s -> !s.id().equals(dragged.slide())).count();
        } else {
            // Within one segment the target's index, counted after the dragged slide is taken out,
            // puts the dragged slide where the target was; across segments it goes before the target.
            to = indexOf(slides, target);
        }
        boolean moved = session.apply(new SlideEdits.MoveSlide(dragged.slide(), target.segment(), to));
        if (moved) {
            session.select(Selection.slide(target.segment(), dragged.slide()));
        }
        return moved;
    }

    private static int indexOf(List<Slide> slides, Selection target) {
        for (int i = 0; i < slides.size(); i++) {
            if (slides.get(i).id().equals(target.slide())) {
                return i;
            }
        }
        return slides.size();
    }

    public BooleanBinding hasSegmentProperty() {
        return hasSegment;
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }
}
