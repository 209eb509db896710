package org.podium.ui.photos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import org.podium.edit.SlideEdits;
import org.podium.media.DecodedPhoto;
import org.podium.model.Crop;
import org.podium.model.MediaRef;
import org.podium.model.Photo;
import org.podium.model.PhotoGrid;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.model.SpeakerCard;
import org.podium.ui.common.Messages;
import org.podium.ui.inspector.CropText;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

/**
 * The Photos pane: every photo of the programme once, in first-use order, with its preview and a
 * caption. Opening one selects the first slide that shows it. When the selected slide is a photo
 * grid that holds the chosen photo, that photo's own caption, credit and crop shape can be edited
 * here; typing in one of them is one undo step, as in the inspector, and so is choosing a shape.
 */
public final class PhotosViewModel {

    /**
     * One photo of the pane.
     *
     * @param caption what is written under the thumbnail: the photo's caption where it has one, else
     *                the name of the person it portrays, else its file name
     * @param firstUse the first slide that shows it
     * @param preview  the decoded thumbnail, or {@code null} while it is decoded or when it cannot be
     * @param problem  why it cannot be shown, or {@code null}
     */
    public record PhotoItem(MediaRef media, String caption, Selection firstUse, int uses, DecodedPhoto preview,
                            String problem) {
    }

    /** A crop shape offered for a grid photo: {@code none}, a ratio such as {@code 4:3}, or {@code custom}. */
    public record CropPreset(String id, String label) {
    }

    private final EditorSession session;
    private final PhotoPreviews previews;
    private final Messages messages;
    private final ObservableList<PhotoItem> items = FXCollections.observableArrayList();
    private final ObservableList<PhotoItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ObjectProperty<PhotoItem> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable");
    private final StringProperty hint = new SimpleStringProperty(this, "hint", "");
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final StringProperty credit = new SimpleStringProperty(this, "credit", "");
    private final StringProperty cropPreset = new SimpleStringProperty(this, "cropPreset", CropText.NONE);
    private final List<CropPreset> cropPresets = new ArrayList<>();
    /** True while the fields are filled from the programme, so that does not count as typing. */
    private boolean filling;
    private StringProperty lastTyped;
    private long lastRevision = -1;

    public PhotosViewModel(EditorSession session, PhotoPreviews previews, Messages messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.previews = Objects.requireNonNull(previews, "previews");
        this.messages = Objects.requireNonNull(messages, "messages");
        session.revisionProperty().addListener((obs, old, now) -> refresh());
        session.selectionProperty().addListener((obs, old, now) -> fill());
        previews.outcomes().addListener((MapChangeListener<String, PhotoPreviews.Outcome>) change -> refresh());
        chosen.addListener((obs, old, now) -> fill());
        caption.addListener((obs, old, now) -> typed(caption, now));
        credit.addListener((obs, old, now) -> typed(credit, now));
        cropPresets.add(new CropPreset(CropText.NONE, messages.get("inspector.crop.none")));
        CropText.RATIOS.forEach(ratio -> cropPresets.add(new CropPreset(ratio, ratio)));
        cropPresets.add(new CropPreset(CropText.CUSTOM, messages.get("photos.pane.cropCustom")));
        cropPreset.addListener((obs, old, now) -> cropChosen(now));
        refresh();
    }

    private void refresh() {
        Programme programme = session.programme();
        Map<String, List<Selection>> uses = new LinkedHashMap<>();
        Map<String, String> captions = new LinkedHashMap<>();
        Map<String, MediaRef> refs = new LinkedHashMap<>();
        for (Segment segment : programme.segments()) {
            for (Slide slide : segment.slides()) {
                for (MediaRef ref : slide.content().media()) {
                    refs.putIfAbsent(ref.sha256(), ref);
                    uses.computeIfAbsent(ref.sha256(), k -> new ArrayList<>())
                            .add(Selection.slide(segment.id(), slide.id()));
                    captionOf(slide, ref).filter(c -> !c.isBlank()).ifPresent(c -> captions.putIfAbsent(ref.sha256(), c));
                }
            }
        }
        List<PhotoItem> made = new ArrayList<>();
        for (MediaRef ref : refs.values()) {
            PhotoPreviews.Outcome outcome = previews.outcomes().get(ref.sha256());
            List<Selection> used = uses.get(ref.sha256());
            made.add(new PhotoItem(ref, captions.getOrDefault(ref.sha256(), ref.originalName()), used.get(0), used.size(),
                    outcome == null ? null : outcome.photo(),
                    outcome != null && outcome.failed() ? outcome.failure().getMessage() : null));
        }
        if (!made.equals(items)) {
            items.setAll(made);
        }
        PhotoItem was = chosen.get();
        chosen.set(was == null ? null : made.stream().filter(i -> i.media().equals(was.media())).findFirst().orElse(null));
        fill();
    }

    /** The caption the slide gives this photo: its own caption, or the name of the speaker it portrays. */
    private static Optional<String> captionOf(Slide slide, MediaRef ref) {
        if (slide.content() instanceof SinglePhoto single) {
            return Optional.of(single.photo().caption());
        }
        if (slide.content() instanceof PhotoGrid grid) {
            return grid.photos().stream().filter(p -> p.media().equals(ref)).map(Photo::caption)
                    .filter(c -> !c.isBlank()).findFirst();
        }
        if (slide.content() instanceof SpeakerCard card) {
            return card.speakers().stream().filter(s -> ref.equals(s.portrait())).map(s -> s.person().name())
                    .findFirst();
        }
        return Optional.empty();
    }

    /** The grid slide selected and the place in it of the chosen photo, when both are there. */
    private Optional<GridPlace> place() {
        PhotoItem item = chosen.get();
        Optional<Slide> slide = session.selectedSlide();
        if (item == null || slide.isEmpty() || !(slide.get().content() instanceof PhotoGrid grid)) {
            return Optional.empty();
        }
        for (int i = 0; i < grid.photos().size(); i++) {
            if (grid.photos().get(i).media().equals(item.media())) {
                return Optional.of(new GridPlace(slide.get(), grid, i));
            }
        }
        return Optional.empty();
    }

    private record GridPlace(Slide slide, PhotoGrid grid, int index) {
        Photo photo() {
            return grid.photos().get(index);
        }

        Slide with(Photo changed) {
            List<Photo> photos = new ArrayList<>(grid.photos());
            photos.set(index, changed);
            return slide.withContent(new PhotoGrid(photos, grid.caption(), grid.credit()));
        }
    }

    private void fill() {
        Optional<GridPlace> place = place();
        filling = true;
        try {
            editable.set(place.isPresent());
            caption.set(place.map(p -> p.photo().caption()).orElse(""));
            credit.set(place.map(p -> p.photo().credit()).orElse(""));
            cropPreset.set(place.map(p -> CropText.presetOf(p.photo().crop(), p.photo().media())).orElse(CropText.NONE));
            if (place.isPresent()) {
                hint.set(messages.get("photos.pane.gridPhoto", place.get().index() + 1, place.get().grid().photos().size()));
            } else {
                hint.set(messages.get(chosen.get() == null ? "photos.pane.choose" : "photos.pane.notInGrid"));
            }
        } finally {
            filling = false;
        }
    }

    private void typed(StringProperty field, String value) {
        Optional<GridPlace> place = place();
        if (filling || place.isEmpty()) {
            return;
        }
        Photo photo = place.get().photo();
        Photo changed = field == caption ? photo.withCaption(value) : photo.withCredit(value);
        if (changed.equals(photo)) {
            return;
        }
        SlideEdits.ReplaceSlide edit = new SlideEdits.ReplaceSlide(place.get().with(changed));
        boolean merge = field == lastTyped && session.revisionProperty().get() == lastRevision;
        if (merge ? session.applyMerging(edit) : session.apply(edit)) {
            lastTyped = field;
            lastRevision = session.revisionProperty().get();
        }
    }

    /** A crop shape for the chosen grid photo, as its own undo step; one that changes nothing is shown as it is. */
    private void cropChosen(String preset) {
        Optional<GridPlace> place = place();
        if (filling || place.isEmpty()) {
            return;
        }
        Photo photo = place.get().photo();
        Optional<Crop> crop = CropText.cropFor(preset, photo.media(), photo.focal()).filter(c -> !c.equals(photo.crop()));
        if (crop.isPresent()) {
            session.apply(new SlideEdits.ReplaceSlide(place.get().with(photo.withCrop(crop.get()))));
        } else {
            fill();
        }
    }

    /** Selects the first slide that shows the photo. */
    public void open(PhotoItem item) {
        if (item != null) {
            chosen.set(item);
            session.select(item.firstUse());
        }
    }

    public ObservableList<PhotoItem> items() {
        return itemsView;
    }

    /** The photo picked in the pane; the view sets it on a click. */
    public ObjectProperty<PhotoItem> chosenProperty() {
        return chosen;
    }

    /** True when the chosen photo is in the selected photo-grid slide, so its caption and credit can be edited. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable;
    }

    /** Which photo of which grid the fields edit, or what to do to edit one. */
    public ReadOnlyStringProperty hintProperty() {
        return hint;
    }

    /** The chosen photo's own caption in the selected grid; typing here edits it. */
    public StringProperty captionProperty() {
        return caption;
    }

    public StringProperty creditProperty() {
        return credit;
    }

    /** The chosen grid photo's crop shape, an id of {@link #cropPresets()}; choosing one crops the photo. */
    public StringProperty cropPresetProperty() {
        return cropPreset;
    }

    public List<CropPreset> cropPresets() {
        return List.copyOf(cropPresets);
    }
}
