package org.podium.ui.inspector;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.edit.Edit;
import org.podium.model.MediaRef;
import org.podium.model.Segment;
import org.podium.model.Slide;
import org.podium.model.SlideKind;
import org.podium.ui.common.Messages;
import org.podium.ui.runningorder.KindLabels;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

/**
 * The fields of the selected segment or slide. Typing in one field is one undo step: the first
 * change of a field starts a step and the following ones merge into it, until another field, an
 * undo or any other edit comes between. Text that does not validate is never applied.
 */
public final class InspectorViewModel {

    /** Asks for a photo file and imports it; calls back on the UI thread only when one was imported. */
    @FunctionalInterface
    public interface PictureImport {
        void chooseAndImport(Consumer<MediaRef> imported);
    }

    private final EditorSession session;
    private final Messages messages;
    private final PictureLibrary pictures;
    private final PictureImport pictureImport;
    private final FieldFactory factory;
    private final ObservableList<InspectorField> fields = FXCollections.observableArrayList();
    private final ObservableList<InspectorField> fieldsView = FXCollections.unmodifiableObservableList(fields);
    private final StringProperty heading = new SimpleStringProperty(this, "heading", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");

    /** What the fields show: a selection and the slide kind at the time they were made. */
    private Selection shown;
    private SlideKind shownKind;
    /** What decides which fields a slide has besides its kind: the photos it shows. */
    private List<Object> shownShape;
    /** True while this model applies an edit, so the change it causes does not rewrite the fields. */
    private boolean applying;
    /** True while the fields are filled from the programme, so that does not count as typing. */
    private boolean filling;
    private InspectorField lastField;
    private long lastRevision = -1;

    /** An inspector that cannot import pictures from files; they are chosen among the programme's photos. */
    public InspectorViewModel(EditorSession session, Messages messages) {
        this(session, messages, null);
    }

    /** @param pictureImport how a portrait or logo is imported from a file; {@code null} for not at all */
    public InspectorViewModel(EditorSession session, Messages messages, PictureImport pictureImport) {
        this.session = Objects.requireNonNull(session, "session");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.pictures = new PictureLibrary(session);
        this.pictureImport = pictureImport;
        this.factory = new FieldFactory(session, messages, pictures);
        session.selectionProperty().addListener((obs, old, now) -> refresh());
        session.revisionProperty().addListener((obs, old, now) -> {
            if (!applying) {
                refresh();
            }
        });
        refresh();
    }

    /** Rebuilds the fields when the target changed, else refills their texts from the programme. */
    private void refresh() {
        Selection selection = session.selectionProperty().get();
        Optional<Segment> segment = session.selectedSegment();
        Optional<Slide> slide = session.selectedSlide();
        boolean gone = selection == null || segment.isEmpty() || (selection.isSlide() && slide.isEmpty());
        if (gone) {
            show(null, null, List.of(), List.of());
            heading.set("");
            title.set("");
            return;
        }
        SlideKind kind = slide.map(s -> s.content().kind()).orElse(null);
        List<Object> shape = slide.map(InspectorViewModel::shape).orElse(List.of());
        if (selection.equals(shown) && kind == shownKind && shape.equals(shownShape)) {
            lastField = null;
            refill(null);
        } else {
            show(selection, kind, shape,
                    slide.isPresent() ? factory.slide(slide.get().id()) : factory.segment(segment.get().id()));
        }
        updateHeadings();
    }

    /**
     * The photos a slide shows: a change adds or removes a choice of its picture fields, so the
     * fields are made again. Typing never changes it, so a field never goes away under the cursor.
     */
    private static List<Object> shape(Slide slide) {
        return List.copyOf(slide.content().media());
    }

    private void updateHeadings() {
        Optional<Segment> segment = session.selectedSegment();
        if (segment.isEmpty()) {
            return;
        }
        Segment s = segment.get();
        Optional<Slide> slide = session.selectedSlide();
        title.set(s.title().isBlank() ? messages.get("runningorder.segment.untitled") : s.title());
        if (slide.isPresent()) {
            heading.set(messages.get("details.slide.position", s.slides().indexOf(slide.get()) + 1, s.slides().size(),
                    KindLabels.slide(messages, slide.get().content().kind())));
        } else {
            heading.set(messages.get("details.segment.heading", KindLabels.segment(messages, s.kind())));
        }
    }

    private void show(Selection selection, SlideKind kind, List<Object> shape, List<InspectorField> made) {
        shown = selection;
        shownKind = kind;
        shownShape = shape;
        lastField = null;
        for (InspectorField field : made) {
            field.text().addListener((obs, old, now) -> typed(field, now));
        }
        fields.setAll(made);
    }

    /** Sets every field but {@code except} to what the programme holds. */
    private void refill(InspectorField except) {
        filling = true;
        try {
            for (InspectorField field : fields) {
                if (field == except) {
                    continue;
                }
                String value = field.currentValue();
                if (!value.equals(field.text().get())) {
                    field.text().set(value);
                }
                field.setError(null);
            }
        } finally {
            filling = false;
        }
    }

    private void typed(InspectorField field, String value) {
        if (filling) {
            return;
        }
        Optional<String> problem = field.validate(value);
        field.setError(problem.orElse(null));
        if (problem.isPresent()) {
            return;
        }
        Edit edit = field.toEdit(value == null ? "" : value);
        if (edit == null) {
            if (!field.kind().mergesTyping()) {
                // A choice that changes nothing (a 4:3 crop of a 4:3 photo) shows what the programme holds.
                refillOnly(field);
            }
            return;
        }
        boolean merge = field.kind().mergesTyping() && field == lastField
                && session.revisionProperty().get() == lastRevision;
        applying = true;
        try {
            boolean applied = merge ? session.applyMerging(edit) : session.apply(edit);
            if (applied) {
                lastField = field;
                lastRevision = session.revisionProperty().get();
            }
        } finally {
            applying = false;
        }
        // The other views and fields follow the programme (a crop preset fills the edges); this
        // field keeps what was typed.
        refill(field);
        updateHeadings();
        Optional<Slide> slide = session.selectedSlide();
        if (slide.isPresent() && !shape(slide.get()).equals(shownShape)) {
            refresh();
        }
    }

    private void refillOnly(InspectorField field) {
        filling = true;
        try {
            field.text().set(field.currentValue());
        } finally {
            filling = false;
        }
    }

    /** True when a portrait or logo can be imported from a file. */
    public boolean canImportPictures() {
        return pictureImport != null;
    }

    /**
     * Asks for a photo file and, once it is imported (in the background), makes it the picture of
     * the field {@code fieldId}, as one undo step.
     */
    public void importPicture(String fieldId) {
        if (pictureImport == null) {
            return;
        }
        Selection asked = session.selectionProperty().get();
        pictureImport.chooseAndImport(ref -> {
            pictures.add(ref);
            // The person may have moved on while the file was read: the picture goes where it was asked for.
            if (asked != null && asked.equals(session.selectionProperty().get())) {
                field(fieldId).ifPresent(f -> f.text().set(ref.sha256()));
            }
        });
    }

    /** The field with this id, for tests and the view. */
    public Optional<InspectorField> field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public ObservableList<InspectorField> fields() {
        return fieldsView;
    }

    /** "Segment · Address" or "Slide 2 of 5 · Quote"; empty when nothing is selected. */
    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    /** The title of the segment selected or holding the selected slide. */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }
}
