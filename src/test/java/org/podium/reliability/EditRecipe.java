package org.podium.reliability;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.podium.edit.Edit;
import org.podium.edit.ProgrammeEdits;
import org.podium.edit.SegmentEdits;
import org.podium.edit.SlideEdits;
import org.podium.model.Language;
import org.podium.model.MediaRef;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.Slide;

/**
 * A change a person could make, described by numbers that are turned into a valid {@link Edit}
 * against whatever the programme is by then: indices are taken modulo the current sizes, new
 * segments and slides carry fresh ids. Generated lists of recipes shrink to short, readable
 * sequences.
 *
 * @param op      which edit
 * @param a       first index (segment, or slide counted across the programme)
 * @param b       second index (target segment, or position)
 * @param c       third index (position in the target segment)
 * @param segment a fresh segment, for adding or as the new values of a replaced one
 * @param slide   a fresh slide, for adding or as the new values of a replaced one
 * @param info    source of new programme settings
 * @param merging apply through {@code applyMerging}, as the inspector does while typing
 * @param parts   for {@link Op#COMPOUND}: the edits made one after the other as one step
 */
record EditRecipe(Op op, int a, int b, int c, Segment segment, Slide slide, Programme info, boolean merging,
                  List<EditRecipe> parts) {

    enum Op {
        INFO, LANGUAGE, THEME, FORMAT, ADD_SEGMENT, REMOVE_SEGMENT, MOVE_SEGMENT, REPLACE_SEGMENT, ADD_SLIDE,
        REMOVE_SLIDE, MOVE_SLIDE, REPLACE_SLIDE, COMPOUND
    }

    static Arbitrary<EditRecipe> any(List<MediaRef> pool) {
        return Arbitraries.frequencyOf(
                Tuple.of(9, single(pool)),
                Tuple.of(1, single(pool).list().ofMinSize(1).ofMaxSize(4).map(EditRecipe::compound)));
    }

    static Arbitrary<EditRecipe> single(List<MediaRef> pool) {
        Arbitrary<Op> ops = Arbitraries.of(List.of(Op.values()).subList(0, Op.COMPOUND.ordinal()));
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(ops, index, index, index, ProgrammeArbitraries.segment(pool),
                        ProgrammeArbitraries.slide(pool), ProgrammeArbitraries.settingsOnly(),
                        Arbitraries.of(false, true))
                .as((op, a, b, c, segment, slide, info, merging) ->
                        new EditRecipe(op, a, b, c, segment, slide, info, merging, List.of()));
    }

    static EditRecipe compound(List<EditRecipe> parts) {
        return new EditRecipe(Op.COMPOUND, 0, 0, 0, null, null, null, false, parts);
    }

    /** The edit this recipe makes of {@code p}, or {@code null} when it has nothing to work on. */
    Edit edit(Programme p) {
        List<Segment> segments = p.segments();
        List<Slide> slides = p.slides();
        int n = segments.size();
        switch (op) {
            case INFO:
                return new ProgrammeEdits.ChangeInfo(info.title(), info.subtitle(), info.date(), info.venue(),
                        info.organiser(), info.startTime());
            case LANGUAGE:
                return new ProgrammeEdits.ChangeLanguage(Language.values()[a % Language.values().length]);
            case THEME:
                return new ProgrammeEdits.ChangeTheme(info.themeId());
            case FORMAT:
                return new ProgrammeEdits.ChangeFormat(info.format());
            case ADD_SEGMENT:
                return new SegmentEdits.AddSegment(a % (n + 1), segment);
            case REMOVE_SEGMENT:
                return n == 0 ? null : new SegmentEdits.RemoveSegment(segments.get(a % n).id());
            case MOVE_SEGMENT:
                return n == 0 ? null : new SegmentEdits.MoveSegment(segments.get(a % n).id(), b % n);
            case REPLACE_SEGMENT: {
                if (n == 0) {
                    return null;
                }
                Segment old = segments.get(a % n);
                List<Slide> reordered = new ArrayList<>(old.slides());
                if (b % 2 == 1 && reordered.size() > 1) {
                    reordered.add(reordered.remove(0));
                }
                return new SegmentEdits.ReplaceSegment(new Segment(old.id(), segment.kind(), segment.title(),
                        segment.people(), segment.plannedDuration(), segment.notes(), reordered));
            }
            case ADD_SLIDE: {
                if (n == 0) {
                    return null;
                }
                Segment target = segments.get(a % n);
                return new SlideEdits.AddSlide(target.id(), b % (target.slides().size() + 1), slide);
            }
            case REMOVE_SLIDE:
                return slides.isEmpty() ? null : new SlideEdits.RemoveSlide(slides.get(a % slides.size()).id());
            case MOVE_SLIDE: {
                if (slides.isEmpty()) {
                    return null;
                }
                Slide moved = slides.get(a % slides.size());
                Segment target = segments.get(b % n);
                int room = target.slides().size() - (target.slide(moved.id()).isPresent() ? 1 : 0);
                return new SlideEdits.MoveSlide(moved.id(), target.id(), c % (room + 1));
            }
            case REPLACE_SLIDE: {
                if (slides.isEmpty()) {
                    return null;
                }
                Slide old = slides.get(a % slides.size());
                return new SlideEdits.ReplaceSlide(new Slide(old.id(), slide.content(), slide.notes(),
                        slide.autoAdvance()));
            }
            case COMPOUND: {
                List<Edit> edits = new ArrayList<>();
                Programme scratch = p;
                for (EditRecipe part : parts) {
                    Edit edit = part.edit(scratch);
                    if (edit != null) {
                        edits.add(edit);
                        scratch = edit.apply(scratch);
                    }
                }
                return edits.isEmpty() ? null : new Edit.Compound("edit.photos.import", edits);
            }
            default:
                throw new IllegalStateException(op.toString());
        }
    }

    @Override
    public String toString() {
        return op == Op.COMPOUND ? "COMPOUND" + parts : op + "(" + a + ", " + b + ", " + c + (merging ? ", merging)" : ")");
    }
}
