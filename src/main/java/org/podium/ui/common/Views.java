package org.podium.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a screen's FXML with the app's bundle and controller factory. */
public final class Views {

    private final Messages messages;
    private final ControllerFactory controllers;

    public Views(Messages messages, ControllerFactory controllers) {
        this.messages = messages;
        this.controllers = controllers;
    }

    /** @param fxml resource beside {@code owner}, e.g. {@code MainWindow.fxml} */
    public Parent load(Class<?> owner, String fxml) {
        URL url = owner.getResource(fxml);
        if (url == null) {
            throw new IllegalStateException("FXML " + fxml + " not found beside " + owner.getName());
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + url, e);
        }
    }
}
