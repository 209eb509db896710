package org.podium.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.podium.edit.Edit;
import org.podium.edit.EditHistory;
import org.podium.edit.SegmentEdits;
import org.podium.edit.SlideEdits;
import org.podium.model.Problem;
import org.podium.model.Programme;
import org.podium.model.ProgrammeValidator;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.Slide;
import org.podium.model.SlideId;
import org.podium.model.TitleCard;

/** Any sequence of edits goes through {@link EditHistory} and comes back out with undo and redo. */
class EditPropertiesTest {

    @Provide
    Arbitrary<Programme> programmes() {
        return ProgrammeArbitraries.programme(ModelPropertiesTest.FAKE_MEDIA);
    }

    @Provide
    Arbitrary<List<EditRecipe>> recipes() {
        return EditRecipe.any(ModelPropertiesTest.FAKE_MEDIA).list().ofMaxSize(25);
    }

    /** Applies each recipe that has something to work on; returns the programme after each step. */
    private static List<Programme> applyAll(EditHistory history, List<EditRecipe> recipes) {
        List<Programme> states = new ArrayList<>(List.of(history.current()));
        for (EditRecipe recipe : recipes) {
            Edit edit = recipe.edit(history.current());
            if (edit != null) {
                states.add(recipe.merging() ? history.applyMerging(edit) : history.apply(edit));
            }
        }
        return states;
    }

    @Property
    void undoingEveryStepGivesTheOriginalAndRedoingGivesTheEdited(@ForAll("programmes") Programme original,
                                                                @ForAll("recipes") List<EditRecipe> recipes) {
        EditHistory history = new EditHistory(original);
        applyAll(history, recipes);
        Programme edited = history.current();

        int undone = 0;
        while (history.canUndo()) {
            history.undo();
            undone++;
        }
        assertThat(history.current()).isEqualTo(original);
        assertThat(history.isDirty()).isFalse();
        assertThat(history.undo()).isEqualTo(original);

        for (int i = 0; i < undone; i++) {
            assertThat(history.canRedo()).isTrue();
            history.redo();
        }
        assertThat(history.canRedo()).isFalse();
        assertThat(history.current()).isEqualTo(edited);
        assertThat(history.isDirty()).isEqualTo(undone > 0);
    }

    @Property
    void eachUndoStepsBackExactlyOneEditAndEachRedoForwardOne(@ForAll("programmes") Programme original,
                                                             @ForAll("recipes") List<EditRecipe> recipes) {
        List<EditRecipe> plain = recipes.stream().filter(r -> !r.merging()).toList();
        EditHistory history = new EditHistory(original);
        List<Programme> states = applyAll(history, plain);

        for (int i = states.size() - 2; i >= 0; i--) {
            assertThat(history.undo()).isEqualTo(states.get(i));
        }
        assertThat(history.canUndo()).isFalse();
        for (int i = 1; i < states.size(); i++) {
            assertThat(history.redo()).isEqualTo(states.get(i));
        }
    }

    @Property
    void editsNeverLeaveTwoSegmentsOrTwoSlidesWithOneId(@ForAll("programmes") Programme original,
                                                        @ForAll("recipes") List<EditRecipe> recipes) {
        EditHistory history = new EditHistory(original);
        for (Programme state : applyAll(history, recipes)) {
            assertThat(ProgrammeArbitraries.idsDistinct(state)).isTrue();
            assertThat(ProgrammeValidator.validate(state)).extracting(Problem::key)
                    .noneMatch(k -> k.endsWith("duplicateId"));
        }
    }

    @Property
    void theDirtyFlagIsSetExactlyAwayFromTheSavedStep(@ForAll("programmes") Programme original,
                                                      @ForAll("recipes") List<EditRecipe> recipes,
                                                      @ForAll @IntRange(max = 30) int savedAt,
                                                      @ForAll @IntRange(max = 30) int undos) {
        List<EditRecipe> plain = recipes.stream().filter(r -> !r.merging()).toList();
        EditHistory history = new EditHistory(original);
        int steps = applyAll(history, plain).size() - 1;
        int saved = Math.min(savedAt, steps);
        for (int i = steps; i > saved; i--) {
            history.undo();
        }
        history.markSaved();
        for (int i = saved; i < steps; i++) {
            history.redo();
        }

        int position = Math.max(0, steps - undos);
        for (int i = steps; i > position; i--) {
            history.undo();
        }
        assertThat(history.isDirty()).isEqualTo(position != saved);
    }

    @Property
    void aShortUndoLimitKeepsTheLatestSteps(@ForAll("programmes") Programme original,
                                            @ForAll("recipes") List<EditRecipe> recipes,
                                            @ForAll @IntRange(min = 1, max = 6) int limit) {
        List<EditRecipe> plain = recipes.stream().filter(r -> !r.merging()).toList();
        EditHistory history = new EditHistory(original, limit);
        List<Programme> states = applyAll(history, plain);

        while (history.canUndo()) {
            history.undo();
        }
        assertThat(history.current()).isEqualTo(states.get(Math.max(0, states.size() - 1 - limit)));
    }

    @Property
    void anEditThatDoesNotFitIsRefusedAndChangesNothing(@ForAll("programmes") Programme original,
                                                        @ForAll("recipes") List<EditRecipe> recipes,
                                                        @ForAll("hostile") HostileEdit hostile) {
        EditHistory history = new EditHistory(original);
        applyAll(history, recipes);
        Edit edit = hostile.edit(history.current());
        if (edit == null) {
            return;
        }
        Programme before = history.current();
        long revision = history.revision();
        boolean canUndo = history.canUndo();

        assertThatThrownBy(() -> history.apply(edit)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
        assertThat(history.current()).isSameAs(before);
        assertThat(history.revision()).isEqualTo(revision);
        assertThat(history.canUndo()).isEqualTo(canUndo);
    }

    @Provide
    Arbitrary<HostileEdit> hostile() {
        return Combinators.combine(Arbitraries.of(HostileEdit.Kind.class), Arbitraries.integers().between(0, 1000),
                ProgrammeArbitraries.segment(ModelPropertiesTest.FAKE_MEDIA)).as(HostileEdit::new);
    }

    /** Edits that name what is not there, reach past the end, or would give two things one id. */
    record HostileEdit(Kind kind, int a, Segment fresh) {

        enum Kind {
            ADD_SEGMENT_PAST_END, ADD_SEGMENT_SAME_ID, ADD_SEGMENT_WITH_EXISTING_SLIDE, REPLACE_SEGMENT_TAKING_SLIDE,
            REPLACE_ABSENT_SEGMENT, REMOVE_ABSENT_SEGMENT, MOVE_SEGMENT_PAST_END, ADD_SLIDE_SAME_ID,
            ADD_SLIDE_PAST_END, REMOVE_ABSENT_SLIDE, MOVE_SLIDE_TO_ABSENT_SEGMENT, REPLACE_ABSENT_SLIDE,
            COMPOUND_FAILING_LAST
        }

        Edit edit(Programme p) {
            List<Segment> segments = p.segments();
            List<Slide> slides = p.slides();
            int n = segments.size();
            SegmentId absentSegment = new SegmentId("absent-segment");
            SlideId absentSlide = new SlideId("absent-slide");
            switch (kind) {
                case ADD_SEGMENT_PAST_END:
                    return new SegmentEdits.AddSegment(a % 2 == 0 ? -1 - a : n + 1 + a, fresh);
                case ADD_SEGMENT_SAME_ID:
                    return n == 0 ? null : new SegmentEdits.AddSegment(0, new Segment(segments.get(a % n).id(),
                            fresh.kind(), fresh.title(), List.of(), null, "", List.of()));
                case ADD_SEGMENT_WITH_EXISTING_SLIDE:
                    return slides.isEmpty() ? null
                            : new SegmentEdits.AddSegment(0, fresh.withSlides(List.of(slides.get(a % slides.size()))));
                case REPLACE_SEGMENT_TAKING_SLIDE: {
                    if (n < 2) {
                        return null;
                    }
                    Segment target = segments.get(a % n);
                    List<Slide> others = slides.stream().filter(s -> target.slide(s.id()).isEmpty()).toList();
                    if (others.isEmpty()) {
                        return null;
                    }
                    List<Slide> taken = new ArrayList<>(target.slides());
                    taken.add(others.get(a % others.size()));
                    return new SegmentEdits.ReplaceSegment(target.withSlides(taken));
                }
                case REPLACE_ABSENT_SEGMENT:
                    return new SegmentEdits.ReplaceSegment(fresh);
                case REMOVE_ABSENT_SEGMENT:
                    return new SegmentEdits.RemoveSegment(absentSegment);
                case MOVE_SEGMENT_PAST_END:
                    return n == 0 ? null : new SegmentEdits.MoveSegment(segments.get(a % n).id(), n + a % 3);
                case ADD_SLIDE_SAME_ID:
                    return slides.isEmpty() ? null
                            : new SlideEdits.AddSlide(segments.get(a % n).id(), 0, slides.get(a % slides.size()));
                case ADD_SLIDE_PAST_END: {
                    if (n == 0) {
                        return null;
                    }
                    Segment target = segments.get(a % n);
                    return new SlideEdits.AddSlide(target.id(), target.slides().size() + 1 + a % 3,
                            Slide.of(fresh.slides().isEmpty() ? new TitleCard("x", "")
                                    : fresh.slides().get(0).content()));
                }
                case REMOVE_ABSENT_SLIDE:
                    return new SlideEdits.RemoveSlide(absentSlide);
                case MOVE_SLIDE_TO_ABSENT_SEGMENT:
                    return slides.isEmpty() ? null
                            : new SlideEdits.MoveSlide(slides.get(a % slides.size()).id(), absentSegment, 0);
                case REPLACE_ABSENT_SLIDE:
                    return new SlideEdits.ReplaceSlide(Slide.of(new TitleCard("x", "")));
                case COMPOUND_FAILING_LAST:
                    return new Edit.Compound("edit.photos.import", List.of(new SegmentEdits.AddSegment(0, fresh),
                            new SegmentEdits.RemoveSegment(absentSegment)));
                default:
                    throw new IllegalStateException(kind.toString());
            }
        }
    }
}
