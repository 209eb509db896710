package org.podium.ui.settings;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.podium.model.Language;
import org.podium.ui.settings.SettingsViewModel.Choice;

/** Controller of {@code Settings.fxml}: binds the dialog's fields to {@link SettingsViewModel}. */
public final class SettingsView {

    private final SettingsViewModel model;

    @FXML private DialogPane dialogPane;
    @FXML private TextArea titleField;
    @FXML private TextField subtitleField;
    @FXML private DatePicker dateField;
    @FXML private TextField startTimeField;
    @FXML private TextField venueField;
    @FXML private TextField organiserField;
    @FXML private ComboBox<Choice> languageField;
    @FXML private ComboBox<Choice> themeField;
    @FXML private ComboBox<Choice> formatField;
    @FXML private TextField widthField;
    @FXML private TextField heightField;
    @FXML private Label times;
    @FXML private Label points;

    public SettingsView(SettingsViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    @FXML
    private void initialize() {
        titleField.textProperty().bindBidirectional(model.titleProperty());
        subtitleField.textProperty().bindBidirectional(model.subtitleProperty());
        dateField.valueProperty().bindBidirectional(model.dateProperty());
        startTimeField.textProperty().bindBidirectional(model.startTimeProperty());
        venueField.textProperty().bindBidirectional(model.venueProperty());
        organiserField.textProperty().bindBidirectional(model.organiserProperty());
        widthField.textProperty().bindBidirectional(model.customWidthProperty());
        heightField.textProperty().bindBidirectional(model.customHeightProperty());
        choice(languageField, model.languages(), model.languageProperty().get().tag(),
                id -> model.languageProperty().set(Language.fromTag(id)));
        choice(themeField, model.themes(), model.themeIdProperty().get(), id -> model.themeIdProperty().set(id));
        choice(formatField, model.formats(), model.formatIdProperty().get(), id -> model.formatIdProperty().set(id));
        for (Node custom : List.of(widthField, heightField, times, points)) {
            custom.visibleProperty().bind(model.formatIdProperty().isEqualTo(SettingsViewModel.CUSTOM));
            custom.managedProperty().bind(custom.visibleProperty());
        }

        ValidationSupport validation = new ValidationSupport();
        register(validation, startTimeField, model.startTimeProperty(), true);
        register(validation, widthField, model.customWidthProperty(), false);
        register(validation, heightField, model.customHeightProperty(), false);
        Node ok = dialogPane.lookupButton(ButtonType.OK);
        ok.disableProperty().bind(model.validProperty().not());
    }

    private void register(ValidationSupport validation, TextField field, StringProperty value, boolean time) {
        validation.registerValidator(field, false, (Validator<String>) (control, text) -> {
            java.util.Optional<String> problem = time ? model.startTimeProblem(text) : model.sizeProblem(text);
            return ValidationResult.fromMessageIf(control, problem.orElse(""), Severity.ERROR, problem.isPresent());
        });
    }

    private static void choice(ComboBox<Choice> box, List<Choice> choices, String selected,
                               java.util.function.Consumer<String> onChange) {
        box.getItems().setAll(choices);
        box.setCellFactory(list -> new ChoiceCell());
        box.setButtonCell(new ChoiceCell());
        choices.stream().filter(c -> c.id().equals(selected)).findFirst().ifPresent(box::setValue);
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                onChange.accept(now.id());
            }
        });
    }

    private static final class ChoiceCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
