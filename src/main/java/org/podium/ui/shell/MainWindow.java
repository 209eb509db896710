package org.podium.ui.shell;

import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.common.Stylesheets;
import org.podium.ui.common.Views;

/** Puts the main window together: FXML, stylesheets, title and size. */
public final class MainWindow {

    public static final double WIDTH_PX = 1360;
    public static final double HEIGHT_PX = 860;
    private static final double MIN_WIDTH_PX = 900;
    private static final double MIN_HEIGHT_PX = 560;

    private MainWindow() {
    }

    public static Scene createScene(Views views, Locale locale) {
        Parent root = views.load(MainWindowView.class, "MainWindow.fxml");
        root.getStyleClass().add(StyleClasses.language(locale));
        // A laptop screen (1366 × 768) is smaller than the preferred size: never open past its edges.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(WIDTH_PX, screen.getWidth()), Math.min(HEIGHT_PX, screen.getHeight()));
        scene.getStylesheets().addAll(Stylesheets.podium());
        return scene;
    }

    public static void show(Stage stage, Scene scene, MainWindowViewModel model) {
        stage.titleProperty().bind(model.windowTitleProperty());
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH_PX);
        stage.setMinHeight(MIN_HEIGHT_PX);
        stage.show();
    }
}
