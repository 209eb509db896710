package org.podium.ui.shell;

import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.runningorder.Details;
import org.podium.ui.runningorder.RunningOrderCell;
import org.podium.ui.runningorder.RunningOrderItem;
import org.podium.ui.runningorder.RunningOrderItem.SegmentItem;
import org.podium.ui.runningorder.RunningOrderItem.SlideItem;

/** Controller of {@code MainWindow.fxml}: binds the controls to {@link MainWindowViewModel}. */
public final class MainWindowView {

    private final MainWindowViewModel model;
    private final Messages messages;

    @FXML private MenuItem openItem;
    @FXML private MenuItem saveItem;
    @FXML private MenuItem saveAsItem;
    @FXML private Label headerTitle;
    @FXML private Label headerParticulars;
    @FXML private Label headerFormat;
    @FXML private TreeView<RunningOrderItem> runningOrder;
    @FXML private Label runningOrderEmpty;
    @FXML private Label detailsHeading;
    @FXML private Label detailsTitle;
    @FXML private GridPane detailsGrid;
    @FXML private Label detailsPlaceholder;
    @FXML private Label fileStatus;
    @FXML private HBox busyBox;
    @FXML private ProgressBar busyProgress;
    @FXML private Label busyMessage;
    @FXML private Label summary;

    public MainWindowView(MainWindowViewModel model, Messages messages) {
        this.model = Objects.requireNonNull(model, "model");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @FXML
    private void initialize() {
        headerTitle.textProperty().bind(model.headerTitleProperty());
        headerParticulars.textProperty().bind(model.headerParticularsProperty());
        headerFormat.textProperty().bind(model.headerFormatProperty());
        fileStatus.textProperty().bind(model.fileStatusProperty());
        summary.textProperty().bind(model.summaryProperty());
        busyBox.visibleProperty().bind(model.busyProperty());
        busyBox.managedProperty().bind(model.busyProperty());
        busyMessage.textProperty().bind(model.busyMessageProperty());
        busyProgress.progressProperty().bind(model.progressProperty());
        openItem.disableProperty().bind(model.busyProperty());
        saveItem.disableProperty().bind(model.busyProperty());
        saveAsItem.disableProperty().bind(model.busyProperty());

        String untitled = messages.get("runningorder.segment.untitled");
        runningOrder.setCellFactory(tree -> new RunningOrderCell(untitled));
        runningOrder.setRoot(new TreeItem<>());
        runningOrder.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, item) -> model.selectedProperty().set(item == null ? null : item.getValue()));
        model.runningOrder().addListener((ListChangeListener<SegmentItem>) change -> fillTree(model.runningOrder()));
        fillTree(model.runningOrder());

        model.detailsProperty().addListener((obs, old, details) -> showDetails(details));
        showDetails(model.detailsProperty().get());
    }

    private void fillTree(List<SegmentItem> segments) {
        TreeItem<RunningOrderItem> root = new TreeItem<>();
        for (SegmentItem segment : segments) {
            TreeItem<RunningOrderItem> segmentNode = new TreeItem<>(segment);
            for (SlideItem slide : segment.slides()) {
                segmentNode.getChildren().add(new TreeItem<>(slide));
            }
            segmentNode.setExpanded(true);
            root.getChildren().add(segmentNode);
        }
        runningOrder.setRoot(root);
        runningOrderEmpty.setVisible(segments.isEmpty());
    }

    private void showDetails(Details details) {
        detailsGrid.getChildren().clear();
        boolean none = details == null;
        detailsPlaceholder.setVisible(none);
        detailsPlaceholder.setManaged(none);
        detailsHeading.setText(none ? "" : details.heading());
        detailsTitle.setText(none ? "" : details.title());
        if (none) {
            return;
        }
        int row = 0;
        for (Details.Field field : details.fields()) {
            Label label = new Label(field.label());
            label.getStyleClass().add(StyleClasses.DETAILS_LABEL);
            boolean empty = field.value().isBlank();
            Label value = new Label(empty ? messages.get("shell.details.emptyValue") : field.value());
            value.getStyleClass().add(empty ? StyleClasses.DETAILS_EMPTY : StyleClasses.DETAILS_VALUE);
            value.setWrapText(true);
            // A label beside a value of several lines stays level with its first line.
            GridPane.setValignment(label, VPos.TOP);
            detailsGrid.addRow(row++, label, value);
        }
    }

    @FXML
    private void newProgramme() {
        model.newProgramme();
    }

    @FXML
    private void open() {
        model.openWithDialog();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void saveAs() {
        model.saveAs();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void about() {
        model.about();
    }

    @FXML
    private void quit() {
        Window window = runningOrder.getScene().getWindow();
        window.hide();
    }
}
