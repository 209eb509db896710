package org.podium.ui.presenter;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.layout.Themes;
import org.podium.media.MediaStore;
import org.podium.media.PhotoCache;
import org.podium.media.PhotoDecoder;
import org.podium.model.Programme;
import org.podium.model.SlideId;
import org.podium.render.FxFontResolver;
import org.podium.render.FxTextMeasurer;
import org.podium.ui.common.BackgroundRunner;
import org.podium.ui.common.Messages;

/**
 * Ways into the presenter: from the command line ({@code podium present FILE}) as an application
 * of its own, and from the editor (F5 from the start, Shift+F5 from the selected slide).
 */
public final class PresenterLauncher {

    static final String SCREEN_OPTION = "--screen=";
    static final String FROM_OPTION = "--from=";
    /** Where the audience screen's geometry is remembered between runs. */
    static final String PREFERENCES_NODE = "org/podium";

    private PresenterLauncher() {
    }

    /**
     * Runs the presenter as its own application and returns when it ends.
     *
     * @param screenNumber 1-based audience screen, 0 for the remembered or a secondary one
     * @param fromSlide    1-based page to start on
     * @return the exit code: 0 when the presentation ended normally
     */
    public static int present(Path file, int screenNumber, int fromSlide) {
        Application.launch(PresenterApp.class, file.toString(), SCREEN_OPTION + screenNumber, FROM_OPTION + fromSlide);
        return PresenterApp.exitCode();
    }

    /**
     * Presents from inside the app: lays the deck out on the runner, then opens the console and the
     * audience window. Call on the JavaFX thread.
     *
     * @param from    the slide to start on, or {@code null} for the first
     * @param onEnded called on the JavaFX thread when the presentation ends
     * @param onError called on the JavaFX thread when the deck cannot be laid out
     */
    public static void presentInApp(Programme programme, MediaStore media, Messages messages, BackgroundRunner runner,
                                    SlideId from, Runnable onEnded, Consumer<Exception> onError) {
        Objects.requireNonNull(programme, "programme");
        runner.run(progress -> layout(programme), BackgroundRunner.Callback.of(pages -> {
            if (pages.isEmpty()) {
                onError.accept(new IllegalStateException(messages.get("presenter.error.empty", programme.title())));
                return;
            }
            Presenter presenter = new Presenter(programme, pages, media,
                    new PhotoCache(PhotoPrefetcher.PRESENTER_BUDGET_BYTES, new PhotoDecoder()::decode),
                    PhotoPrefetcher.executorOf(runner), messages, Clock.systemDefaultZone(),
                    Preferences.userRoot().node(PREFERENCES_NODE),
                    PresenterOptions.defaults().fromPage(pageOf(pages, from)), new Stage(), new Stage());
            presenter.setOnEnded(onEnded);
            presenter.start();
        }, onError));
    }

    /** Every page of the programme, laid out with the screen's fonts. */
    static List<SlidePage> layout(Programme programme) {
        return new SlideLayoutEngine(Themes.bundled(), new FxTextMeasurer(), new FxFontResolver()).layout(programme);
    }

    /** The first page of {@code slide}; 0 when it is null or not in the deck. */
    static int pageOf(List<SlidePage> pages, SlideId slide) {
        for (int i = 0; slide != null && i < pages.size(); i++) {
            if (pages.get(i).slideId().equals(slide)) {
                return i;
            }
        }
        return 0;
    }
}
