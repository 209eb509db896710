package org.podium.ui.export;

import java.util.Map;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import org.podium.export.pptx.PhotoQuality;

/** Controller of {@code PowerPointOptions.fxml}: photo quality, notes and fades, bound to {@link ExportViewModel}. */
public final class PowerPointOptionsView {

    private final ExportViewModel model;

    @FXML private ToggleGroup quality;
    @FXML private RadioButton original;
    @FXML private RadioButton high;
    @FXML private RadioButton compact;
    @FXML private CheckBox notes;
    @FXML private CheckBox fade;

    public PowerPointOptionsView(ExportViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    @FXML
    private void initialize() {
        Map<PhotoQuality, Toggle> buttons = Map.of(PhotoQuality.ORIGINAL, original, PhotoQuality.HIGH, high,
                PhotoQuality.COMPACT, compact);
        buttons.forEach((value, button) -> button.setUserData(value));
        quality.selectToggle(buttons.get(model.qualityProperty().get()));
        quality.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // a radio group always has a choice: clicking the chosen one again keeps it
                quality.selectToggle(old);
            } else {
                model.qualityProperty().set((PhotoQuality) now.getUserData());
            }
        });
        notes.selectedProperty().bindBidirectional(model.notesProperty());
        fade.selectedProperty().bindBidirectional(model.fadeProperty());
    }
}
