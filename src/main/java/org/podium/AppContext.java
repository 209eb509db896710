package org.podium;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.podium.ui.common.BackgroundRunner;
import org.podium.ui.common.ControllerFactory;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Views;
import org.podium.ui.shell.MainWindow;
import org.podium.ui.shell.MainWindowView;
import org.podium.ui.shell.MainWindowViewModel;
import org.podium.ui.shell.ProgrammeStore;
import org.podium.ui.shell.RecentFiles;
import org.podium.ui.shell.SampleSource;

/**
 * The composition root: every service and view model of the app is made here, with plain
 * constructors, and handed to those that need it. Tests build one with same-thread and fake parts.
 */
public final class AppContext implements AutoCloseable {

    private final Messages messages;
    private final BackgroundRunner runner;
    private final MainWindowViewModel mainWindow;
    private final Views views;

    public AppContext(Messages messages, String version, BackgroundRunner runner, DialogService dialogs,
                      RecentFiles recentFiles, ProgrammeStore store, SampleSource sample) {
        this.messages = messages;
        this.runner = runner;
        this.mainWindow = new MainWindowViewModel(messages, runner, dialogs, recentFiles, store, sample, version);
        ControllerFactory controllers = new ControllerFactory()
                .register(MainWindowView.class, () -> new MainWindowView(mainWindow, messages));
        this.views = new Views(messages, controllers);
    }

    public MainWindowViewModel mainWindow() {
        return mainWindow;
    }

    /** Loads the main window into {@code stage} and shows it; call on the JavaFX thread. */
    public Scene showMainWindow(Stage stage) {
        Scene scene = MainWindow.createScene(views, messages.locale());
        MainWindow.show(stage, scene, mainWindow);
        return scene;
    }

    @Override
    public void close() {
        mainWindow.close();
        runner.close();
    }
}
