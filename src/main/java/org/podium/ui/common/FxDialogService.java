package org.podium.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
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
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setResizable(true);
        // Without this the text of a long message (file paths) is cut off with "…" on Linux.
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().getStylesheets().addAll(Stylesheets.podium());
        alert.getDialogPane().getStyleClass().add(StyleClasses.DIALOG);
        return alert;
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
