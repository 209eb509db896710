package org.podium.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.podium.edit.Edit;
import org.podium.edit.SegmentEdits;
import org.podium.edit.SlideEdits;
import org.podium.model.MediaRef;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.SegmentKind;
import org.podium.model.Slide;
import org.podium.model.SlideContent;
import org.podium.model.SlideId;
import org.podium.ui.common.Messages;
import org.podium.ui.inspector.InspectorField.Choice;
import org.podium.ui.inspector.InspectorField.Kind;
import org.podium.ui.runningorder.KindLabels;
import org.podium.ui.session.EditorSession;

/**
 * Makes the inspector's fields. Every getter and every edit reads the segment or slide from the
 * session at the moment it runs, by id, so a field never writes back a stale copy.
 */
final class FieldFactory {

    private static final Function<String, Optional<String>> ANY = text -> Optional.empty();

    private final EditorSession session;
    private final Messages messages;
    private final PictureLibrary pictures;

    FieldFactory(EditorSession session, Messages messages, PictureLibrary pictures) {
        this.session = session;
        this.messages = messages;
        this.pictures = pictures;
    }

    Messages messages() {
        return messages;
    }

    List<InspectorField> segment(SegmentId id) {
        List<InspectorField> fields = new ArrayList<>();
        List<Choice> kinds = new ArrayList<>();
        for (SegmentKind kind : SegmentKind.values()) {
            kinds.add(new Choice(kind.id(), KindLabels.segment(messages, kind)));
        }
        fields.add(new InspectorField("kind", messages.get("inspector.segment.kind"), Kind.CHOICE, "", kinds,
                () -> seg(id).kind().id(), ANY, v -> replace(id, s -> s.withKind(SegmentKind.fromId(v)))));
        fields.add(line(id, "title", "inspector.segment.title", Segment::title, Segment::withTitle));
        fields.add(new InspectorField("people", messages.get("details.segment.people"), Kind.PEOPLE,
                "", List.of(), () -> PeopleText.format(seg(id).people()), ANY,
                v -> replace(id, s -> s.withPeople(PeopleText.parse(v)))));
        fields.add(new InspectorField("minutes", messages.get("inspector.segment.minutes"), Kind.NUMBER,
                messages.get("inspector.prompt.minutes"), List.of(),
                () -> NumberText.formatMinutes(seg(id).plannedDuration()),
                v -> NumberText.validMinutes(v) ? Optional.empty()
                        : Optional.of(messages.get("inspector.error.minutes", NumberText.MAX_MINUTES)),
                v -> replace(id, s -> s.withPlannedDuration(NumberText.minutes(v).orElse(null)))));
        fields.add(new InspectorField("notes", messages.get("details.notes"), Kind.AREA, "", List.of(),
                () -> seg(id).notes(), ANY, v -> replace(id, s -> s.withNotes(v))));
        return fields;
    }

    private InspectorField line(SegmentId id, String name, String labelKey, Function<Segment, String> get,
                                java.util.function.BiFunction<Segment, String, Segment> set) {
        return new InspectorField(name, messages.get(labelKey), Kind.LINE, "", List.of(), () -> get.apply(seg(id)), ANY,
                v -> replace(id, s -> set.apply(s, v)));
    }

    List<InspectorField> slide(SlideId id) {
        List<InspectorField> fields = new ArrayList<>(slide(id, session.programme()).content()
                .accept(new ContentFields(this, id)));
        fields.add(new InspectorField("slideNotes", messages.get("details.notes"), Kind.AREA, "", List.of(),
                () -> sl(id).notes(), ANY, v -> replaceSlide(id, s -> s.withNotes(v))));
        fields.add(new InspectorField("advance", messages.get("inspector.slide.advanceSeconds"), Kind.NUMBER,
                messages.get("inspector.prompt.advance"), List.of(),
                () -> NumberText.formatSeconds(sl(id).autoAdvance()),
                v -> NumberText.validSeconds(v) ? Optional.empty()
                        : Optional.of(messages.get("inspector.error.seconds", NumberText.MAX_SECONDS)),
                v -> replaceSlide(id, s -> s.withAutoAdvance(NumberText.seconds(v).orElse(null)))));
        return fields;
    }

    /**
     * A field of a slide's content of type {@code type}: {@code get} reads it, {@code set} makes the
     * content holding a new text.
     */
    <C extends SlideContent> InspectorField content(SlideId id, Class<C> type, String name, String labelKey, Kind kind,
                                                    Function<C, String> get,
                                                    java.util.function.BiFunction<C, String, C> set) {
        return choice(id, type, name, labelKey, kind, List.of(), get, set);
    }

    <C extends SlideContent> InspectorField choice(SlideId id, Class<C> type, String name, String labelKey, Kind kind,
                                                   List<Choice> choices, Function<C, String> get,
                                                   java.util.function.BiFunction<C, String, C> set) {
        String prompt = "points".equals(name) ? messages.get("inspector.prompt.points") : "";
        return field(id, type, name, labelKey, kind, prompt, choices, ANY, get, set);
    }

    /**
     * A field checked by {@code validator} before {@code set} runs; {@code set} may return
     * {@code null} when the text asks for no change.
     */
    <C extends SlideContent> InspectorField field(SlideId id, Class<C> type, String name, String labelKey, Kind kind,
                                                  String prompt, List<Choice> choices,
                                                  Function<String, Optional<String>> validator,
                                                  Function<C, String> get,
                                                  java.util.function.BiFunction<C, String, C> set) {
        Supplier<C> content = () -> type.cast(sl(id).content());
        return new InspectorField(name, messages.get(labelKey), kind, prompt, choices, () -> get.apply(content.get()),
                validator, v -> {
                    C changed = set.apply(content.get(), v);
                    return changed == null ? null : replaceSlide(id, s -> s.withContent(changed));
                });
    }

    /**
     * A portrait or logo: the text is the chosen picture's hash, empty for none; the choices are
     * the programme's photos and those imported for a picture.
     */
    <C extends SlideContent> InspectorField picture(SlideId id, Class<C> type, String name, String labelKey,
                                                    Function<C, MediaRef> get,
                                                    java.util.function.BiFunction<C, MediaRef, C> set) {
        List<Choice> choices = new ArrayList<>();
        for (MediaRef ref : pictures.all()) {
            choices.add(new Choice(ref.sha256(), pictureName(ref)));
        }
        return field(id, type, name, labelKey, Kind.PICTURE, messages.get("inspector.picture.none"), choices, ANY,
                c -> get.apply(c) == null ? "" : get.apply(c).sha256(),
                (c, v) -> v.isBlank() ? set.apply(c, null) : pictures.find(v).map(ref -> set.apply(c, ref)).orElse(null));
    }

    /** The name a person recognises a picture by: the file they imported, else the start of its hash. */
    static String pictureName(MediaRef ref) {
        return ref.originalName().isBlank() ? ref.sha256().substring(0, 12) : ref.originalName();
    }

    private Segment seg(SegmentId id) {
        return session.programme().segment(id).orElseThrow();
    }

    /** The slide as the programme has it now. */
    Slide slideNow(SlideId id) {
        return sl(id);
    }

    private Slide sl(SlideId id) {
        return slide(id, session.programme());
    }

    private static Slide slide(SlideId id, org.podium.model.Programme programme) {
        return programme.segmentOf(id).flatMap(s -> s.slide(id)).orElseThrow();
    }

    private Edit replace(SegmentId id, UnaryOperator<Segment> change) {
        return new SegmentEdits.ReplaceSegment(change.apply(seg(id)));
    }

    Edit replaceSlide(SlideId id, UnaryOperator<Slide> change) {
        return new SlideEdits.ReplaceSlide(change.apply(sl(id)));
    }
}
