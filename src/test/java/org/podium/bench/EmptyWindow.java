package org.podium.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for the start-up benchmark: a JavaFX window with nothing in it, titled
 * "Empty — Podium baseline", started the same way as Podium (plain main, class path).
 */
public final class EmptyWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Empty — Podium baseline");
        stage.setScene(new Scene(new StackPane(), 1280, 800));
        stage.show();
    }

    /** Plain entry point, so the class path start works as it does for Podium's Launcher. */
    public static final class Main {

        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(EmptyWindow.class, args);
        }
    }
}
