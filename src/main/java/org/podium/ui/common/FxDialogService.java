package org.podium.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts and the platform's file choosers. */
public final class FxDialogService implements DialogService {

    private final Messages messages;
    private Window owner;

    public FxDialogService(Messages messages) {
        this.messages = messages;
    }

    /** The window dialogs belong to; set once the main window exists. */
    public void setOwner(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, title, null, message);
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String header, String message) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, header, message);
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String message) {
        ButtonType ok = new ButtonType(messages.get("common.button.ok"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(type, message, ok);
        style(alert, title, header);
        return alert;
    }

    private void style(Alert alert, String title, String header) {
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setResizable(true);
        // Without this the text of a long message (file paths) is cut off with "…" on Linux.
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().getStylesheets().addAll(Stylesheets.podium());
        alert.getDialogPane().getStyleClass().addAll(StyleClasses.DIALOG, StyleClasses.language(messages.locale()));
    }

    @Override
    public Optional<Path> chooseProgrammeToOpen(Path folder) {
        FileChooser chooser = chooser(messages.get("common.dialog.open.title"), folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseProgrammeToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser(messages.get("common.dialog.save.title"), folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public SaveChoice askToSaveChanges(String programmeTitle) {
        ButtonType save = new ButtonType(messages.get("common.button.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("common.button.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("common.unsaved.message"), save, discard,
                cancel);
        style(alert, messages.get("common.unsaved.title"), messages.get("common.unsaved.header", programmeTitle));
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            return SaveChoice.SAVE;
        }
        return answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yesButton, noButton);
        style(alert, title, null);
        return alert.showAndWait().filter(yesButton::equals).isPresent();
    }

    @Override
    public List<Path> choosePhotos(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("common.dialog.photos.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("common.file.photos"), "*.jpg", "*.jpeg", "*.png", "*.gif",
                        "*.bmp", "*.JPG", "*.JPEG", "*.PNG"),
                new FileChooser.ExtensionFilter(messages.get("common.file.all"), "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    private FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(messages.get("common.file.podium"), "*.podium"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
