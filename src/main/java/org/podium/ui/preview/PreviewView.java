package org.podium.ui.preview;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Group;
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

    private final PreviewViewModel model;
    private final BackgroundRunner runner;
    private final SlideRenderer renderer;

    @FXML private StackPane stage;
    @FXML private VBox slide;
    @FXML private Label kind;
    @FXML private Label summary;
    @FXML private Label note;

    private final Group drawn = new Group();
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
    }
}
