package org.podium.ui.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Point2D;
import org.podium.edit.SlideEdits;
import org.podium.layout.SlideLayout;
import org.podium.layout.SlideLayoutEngine;
import org.podium.model.FocalPoint;
import org.podium.model.Photo;
import org.podium.model.PhotoGrid;
import org.podium.model.Segment;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.model.SlideContent;
import org.podium.ui.common.Messages;
import org.podium.ui.runningorder.KindLabels;
import org.podium.ui.runningorder.RunningOrderItems;
import org.podium.ui.session.EditorSession;

/**
 * What the centre shows: the selected slide (or the first slide of the selected segment) laid out
 * by the {@link SlideLayoutEngine}, at the programme's slide shape. Laying out one slide takes about
 * a millisecond, so it is done on the UI thread after every change; drawing it is the view's job.
 */
public final class PreviewViewModel {

    private static final System.Logger LOG = System.getLogger(PreviewViewModel.class.getName());

    private final EditorSession session;
    private final Messages messages;
    private final SlideLayoutEngine engine;
    private final StringProperty kind = new SimpleStringProperty(this, "kind", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final DoubleProperty aspectRatio = new SimpleDoubleProperty(this, "aspectRatio", 16.0 / 9);
    private final ObjectProperty<SlideLayout> layout = new SimpleObjectProperty<>(this, "layout");
    private final ObjectProperty<Point2D> focalMarker = new SimpleObjectProperty<>(this, "focalMarker");
    private final ObjectProperty<List<Point2D>> focalMarkers = new SimpleObjectProperty<>(this, "focalMarkers",
            List.of());

    public PreviewViewModel(EditorSession session, Messages messages, SlideLayoutEngine engine) {
        this.session = Objects.requireNonNull(session, "session");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.engine = Objects.requireNonNull(engine, "engine");
        session.revisionProperty().addListener((obs, old, now) -> update());
        session.selectionProperty().addListener((obs, old, now) -> update());
        update();
    }

    private void update() {
        aspectRatio.set(session.programme().format().aspectRatio());
        Optional<Slide> slide = shown();
        if (slide.isEmpty()) {
            kind.set("");
            summary.set(messages.get(session.selectedSegment().isPresent() ? "preview.emptySegment" : "preview.none"));
            note.set("");
            focalMarker.set(null);
            focalMarkers.set(List.of());
            layout.set(null);
            return;
        }
        kind.set(KindLabels.slide(messages, slide.get().content().kind()));
        summary.set(RunningOrderItems.summary(slide.get(), messages));
        Segment segment = session.programme().segmentOf(slide.get().id()).orElse(null);
        List<SlideLayout> pages;
        try {
            pages = engine.layout(slide.get(), segment, session.programme());
        } catch (RuntimeException e) {
            // A layout bug must not take the editor down; the card with the kind stays instead.
            LOG.log(System.Logger.Level.WARNING, "Could not lay out slide " + slide.get().id(), e);
            focalMarker.set(null);
            focalMarkers.set(List.of());
            layout.set(null);
            note.set("");
            return;
        }
        SlideLayout first = pages.get(0);
        List<Point2D> markers = FocalClick.markers(first, photos(slide.get()));
        focalMarkers.set(markers);
        focalMarker.set(markers.isEmpty() ? null : markers.get(0));
        long overflowing = pages.stream().filter(SlideLayout::hasOverflow).count();
        if (overflowing > 0) {
            note.set(messages.get("preview.overflow"));
        } else {
            note.set(pages.size() > 1 ? messages.get("preview.pages", pages.size()) : "");
        }
        layout.set(first);
    }

    /**
     * Sets the focal point of the photo under ({@code xPt}, {@code yPt}) on the shown photo or
     * photo-grid slide to the point of the picture clicked, as one undo step. False when no such
     * slide is shown, the click misses the photos or the point is already the focal point.
     */
    public boolean setFocalAt(double xPt, double yPt) {
        Optional<Slide> slide = shown();
        SlideLayout shownLayout = layout.get();
        if (slide.isEmpty() || shownLayout == null) {
            return false;
        }
        List<Photo> photos = photos(slide.get());
        Optional<FocalClick.Hit> hit = FocalClick.hit(shownLayout, photos, xPt, yPt);
        if (hit.isEmpty() || hit.get().focal().equals(photos.get(hit.get().index()).focal())) {
            return false;
        }
        List<Photo> changed = new ArrayList<>(photos);
        changed.set(hit.get().index(), photos.get(hit.get().index()).withFocal(hit.get().focal()));
        SlideContent content = slide.get().content() instanceof PhotoGrid grid
                ? new PhotoGrid(changed, grid.caption(), grid.credit())
                : new SinglePhoto(changed.get(0));
        return session.apply(new SlideEdits.ReplaceSlide(slide.get().withContent(content)));
    }

    /** The photos whose focal point a click sets: a photo slide's one, a grid's all; none for other slides. */
    private static List<Photo> photos(Slide slide) {
        if (slide.content() instanceof SinglePhoto single) {
            return List.of(single.photo());
        }
        if (slide.content() instanceof PhotoGrid grid) {
            return grid.photos();
        }
        return List.of();
    }

    /** Where each shown photo's focal point is on the slide, in points; empty when no photo is shown. */
    public ReadOnlyObjectProperty<List<Point2D>> focalMarkersProperty() {
        return focalMarkers;
    }

    /** Where the shown photo's (a grid's first photo's) focal point is on the slide, in points; {@code null} when none is shown. */
    public ReadOnlyObjectProperty<Point2D> focalMarkerProperty() {
        return focalMarker;
    }

    /** The selected slide, or the first slide of the selected segment. */
    public Optional<Slide> shown() {
        Optional<Slide> slide = session.selectedSlide();
        if (slide.isPresent()) {
            return slide;
        }
        return session.selectedSegment().flatMap(s -> s.slides().stream().findFirst());
    }

    /** The first page of the shown slide, or {@code null} when none is shown. */
    public ReadOnlyObjectProperty<SlideLayout> layoutProperty() {
        return layout;
    }

    /** Localised slide kind; empty when no slide is shown. */
    public ReadOnlyStringProperty kindProperty() {
        return kind;
    }

    /** The slide's first line, or why nothing is shown. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** Under the slide: text that does not fit, or how many pages an honour roll makes; else empty. */
    public ReadOnlyStringProperty noteProperty() {
        return note;
    }

    /** Width over height of the programme's slides. */
    public ReadOnlyDoubleProperty aspectRatioProperty() {
        return aspectRatio;
    }
}
