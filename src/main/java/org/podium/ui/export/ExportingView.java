package org.podium.ui.export;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/** Controller of {@code Exporting.fxml}: which file, how far, and Cancel. */
public final class ExportingView {

    private final ExportViewModel model;

    @FXML private Label heading;
    @FXML private ProgressBar bar;
    @FXML private Label message;

    public ExportingView(ExportViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(model.titleProperty());
        message.textProperty().bind(model.messageProperty());
        bar.progressProperty().bind(model.progressProperty());
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
