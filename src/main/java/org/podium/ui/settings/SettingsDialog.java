package org.podium.ui.settings;

import java.util.Objects;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.common.Stylesheets;
import org.podium.ui.common.Views;

/** Opens the programme settings dialog and applies it on OK. */
public final class SettingsDialog {

    private final Views views;
    private final SettingsViewModel model;
    private final Messages messages;

    public SettingsDialog(Views views, SettingsViewModel model, Messages messages) {
        this.views = Objects.requireNonNull(views, "views");
        this.model = Objects.requireNonNull(model, "model");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Shows the dialog over {@code owner}, filled from the programme, and blocks until it closes. */
    public void show(Window owner) {
        model.load();
        DialogPane pane = (DialogPane) views.load(SettingsView.class, "Settings.fxml");
        pane.getStylesheets().addAll(Stylesheets.podium());
        pane.getStyleClass().addAll(StyleClasses.DIALOG, StyleClasses.language(messages.locale()));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.dialog.title"));
        dialog.setDialogPane(pane);
        dialog.setResizable(true);
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.apply());
    }
}
