package org.podium.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.inspector.InspectorField.Choice;

/**
 * A portrait or logo: a list of the programme's photos (and "none") to pick from, a button that
 * imports a photo file for it and one that removes it. Everything goes through the field's text,
 * the chosen picture's hash.
 */
final class PictureChooser extends VBox {

    private final InspectorField field;
    private final ComboBox<Choice> box = new ComboBox<>();

    /** Picture sides in the list, in px. */
    private static final double THUMB_WIDTH_PX = 48;
    private static final double THUMB_HEIGHT_PX = 36;

    private final Function<String, Image> thumbnails;

    /** @param thumbnails the small picture of a photo by hash, or {@code null} while it is not decoded */
    PictureChooser(InspectorField field, InspectorViewModel model, Messages messages,
                   Function<String, Image> thumbnails) {
        this.field = field;
        this.thumbnails = thumbnails;
        getStyleClass().add(StyleClasses.PICTURE_CHOOSER);
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", field.prompt()));
        choices.addAll(field.choices());
        box.getItems().setAll(choices);
        box.setCellFactory(list -> new NameCell());
        box.setButtonCell(new NameCell());
        // Previews decoded after the list was made show when it next opens.
        box.setOnShowing(event -> box.setCellFactory(list -> new NameCell()));
        box.setMaxWidth(Double.MAX_VALUE);
        select(field.text().get());
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.id().equals(field.text().get())) {
                field.text().set(now.id());
            }
        });
        field.text().addListener((obs, old, now) -> select(now));
        Button choose = new Button(messages.get("inspector.picture.import"), new FontIcon("mdi2i-image-plus"));
        choose.setTooltip(new Tooltip(messages.get("inspector.picture.import.tip")));
        choose.getStyleClass().add(StyleClasses.PICTURE_IMPORT);
        choose.setVisible(model.canImportPictures());
        choose.setManaged(model.canImportPictures());
        choose.setOnAction(event -> model.importPicture(field.id()));
        Button remove = new Button(messages.get("inspector.picture.remove"), new FontIcon("mdi2i-image-remove"));
        remove.getStyleClass().add(StyleClasses.PICTURE_REMOVE);
        remove.disableProperty().bind(field.text().isEmpty());
        remove.setOnAction(event -> field.text().set(""));
        choose.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(choose, remove);
        buttons.getStyleClass().add(StyleClasses.PEOPLE_BUTTONS);
        VBox.setVgrow(box, Priority.NEVER);
        getChildren().addAll(box, buttons);
    }

    /** The combo box, for the label that names it. */
    ComboBox<Choice> box() {
        return box;
    }

    private void select(String sha) {
        box.getItems().stream().filter(c -> c.id().equals(sha)).findFirst().ifPresent(box::setValue);
    }

    private final class NameCell extends ListCell<Choice> {
        private final ImageView view = new ImageView();

        NameCell() {
            view.setFitWidth(THUMB_WIDTH_PX);
            view.setFitHeight(THUMB_HEIGHT_PX);
            view.setPreserveRatio(true);
        }

        @Override
        protected void updateItem(Choice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
            Image image = empty || item == null || item.id().isEmpty() ? null : thumbnails.apply(item.id());
            view.setImage(image);
            setGraphic(image == null ? null : view);
        }
    }
}
