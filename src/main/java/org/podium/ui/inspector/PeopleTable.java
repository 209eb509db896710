package org.podium.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.model.Person;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;

/**
 * People as a two-column table (name, role) with Add and Remove, over a field whose text is one
 * person a line ({@link PeopleText}). Each committed cell writes the whole list back to the field.
 */
final class PeopleTable extends VBox {

    /** Rows shown before the table scrolls. */
    private static final int VISIBLE_ROWS = 4;
    private static final double ROW_HEIGHT_PX = 32;

    private static final class Row {
        final StringProperty name = new SimpleStringProperty("");
        final StringProperty role = new SimpleStringProperty("");

        Row(Person person) {
            name.set(person.name());
            role.set(person.role());
        }
    }

    private final InspectorField field;
    private final TableView<Row> table = new TableView<>();
    /** The text this table last wrote, to tell its own changes from an undo's. */
    private String written;

    PeopleTable(InspectorField field, Messages messages) {
        this.field = field;
        getStyleClass().add(StyleClasses.PEOPLE_TABLE);
        table.setEditable(true);
        Label none = new Label(messages.get("inspector.people.none"));
        none.getStyleClass().add(StyleClasses.PLACEHOLDER);
        none.setWrapText(true);
        table.setPlaceholder(none);
        table.setFixedCellSize(ROW_HEIGHT_PX);
        table.setPrefHeight(ROW_HEIGHT_PX * (VISIBLE_ROWS + 1) + 4);
        table.setMinHeight(ROW_HEIGHT_PX * 3 + 4);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("inspector.people.name"), row -> row.name));
        table.getColumns().add(column(messages.get("inspector.people.role"), row -> row.role));
        Button add = new Button(messages.get("inspector.people.add"), new FontIcon("mdi2a-account-plus-outline"));
        add.setOnAction(event -> {
            table.getItems().add(new Row(Person.named("")));
            int index = table.getItems().size() - 1;
            table.getSelectionModel().select(index);
            table.scrollTo(index);
            // The new row's cell must exist before it can be edited.
            table.layout();
            table.requestFocus();
            table.edit(index, table.getColumns().get(0));
        });
        Button remove = new Button(messages.get("inspector.people.remove"), new FontIcon("mdi2a-account-minus-outline"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> {
            table.getItems().remove(table.getSelectionModel().getSelectedItem());
            write();
        });
        HBox buttons = new HBox(add, remove);
        buttons.getStyleClass().add(StyleClasses.PEOPLE_BUTTONS);
        getChildren().addAll(table, buttons);
        load(field.text().get());
        field.text().addListener((obs, old, now) -> {
            if (!now.equals(written)) {
                load(now);
            }
        });
    }

    private TableColumn<Row, String> column(String title, java.util.function.Function<Row, StringProperty> value) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setSortable(false);
        column.setOnEditCommit(event -> {
            value.apply(event.getRowValue()).set(event.getNewValue() == null ? "" : event.getNewValue().strip());
            write();
        });
        return column;
    }

    private void load(String text) {
        List<Row> rows = new ArrayList<>();
        for (Person person : PeopleText.parse(text)) {
            rows.add(new Row(person));
        }
        table.getItems().setAll(rows);
        written = text;
    }

    private void write() {
        List<Person> people = new ArrayList<>();
        for (Row row : table.getItems()) {
            if (!row.name.get().isBlank() || !row.role.get().isBlank()) {
                people.add(new Person(row.name.get(), row.role.get()));
            }
        }
        written = PeopleText.format(people);
        field.text().set(written);
    }
}
