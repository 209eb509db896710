package org.podium.ui.presenter;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.layout.SlidePage;
import org.podium.media.PhotoCache;
import org.podium.media.PhotoDecoder;
import org.podium.ui.common.BackgroundRunner;
import org.podium.ui.common.ExecutorBackgroundRunner;
import org.podium.ui.common.FxDialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Stylesheets;

/**
 * The presenter as an application of its own, for {@code podium present}: reads the file and lays
 * out the deck in the background, then opens the console and the audience window.
 */
public final class PresenterApp extends Application {

    private static final System.Logger LOG = System.getLogger(PresenterApp.class.getName());
    /** Background threads: decoding ahead on one while the next file read or decode runs on the other. */
    private static final int BACKGROUND_THREADS = 2;
    private static volatile int exitCode;

    private BackgroundRunner runner;
    private OpenedProgramme opened;

    /** The exit code of the last run: 0, or 1 when the file could not be presented. */
    static int exitCode() {
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        Stylesheets.installBaseTheme();
        Messages messages = Messages.load(Locale.getDefault());
        Map<String, String> named = getParameters().getNamed();
        Path file = Path.of(getParameters().getUnnamed().get(0));
        int screen = Integer.parseInt(named.getOrDefault("screen", "0"));
        int from = Integer.parseInt(named.getOrDefault("from", "1"));
        runner = ExecutorBackgroundRunner.forJavaFx(BACKGROUND_THREADS);
        runner.run(progress -> {
            OpenedProgramme read = PodiumFile.read(file);
            List<SlidePage> pages = PresenterLauncher.layout(read.programme());
            return new Deck(read, pages);
        }, BackgroundRunner.Callback.of(deck -> open(stage, messages, deck, screen, from),
                e -> fail(messages, e)));
    }

    private record Deck(OpenedProgramme opened, List<SlidePage> pages) {
    }

    private void open(Stage stage, Messages messages, Deck deck, int screen, int from) {
        opened = deck.opened();
        if (deck.pages().isEmpty()) {
            fail(messages, new IOException(messages.get("presenter.error.empty", opened.file())));
            return;
        }
        Presenter presenter = new Presenter(opened.programme(), deck.pages(), opened.media(),
                new PhotoCache(PhotoPrefetcher.PRESENTER_BUDGET_BYTES, new PhotoDecoder()::decode),
                PhotoPrefetcher.executorOf(runner), messages, Clock.systemDefaultZone(), Preferences.userRoot().node("org/podium"),
                PresenterOptions.defaults().fromPage(from - 1).onScreen(screen), stage, new Stage());
        presenter.setOnEnded(Platform::exit);
        presenter.start();
    }

    private void fail(Messages messages, Exception e) {
        exitCode = 1;
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        LOG.log(Level.ERROR, "cannot present: {0}", reason);
        new FxDialogService(messages).showError(messages.get("presenter.error.title"), reason);
        Platform.exit();
    }

    @Override
    public void stop() throws IOException {
        if (runner != null) {
            runner.close();
        }
        if (opened != null) {
            opened.close();
        }
    }
}
