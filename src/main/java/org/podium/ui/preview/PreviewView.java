package org.podium.ui.preview;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Controller of {@code Preview.fxml}: keeps the slide card at the slide's shape, as large as fits. */
public final class PreviewView {

    /** Space kept around the slide inside the pane, in px. */
    private static final double MARGIN_PX = 24;

    private final PreviewViewModel model;

    @FXML private StackPane stage;
    @FXML private VBox slide;
    @FXML private Label kind;
    @FXML private Label summary;

    public PreviewView(PreviewViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    @FXML
    private void initialize() {
        kind.textProperty().bind(model.kindProperty());
        kind.visibleProperty().bind(model.kindProperty().isNotEmpty());
        summary.textProperty().bind(model.summaryProperty());
        stage.widthProperty().addListener((obs, old, now) -> fit());
        stage.heightProperty().addListener((obs, old, now) -> fit());
        model.aspectRatioProperty().addListener((obs, old, now) -> fit());
    }

    /** Letterboxed: the widest slide of the programme's shape that fits the pane. */
    private void fit() {
        double width = Math.max(0, stage.getWidth() - 2 * MARGIN_PX);
        double height = Math.max(0, stage.getHeight() - 2 * MARGIN_PX);
        double ratio = model.aspectRatioProperty().get();
        double w = Math.min(width, height * ratio);
        slide.setMaxSize(w, w / ratio);
        slide.setPrefSize(w, w / ratio);
    }
}
