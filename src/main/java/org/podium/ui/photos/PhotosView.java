package org.podium.ui.photos;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.Messages;
import org.podium.ui.common.PhotoImages;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.photos.PhotosViewModel.PhotoItem;

/**
 * Controller of {@code Photos.fxml}: the programme's photos as a grid of thumbnails with their
 * captions. A click picks a photo, a double click opens the first slide showing it; below, the
 * picked photo's caption, credit and crop shape in the selected photo grid.
 */
public final class PhotosView {

    /** Thumbnail box, in px; previews are decoded at twice that for sharp screens. */
    private static final double THUMB_PX = 112;
    /** Picture (three quarters as high as wide), a caption line and padding. */
    private static final double CELL_HEIGHT_PX = THUMB_PX * 3 / 4 + 34;

    private final PhotosViewModel model;
    private final Messages messages;
    private final PhotoImages images = new PhotoImages();

    @FXML private GridView<PhotoItem> grid;
    @FXML private Label empty;
    @FXML private Label hint;
    @FXML private Label captionLabel;
    @FXML private TextArea caption;
    @FXML private Label creditLabel;
    @FXML private TextField credit;
    @FXML private Label cropLabel;
    @FXML private ComboBox<PhotosViewModel.CropPreset> crop;

    public PhotosView(PhotosViewModel model, Messages messages) {
        this.model = Objects.requireNonNull(model, "model");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @FXML
    private void initialize() {
        grid.setItems(model.items());
        grid.setCellWidth(THUMB_PX + 8);
        grid.setCellHeight(CELL_HEIGHT_PX);
        grid.setHorizontalCellSpacing(6);
        grid.setVerticalCellSpacing(6);
        grid.setCellFactory(view -> new PhotoCell());
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.items()));
        hint.textProperty().bind(model.hintProperty());
        caption.textProperty().bindBidirectional(model.captionProperty());
        credit.textProperty().bindBidirectional(model.creditProperty());
        crop.getItems().setAll(model.cropPresets());
        crop.setConverter(new StringConverter<>() {
            @Override
            public String toString(PhotosViewModel.CropPreset preset) {
                return preset == null ? "" : preset.label();
            }

            @Override
            public PhotosViewModel.CropPreset fromString(String label) {
                return null;
            }
        });
        selectCrop(model.cropPresetProperty().get());
        model.cropPresetProperty().addListener((obs, old, now) -> selectCrop(now));
        crop.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.id().equals(model.cropPresetProperty().get())) {
                model.cropPresetProperty().set(now.id());
            }
        });
        cropLabel.setLabelFor(crop);
        for (javafx.scene.Node node : new javafx.scene.Node[] {captionLabel, caption, creditLabel, credit, cropLabel,
                crop}) {
            node.visibleProperty().bind(model.editableProperty());
            node.managedProperty().bind(model.editableProperty());
        }
        captionLabel.setLabelFor(caption);
        creditLabel.setLabelFor(credit);
        // A picked photo shows as picked in whichever cell holds it.
        model.chosenProperty().addListener((obs, old, now) -> grid.lookupAll("." + StyleClasses.PHOTO_CELL)
                .forEach(node -> ((PhotoCell) node).markChosen()));
    }

    private void selectCrop(String id) {
        crop.getItems().stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(crop::setValue);
    }

    private final class PhotoCell extends GridCell<PhotoItem> {
        private final ImageView view = new ImageView();
        private final FontIcon broken = new FontIcon("mdi2i-image-broken-variant");
        private final Label text = new Label();

        PhotoCell() {
            getStyleClass().add(StyleClasses.PHOTO_CELL);
            view.setFitWidth(THUMB_PX);
            view.setFitHeight(THUMB_PX * 3 / 4);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            text.getStyleClass().add(StyleClasses.PHOTO_CAPTION);
            text.setMaxWidth(THUMB_PX);
            StackPane picture = new StackPane(view, broken);
            picture.getStyleClass().add(StyleClasses.PHOTO_THUMBNAIL);
            picture.setPrefSize(THUMB_PX, THUMB_PX * 3 / 4);
            setOnMouseClicked(event -> {
                if (getItem() == null || event.getButton() != MouseButton.PRIMARY) {
                    return;
                }
                if (event.getClickCount() >= 2) {
                    model.open(getItem());
                } else {
                    model.chosenProperty().set(getItem());
                }
            });
            VBox box = new VBox(picture, text);
            box.getStyleClass().add(StyleClasses.PHOTO_BOX);
            setGraphic(box);
            setText(null);
        }

        @Override
        protected void updateItem(PhotoItem item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            if (isEmpty || item == null) {
                // an emptied cell lets go of its picture: cells are reused and outlive their photos
                view.setImage(null);
                getGraphic().setVisible(false);
                setTooltip(null);
                markChosen();
                return;
            }
            getGraphic().setVisible(true);
            view.setImage(item.preview() == null ? null : images.of(item.preview()));
            broken.setVisible(item.problem() != null);
            text.setText(item.caption());
            setTooltip(new Tooltip(item.problem() != null ? messages.get("photos.pane.undecodable", item.caption())
                    : messages.get("photos.pane.uses", item.caption(), item.uses())));
            markChosen();
        }

        void markChosen() {
            PhotoItem chosen = model.chosenProperty().get();
            boolean on = !isEmpty() && getItem() != null && chosen != null && getItem().media().equals(chosen.media());
            pseudoClassStateChanged(CHOSEN, on);
        }
    }

    private static final javafx.css.PseudoClass CHOSEN = javafx.css.PseudoClass.getPseudoClass("chosen");
}
