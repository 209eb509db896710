package org.podium.ui.inspector;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.control.ScrollPane;
import javafx.beans.binding.Bindings;
import javafx.scene.layout.Region;
import org.podium.media.DecodedPhoto;
import org.podium.ui.common.Messages;
import org.podium.ui.common.PhotoImages;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.inspector.InspectorField.Choice;

/** Controller of {@code Inspector.fxml}: one labelled control per field of {@link InspectorViewModel}. */
public final class InspectorView {

    /** Rows of a several-line field; it scrolls beyond that. */
    private static final int AREA_ROWS = 3;

    private final InspectorViewModel model;
    private final Messages messages;

    @FXML private ScrollPane scroll;
    @FXML private VBox card;
    @FXML private Label placeholder;
    @FXML private Label heading;
    @FXML private Label title;
    @FXML private GridPane grid;

    private ValidationSupport validation;

    /** The decoded preview of the photo with a hash, if it is decoded yet; for the picture lists. */
    @FunctionalInterface
    public interface PicturePreviews {
        Optional<DecodedPhoto> preview(String sha256);
    }

    private final PicturePreviews previews;
    private final PhotoImages images = new PhotoImages();

    public InspectorView(InspectorViewModel model, Messages messages) {
        this(model, messages, sha256 -> Optional.empty());
    }

    public InspectorView(InspectorViewModel model, Messages messages, PicturePreviews previews) {
        this.model = Objects.requireNonNull(model, "model");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.previews = Objects.requireNonNull(previews, "previews");
    }

    @FXML
    private void initialize() {
        // Fields keep their preferred heights and the pane scrolls; the card still fills the pane.
        card.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));
        heading.textProperty().bind(model.headingProperty());
        title.textProperty().bind(model.titleProperty());
        model.fields().addListener((ListChangeListener<InspectorField>) change -> build(model.fields()));
        build(model.fields());
    }

    private void build(List<InspectorField> fields) {
        grid.getChildren().clear();
        // A new support per set of fields: the old one would keep decorating controls no longer shown.
        validation = new ValidationSupport();
        boolean none = fields.isEmpty();
        placeholder.setVisible(none);
        placeholder.setManaged(none);
        heading.setVisible(!none);
        title.setVisible(!none);
        int row = 0;
        GridPane pairs = null;
        int paired = 0;
        for (InspectorField field : fields) {
            if (!field.paired()) {
                pairs = null;
                row = add(grid, field, 0, row);
                continue;
            }
            // Short related fields (a crop's four edges) sit two to a row.
            if (pairs == null) {
                pairs = new GridPane();
                pairs.getStyleClass().add(StyleClasses.INSPECTOR_PAIRS);
                for (int c = 0; c < 2; c++) {
                    ColumnConstraints half = new ColumnConstraints();
                    half.setPercentWidth(50);
                    pairs.getColumnConstraints().add(half);
                }
                grid.add(pairs, 0, row++);
                paired = 0;
            }
            add(pairs, field, paired % 2, paired / 2 * 3);
            paired++;
        }
    }

    /** Adds the field's label, control and (for numbers) error text from {@code row} down; returns the next row. */
    private int add(GridPane into, InspectorField field, int column, int row) {
        Label label = new Label(field.label());
        label.getStyleClass().add(StyleClasses.DETAILS_LABEL);
        label.setWrapText(true);
        Region control = control(field);
        control.getStyleClass().add(StyleClasses.INSPECTOR_FIELD_PREFIX + field.id());
        control.setMaxWidth(Double.MAX_VALUE);
        label.setLabelFor(control instanceof PeopleTable ? null
                : control instanceof PictureChooser chooser ? chooser.box() : control);
        into.add(label, column, row++);
        into.add(control, column, row++);
        if (field.kind() == InspectorField.Kind.NUMBER) {
            // Said in words under the field too: the decoration's tooltip needs the pointer.
            Label error = new Label();
            error.getStyleClass().add(StyleClasses.FIELD_ERROR);
            error.setWrapText(true);
            error.textProperty().bind(field.error());
            error.visibleProperty().bind(field.error().isNotNull());
            error.managedProperty().bind(error.visibleProperty());
            into.add(error, column, row);
        }
        row++;
        return row;
    }

    private Region control(InspectorField field) {
        switch (field.kind()) {
            case PEOPLE:
                return new PeopleTable(field, messages);
            case PICTURE:
                return new PictureChooser(field, model, messages,
                        sha256 -> previews.preview(sha256).map(images::of).orElse(null));
            case AREA:
                TextArea area = new TextArea();
                area.setPrefRowCount(AREA_ROWS);
                area.setWrapText(true);
                area.setPromptText(field.prompt());
                area.textProperty().bindBidirectional(field.text());
                return area;
            case CHOICE:
                return choice(field);
            case NUMBER:
                TextField number = new TextField();
                number.setPromptText(field.prompt());
                number.textProperty().bindBidirectional(field.text());
                validation.registerValidator(number, false, (Validator<String>) (control, value) ->
                        ValidationResult.fromMessageIf(control, field.validate(value).orElse(""), Severity.ERROR,
                                field.validate(value).isPresent()));
                return number;
            default:
                TextField line = new TextField();
                line.setPromptText(field.prompt());
                line.textProperty().bindBidirectional(field.text());
                return line;
        }
    }

    private ComboBox<Choice> choice(InspectorField field) {
        ComboBox<Choice> box = new ComboBox<>();
        box.getItems().setAll(field.choices());
        box.setCellFactory(list -> new ChoiceCell());
        box.setButtonCell(new ChoiceCell());
        select(box, field.text().get());
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.id().equals(field.text().get())) {
                field.text().set(now.id());
            }
        });
        field.text().addListener((obs, old, now) -> select(box, now));
        return box;
    }

    private static void select(ComboBox<Choice> box, String id) {
        box.getItems().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(box::setValue);
    }

    private static final class ChoiceCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
