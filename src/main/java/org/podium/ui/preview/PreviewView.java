package org.podium.ui.preview;

import java.util.List;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.podium.layout.SlideLayout;
import org.podium.render.RenderedSlide;
import org.podium.render.SlideRenderer;
import org.podium.ui.common.BackgroundRunner;
import org.podium.ui.common.StyleClasses;

/**
 * Controller of {@code Preview.fxml}: draws the laid-out slide with the {@link SlideRenderer},
 * letterboxed, as large as the pane allows. Drawing decodes photos, so it runs on the
 * {@link BackgroundRunner}; a drawing that finishes after a newer one was asked for is dropped.
 */
public final class PreviewView {

    /** Space kept around the slide inside the pane, in px. */
    private static final double MARGIN_PX = 24;
    /** Drawn at 1.5 px per point (1440 px wide for 16:9), then scaled to the pane. */
    private static final double RENDER_PX_PER_PT = 1.5;
    /** Half the crosshair's size, in px. */
    private static final double MARKER_RADIUS_PX = 10;
    /** Style class of the focal-point crosshair. */
    public static final String FOCAL_MARKER = "focal-marker";

    private final PreviewViewModel model;
    private final BackgroundRunner runner;
    private final SlideRenderer renderer;

    @FXML private StackPane stage;
    @FXML private VBox slide;
    @FXML private Label kind;
    @FXML private Label summary;
    @FXML private Label note;

    private final Group drawn = new Group();
    /** A crosshair at each shown photo's focal point; drawn over the preview only, never on the slide. */
    private final Group focalMarkers = new Group();
    private StackPane frame;
    private RenderedSlide current;
    private long generation;

    public PreviewView(PreviewViewModel model, BackgroundRunner runner, SlideRenderer renderer) {
        this.model = Objects.requireNonNull(model, "model");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    @FXML
    private void initialize() {
        kind.textProperty().bind(model.kindProperty());
        kind.visibleProperty().bind(model.kindProperty().isNotEmpty());
        summary.textProperty().bind(model.summaryProperty());
        note.textProperty().bind(model.noteProperty());
        note.visibleProperty().bind(model.noteProperty().isNotEmpty());
        frame = new StackPane(drawn);
        frame.getStyleClass().add(StyleClasses.PREVIEW_FRAME);
        frame.setManaged(false);
        frame.setVisible(false);
        focalMarkers.setManaged(false);
        focalMarkers.setMouseTransparent(true);
        frame.getChildren().add(focalMarkers);
        // A click on a photo of a photo or photo-grid slide moves its focal point there (one undo step).
        frame.setOnMouseClicked(event -> {
            SlideLayout shown = model.layoutProperty().get();
            if (shown != null && frame.getWidth() > 0 && event.isStillSincePress()) {
                double ptPerPx = shown.widthPt() / frame.getWidth();
                model.setFocalAt(event.getX() * ptPerPx, event.getY() * ptPerPx);
            }
        });
        model.focalMarkersProperty().addListener((obs, old, now) -> fit());
        stage.getChildren().add(frame);
        stage.widthProperty().addListener((obs, old, now) -> fit());
        stage.heightProperty().addListener((obs, old, now) -> fit());
        model.aspectRatioProperty().addListener((obs, old, now) -> fit());
        model.layoutProperty().addListener((obs, old, now) -> draw(now));
        draw(model.layoutProperty().get());
    }

    private void draw(SlideLayout layout) {
        long asked = ++generation;
        if (layout == null) {
            show(null);
            return;
        }
        runner.run(work -> renderer.render(layout, RENDER_PX_PER_PT), BackgroundRunner.Callback.of(rendered -> {
            if (asked == generation) {
                show(rendered);
            }
        }, error -> {
            if (asked == generation) {
                show(null);
            }
        }));
    }

    private void show(RenderedSlide rendered) {
        current = rendered;
        drawn.getChildren().setAll(rendered == null ? java.util.List.of() : java.util.List.of(rendered.node()));
        frame.setVisible(rendered != null);
        slide.setVisible(rendered == null);
        fit();
    }

    /** Letterboxed: the largest slide of the programme's shape that fits the pane. */
    private void fit() {
        double width = Math.max(0, stage.getWidth() - 2 * MARGIN_PX);
        double height = Math.max(0, stage.getHeight() - 2 * MARGIN_PX - (note.isVisible() ? 28 : 0));
        double ratio = model.aspectRatioProperty().get();
        double w = Math.min(width, height * ratio);
        slide.setMaxSize(w, w / ratio);
        slide.setPrefSize(w, w / ratio);
        if (current != null && current.widthPx() > 0) {
            double scale = Math.min(width / current.widthPx(), height / current.heightPx());
            drawn.setScaleX(scale);
            drawn.setScaleY(scale);
            double shownWidth = current.widthPx() * scale;
            double shownHeight = current.heightPx() * scale;
            // A Group's scale pivots on its centre; the frame is placed by hand around the scaled slide.
            drawn.setLayoutX((shownWidth - current.widthPx()) / 2);
            drawn.setLayoutY((shownHeight - current.heightPx()) / 2);
            frame.resizeRelocate((stage.getWidth() - shownWidth) / 2,
                    (stage.getHeight() - shownHeight) / 2 - (note.isVisible() ? 14 : 0), shownWidth, shownHeight);
        }
        placeFocalMarker();
    }

    private void placeFocalMarker() {
        List<Point2D> markersPt = model.focalMarkersProperty().get();
        SlideLayout shown = model.layoutProperty().get();
        boolean visible = !markersPt.isEmpty() && shown != null && current != null;
        focalMarkers.setVisible(visible);
        frame.setCursor(!markersPt.isEmpty() ? Cursor.CROSSHAIR : Cursor.DEFAULT);
        while (focalMarkers.getChildren().size() < markersPt.size()) {
            focalMarkers.getChildren().add(crosshair());
        }
        focalMarkers.getChildren().remove(markersPt.size(), focalMarkers.getChildren().size());
        if (visible) {
            double pxPerPt = frame.getWidth() / shown.widthPt();
            for (int i = 0; i < markersPt.size(); i++) {
                focalMarkers.getChildren().get(i).relocate(markersPt.get(i).getX() * pxPerPt - MARKER_RADIUS_PX,
                        markersPt.get(i).getY() * pxPerPt - MARKER_RADIUS_PX);
            }
        }
    }

    private static Group crosshair() {
        double r = MARKER_RADIUS_PX;
        Circle ring = new Circle(r, r, r * 0.6);
        Line across = new Line(0, r, 2 * r, r);
        Line down = new Line(r, 0, r, 2 * r);
        ring.getStyleClass().add("focal-ring");
        across.getStyleClass().add("focal-line");
        down.getStyleClass().add("focal-line");
        Group marker = new Group(ring, across, down);
        marker.getStyleClass().add(FOCAL_MARKER);
        return marker;
    }
}
