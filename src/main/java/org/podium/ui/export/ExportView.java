package org.podium.ui.export;

import java.net.URL;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.common.Stylesheets;
import org.podium.ui.common.Views;

/**
 * File → Export on screen: the options dialog of the deck or the handouts, then the
 * {@link ExportViewModel} asks for the file and exports; while it runs a small window shows the
 * progress with a Cancel button. That window is not modal: the editor stays usable.
 */
public final class ExportView {

    private final Views views;
    private final ExportViewModel model;
    private final Messages messages;
    private Stage progressWindow;
    private Window owner;

    public ExportView(Views views, ExportViewModel model, Messages messages) {
        this.views = Objects.requireNonNull(views, "views");
        this.model = Objects.requireNonNull(model, "model");
        this.messages = Objects.requireNonNull(messages, "messages");
        model.busyProperty().addListener((obs, was, busy) -> showProgress(busy));
    }

    /** File → Export → {@code kind} over {@code window}; returns once the export has started or was called off. */
    public void start(ExportKind kind, Window window) {
        if (model.busyProperty().get()) {
            return;
        }
        owner = window;
        if (kind.hasOptions()) {
            model.loadOptions();
            if (!optionsAccepted(kind)) {
                return;
            }
        }
        model.export(kind);
    }

    private boolean optionsAccepted(ExportKind kind) {
        boolean deck = kind == ExportKind.PPTX;
        DialogPane pane = (DialogPane) views.load(deck ? PowerPointOptionsView.class : HandoutsOptionsView.class,
                deck ? "PowerPointOptions.fxml" : "HandoutsOptions.fxml");
        style(pane);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(deck ? "export.pptx.title" : "export.handouts.title"));
        dialog.setDialogPane(pane);
        return dialog.showAndWait().map(ButtonType::getButtonData).filter(ButtonBar.ButtonData.OK_DONE::equals)
                .isPresent();
    }

    /** True while an export runs; the menu entries are off then. */
    public ReadOnlyBooleanProperty busyProperty() {
        return model.busyProperty();
    }

    private void showProgress(boolean busy) {
        if (!busy) {
            if (progressWindow != null) {
                progressWindow.hide();
            }
            return;
        }
        if (progressWindow == null) {
            Parent root = views.load(ExportingView.class, "Exporting.fxml");
            style(root);
            progressWindow = new Stage(StageStyle.UTILITY);
            progressWindow.initOwner(owner);
            progressWindow.initModality(Modality.NONE);
            progressWindow.setResizable(false);
            progressWindow.setTitle(messages.get("export.progress.window"));
            progressWindow.setScene(new Scene(root));
            // closing the window is asking to stop
            progressWindow.setOnCloseRequest(event -> model.cancel());
        }
        progressWindow.show();
    }

    private void style(Parent root) {
        root.getStylesheets().addAll(Stylesheets.podium());
        root.getStylesheets().add(stylesheet());
        root.getStyleClass().addAll(StyleClasses.DIALOG, StyleClasses.language(messages.locale()));
    }

    /** The export's own stylesheet, after the app's palette and structure. */
    static String stylesheet() {
        URL url = ExportView.class.getResource("export-dialogs.css");
        return Objects.requireNonNull(url, "export-dialogs.css missing beside " + ExportView.class.getName())
                .toExternalForm();
    }
}
