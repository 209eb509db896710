package org.podium;

import org.podium.io.PodiumVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.podium.io.RecoveryStore;
import org.podium.ui.common.ExecutorBackgroundRunner;
import org.podium.ui.common.FxScheduler;
import org.podium.ui.common.FxDialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Stylesheets;
import org.podium.ui.shell.PodiumFileStore;
import org.podium.ui.shell.PreferencesRecentFiles;
import org.podium.ui.shell.SampleProgramme;

/** The JavaFX application: builds the {@link AppContext} and shows the main window. */
public final class PodiumApp extends Application {

    /** Background threads: one for IO and one more so decoding can overlap it; the target has 2 cores. */
    private static final int BACKGROUND_THREADS = 2;

    private AppContext context;

    @Override
    public void start(Stage stage) {
        Stylesheets.installBaseTheme();
        Messages messages = Messages.load(Locale.getDefault());
        FxDialogService dialogs = new FxDialogService(messages);
        context = new AppContext(messages, PodiumVersion.VERSION, new AppContext.Ports(
                ExecutorBackgroundRunner.forJavaFx(BACKGROUND_THREADS), dialogs,
                new PreferencesRecentFiles(Preferences.userRoot().node("org/podium")), new PodiumFileStore(),
                new SampleProgramme(Path.of("").toAbsolutePath()), new RecoveryStore(RecoveryStore.defaultDirectory()),
                new FxScheduler()));
        dialogs.setOwner(stage);
        context.showMainWindow(stage);
        context.mainWindow().openAtStartup(fileArgument(getParameters().getUnnamed()));
    }

    /** The first argument that is not an option, as a path; {@code null} when there is none. */
    private static Path fileArgument(List<String> unnamed) {
        return unnamed.stream().filter(arg -> !arg.startsWith("-")).findFirst().map(Path::of).orElse(null);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
