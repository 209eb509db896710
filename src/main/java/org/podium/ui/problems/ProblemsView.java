package org.podium.ui.problems;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.StyleClasses;

/** Controller of {@code Problems.fxml}: the list of problems; a click selects what it is about. */
public final class ProblemsView {

    private final ProblemsViewModel model;

    @FXML private TitledPane pane;
    @FXML private Label count;
    @FXML private ListView<ProblemRow> list;

    public ProblemsView(ProblemsViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    @FXML
    private void initialize() {
        count.textProperty().bind(model.countProperty());
        pane.expandedProperty().bindBidirectional(model.shownProperty());
        list.setItems(model.rows());
        list.setCellFactory(view -> new ProblemCell());
        list.setOnMouseClicked(event -> model.open(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
    }

    private static final class ProblemCell extends ListCell<ProblemRow> {
        @Override
        protected void updateItem(ProblemRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(StyleClasses.PROBLEM_ERROR, StyleClasses.PROBLEM_WARNING);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(item.message());
            FontIcon icon = new FontIcon(item.error() ? "mdi2c-close-circle" : "mdi2a-alert");
            setGraphic(icon);
            getStyleClass().add(item.error() ? StyleClasses.PROBLEM_ERROR : StyleClasses.PROBLEM_WARNING);
        }
    }
}
