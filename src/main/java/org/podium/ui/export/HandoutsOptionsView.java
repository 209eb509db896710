package org.podium.ui.export;

import java.util.List;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;

/** Controller of {@code HandoutsOptions.fxml}: slides per page and notes, bound to {@link ExportViewModel}. */
public final class HandoutsOptionsView {

    private final ExportViewModel model;

    @FXML private ToggleGroup perPage;
    @FXML private RadioButton one;
    @FXML private RadioButton two;
    @FXML private RadioButton four;
    @FXML private RadioButton six;
    @FXML private CheckBox notes;

    public HandoutsOptionsView(ExportViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    @FXML
    private void initialize() {
        List<RadioButton> buttons = List.of(one, two, four, six);
        for (RadioButton button : buttons) {
            int count = Integer.parseInt(button.getText());
            button.setUserData(count);
            if (count == model.perPageProperty().get()) {
                perPage.selectToggle(button);
            }
        }
        perPage.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                perPage.selectToggle(old);
            } else {
                model.perPageProperty().set((Integer) now.getUserData());
            }
        });
        notes.selectedProperty().bindBidirectional(model.handoutNotesProperty());
    }
}
