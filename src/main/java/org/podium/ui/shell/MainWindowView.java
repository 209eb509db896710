package org.podium.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.podium.model.SegmentKind;
import org.podium.model.Slide;
import org.podium.model.SlideId;
import org.podium.model.SlideKind;
import org.podium.templates.ProgrammeTemplates.Template;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Views;
import org.podium.ui.export.ExportKind;
import org.podium.ui.export.ExportView;
import org.podium.ui.photos.PhotoImportViewModel;
import org.podium.ui.photos.PhotosView;
import org.podium.ui.problems.ProblemsViewModel;
import org.podium.ui.runningorder.KindLabels;
import org.podium.ui.runningorder.NewSlides;
import org.podium.ui.runningorder.RunningOrderItem;
import org.podium.ui.runningorder.RunningOrderTree;
import org.podium.ui.runningorder.RunningOrderViewModel;
import org.podium.ui.session.EditorSession;
import org.podium.ui.settings.SettingsDialog;

/** Controller of {@code MainWindow.fxml}: menus, toolbar, tree and status bar, bound to the view models. */
public final class MainWindowView {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final MainWindowViewModel model;
    private final RunningOrderViewModel runningOrderModel;
    private final PhotoImportViewModel photos;
    private final ProblemsViewModel problemsModel;
    private final SettingsDialog settingsDialog;
    private final ExportView exports;
    private final SlideShow slideShow;
    private final Messages messages;
    private final Views views;

    @FXML private MenuItem openItem;
    @FXML private MenuItem saveItem;
    @FXML private MenuItem saveAsItem;
    @FXML private Menu templatesMenu;
    @FXML private Menu recentMenu;
    @FXML private Menu exportMenu;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private Menu addSegmentMenu;
    @FXML private Menu addSlideMenu;
    @FXML private MenuItem addPhotosItem;
    @FXML private MenuItem duplicateItem;
    @FXML private MenuItem deleteItem;
    @FXML private MenuItem moveUpItem;
    @FXML private MenuItem moveDownItem;
    @FXML private CheckMenuItem problemsItem;
    @FXML private Button saveButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Tooltip undoTip;
    @FXML private Tooltip redoTip;
    @FXML private MenuButton addSegmentButton;
    @FXML private MenuButton addSlideButton;
    @FXML private Button addPhotosButton;
    @FXML private Button duplicateButton;
    @FXML private Button deleteButton;
    @FXML private Button moveUpButton;
    @FXML private Button moveDownButton;
    @FXML private Label headerTitle;
    @FXML private Label headerParticulars;
    @FXML private Label headerFormat;
    @FXML private TreeView<RunningOrderItem> runningOrder;
    @FXML private Label runningOrderEmpty;
    @FXML private Label fileStatus;
    @FXML private HBox busyBox;
    @FXML private ProgressBar busyProgress;
    @FXML private Label busyMessage;
    @FXML private Label summary;
    @FXML private Tab photosTab;

    public MainWindowView(MainWindowViewModel model, RunningOrderViewModel runningOrderModel,
                          PhotoImportViewModel photos, ProblemsViewModel problemsModel, SettingsDialog settingsDialog,
                          ExportView exports, SlideShow slideShow, Messages messages, Views views) {
        this.model = Objects.requireNonNull(model, "model");
        this.runningOrderModel = Objects.requireNonNull(runningOrderModel, "runningOrderModel");
        this.photos = Objects.requireNonNull(photos, "photos");
        this.problemsModel = Objects.requireNonNull(problemsModel, "problemsModel");
        this.settingsDialog = Objects.requireNonNull(settingsDialog, "settingsDialog");
        this.exports = Objects.requireNonNull(exports, "exports");
        this.slideShow = Objects.requireNonNull(slideShow, "slideShow");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.views = Objects.requireNonNull(views, "views");
    }

    @FXML
    private void initialize() {
        photosTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && photosTab.getContent() == null) {
                photosTab.setContent(views.load(PhotosView.class, "Photos.fxml"));
            }
        });
        headerTitle.textProperty().bind(model.headerTitleProperty());
        headerParticulars.textProperty().bind(model.headerParticularsProperty());
        headerFormat.textProperty().bind(model.headerFormatProperty());
        fileStatus.textProperty().bind(model.fileStatusProperty());
        summary.textProperty().bind(model.summaryProperty());
        bindStatus();
        for (MenuItem item : List.of(openItem, saveItem, saveAsItem)) {
            item.disableProperty().bind(model.busyProperty());
        }
        saveButton.disableProperty().bind(model.busyProperty());
        exportMenu.disableProperty().bind(exports.busyProperty());

        undoItem.textProperty().bind(model.undoTextProperty());
        redoItem.textProperty().bind(model.redoTextProperty());
        undoTip.textProperty().bind(model.undoTextProperty());
        redoTip.textProperty().bind(model.redoTextProperty());
        undoItem.disableProperty().bind(model.session().canUndoProperty().not());
        redoItem.disableProperty().bind(model.session().canRedoProperty().not());
        undoButton.disableProperty().bind(model.session().canUndoProperty().not());
        redoButton.disableProperty().bind(model.session().canRedoProperty().not());

        fillKindMenus();
        fillTemplates();
        model.recentFiles().addListener((ListChangeListener<Path>) change -> fillRecent());
        fillRecent();
        for (MenuItem item : List.of(duplicateItem, deleteItem, moveUpItem, moveDownItem)) {
            item.disableProperty().bind(runningOrderModel.hasSelectionProperty().not());
        }
        for (Button button : List.of(duplicateButton, deleteButton, moveUpButton, moveDownButton)) {
            button.disableProperty().bind(runningOrderModel.hasSelectionProperty().not());
        }
        addSlideMenu.disableProperty().bind(runningOrderModel.hasSegmentProperty().not());
        addSlideButton.disableProperty().bind(runningOrderModel.hasSegmentProperty().not());
        problemsItem.selectedProperty().bindBidirectional(problemsModel.shownProperty());

        runningOrderEmpty.visibleProperty().bind(Bindings.isEmpty(runningOrderModel.rows()));
        new RunningOrderTree(runningOrder, runningOrderModel, model.session(),
                messages.get("runningorder.segment.untitled"), messages.get("runningorder.segment.noDuration"), rowMenu(),
                (files, target) -> photos.importFiles(files, target, false));
        runningOrder.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                // Undo and Redo take back edits of the programme even while a text field has the
                // focus (a field would otherwise undo only its own typing); Ctrl+Y is the other
                // common Redo, and a menu item has one accelerator only.
                scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                    if (UNDO.match(event)) {
                        undo();
                        event.consume();
                    } else if (REDO.match(event) || REDO_Y.match(event)) {
                        redo();
                        event.consume();
                    }
                });
            }
        });
    }

    private void bindStatus() {
        busyBox.visibleProperty().bind(model.busyProperty().or(photos.busyProperty()));
        busyBox.managedProperty().bind(busyBox.visibleProperty());
        busyMessage.textProperty().bind(Bindings.when(photos.busyProperty()).then(photos.messageProperty())
                .otherwise(model.busyMessageProperty()));
        busyProgress.progressProperty().bind(Bindings.when(photos.busyProperty()).then(photos.progressProperty())
                .otherwise(model.progressProperty()));
    }

    private void fillKindMenus() {
        for (SegmentKind kind : SegmentKind.values()) {
            addSegmentMenu.getItems().add(item(KindLabels.segment(messages, kind), () -> runningOrderModel.addSegment(kind)));
            addSegmentButton.getItems().add(item(KindLabels.segment(messages, kind),
                    () -> runningOrderModel.addSegment(kind)));
        }
        for (SlideKind kind : SlideKind.values()) {
            addSlideMenu.getItems().add(item(KindLabels.slide(messages, kind), () -> addSlide(kind)));
            addSlideButton.getItems().add(item(KindLabels.slide(messages, kind), () -> addSlide(kind)));
        }
    }

    private void addSlide(SlideKind kind) {
        if (!NewSlides.needsPhotos(kind)) {
            runningOrderModel.addSlide(kind);
        } else if (kind == SlideKind.PHOTO_GRID) {
            photos.chooseGrid();
        } else {
            photos.chooseAndImport();
        }
    }

    private void fillTemplates() {
        templatesMenu.getItems().add(item(messages.get("shell.template.empty"), model::newProgramme));
        templatesMenu.getItems().add(item(messages.get("shell.template.sample"), model::newFromSample));
        templatesMenu.getItems().add(item(messages.get("shell.template.memorial"),
                () -> model.newFromTemplate(Template.MEMORIAL)));
        templatesMenu.getItems().add(item(messages.get("shell.template.award"),
                () -> model.newFromTemplate(Template.AWARD_CEREMONY)));
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        int number = 1;
        for (Path path : model.recentFiles()) {
            // "_1 name" gives each entry a mnemonic; underscores in the name stay literal.
            String text = (number <= 9 ? "_" + number + " " : "") + path.getFileName().toString().replace("_", "__");
            MenuItem item = item(text, () -> model.openRecent(path));
            recentMenu.getItems().add(item);
            number++;
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private ContextMenu rowMenu() {
        Menu addSegment = new Menu(messages.get("shell.menu.edit.addSegment"));
        for (SegmentKind kind : SegmentKind.values()) {
            addSegment.getItems().add(item(KindLabels.segment(messages, kind), () -> runningOrderModel.addSegment(kind)));
        }
        Menu addSlide = new Menu(messages.get("shell.menu.edit.addSlide"));
        for (SlideKind kind : SlideKind.values()) {
            addSlide.getItems().add(item(KindLabels.slide(messages, kind), () -> addSlide(kind)));
        }
        return new ContextMenu(addSegment, addSlide,
                item(messages.get("shell.menu.edit.addPhotos"), photos::chooseAndImport), new SeparatorMenuItem(),
                item(messages.get("shell.menu.edit.duplicate"), runningOrderModel::duplicate),
                item(messages.get("shell.menu.edit.delete"), runningOrderModel::delete),
                item(messages.get("shell.menu.edit.moveUp"), runningOrderModel::moveUp),
                item(messages.get("shell.menu.edit.moveDown"), runningOrderModel::moveDown));
    }

    /** A menu item; an underscore in {@code text} marks its mnemonic, as in the bundle's menu texts. */
    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        item.setOnAction(event -> action.run());
        return item;
    }

    /** True while the person types in a text field, where Delete and Alt+arrows belong to the text. */
    private boolean typing() {
        Scene scene = runningOrder.getScene();
        return scene != null && scene.getFocusOwner() instanceof TextInputControl;
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
    private void presentFromStart() {
        slideShow.start(model.session().programme(), model.session().media(), null);
    }

    /** From the selected slide, or the first slide of the selected segment. */
    @FXML
    private void presentFromCurrent() {
        EditorSession session = model.session();
        SlideId from = session.selectedSlide().map(Slide::id)
                .or(() -> session.selectedSegment().flatMap(s -> s.slides().stream().findFirst()).map(Slide::id))
                .orElse(null);
        slideShow.start(session.programme(), session.media(), from);
    }

    @FXML
    private void settings() {
        settingsDialog.show(runningOrder.getScene().getWindow());
    }

    @FXML
    private void exportPptx() {
        exports.start(ExportKind.PPTX, runningOrder.getScene().getWindow());
    }

    @FXML
    private void exportSheetXlsx() {
        exports.start(ExportKind.SHEET_XLSX, runningOrder.getScene().getWindow());
    }

    @FXML
    private void exportSheetPdf() {
        exports.start(ExportKind.SHEET_PDF, runningOrder.getScene().getWindow());
    }

    @FXML
    private void exportHandouts() {
        exports.start(ExportKind.HANDOUTS, runningOrder.getScene().getWindow());
    }

    @FXML
    private void undo() {
        model.undo();
    }

    @FXML
    private void redo() {
        model.redo();
    }

    @FXML
    private void addPhotos() {
        photos.chooseAndImport();
    }

    @FXML
    private void duplicate() {
        runningOrderModel.duplicate();
    }

    @FXML
    private void delete() {
        if (!typing()) {
            runningOrderModel.delete();
        }
    }

    @FXML
    private void moveUp() {
        if (!typing()) {
            runningOrderModel.moveUp();
        }
    }

    @FXML
    private void moveDown() {
        if (!typing()) {
            runningOrderModel.moveDown();
        }
    }

    @FXML
    private void cancel() {
        model.cancel();
        photos.cancel();
    }

    @FXML
    private void about() {
        model.about();
    }

    @FXML
    private void quit() {
        Window window = runningOrder.getScene().getWindow();
        model.whenChangesAreSafe(window::hide);
    }
}
