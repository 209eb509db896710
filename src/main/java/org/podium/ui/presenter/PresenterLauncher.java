package org.podium.ui.presenter;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the presenter alone, as {@code podium present FILE} does; returns when it ends. */
public final class PresenterLauncher {

    static final String SCREEN_OPTION = "--screen=";
    static final String FROM_OPTION = "--from=";

    private PresenterLauncher() {
    }

    /**
     * @param screenNumber 1-based audience screen, 0 for the remembered or a secondary one
     * @param fromSlide    1-based page to start on
     * @return the exit code: 0 when the presentation ended normally
     */
    public static int present(Path file, int screenNumber, int fromSlide) {
        Application.launch(PresenterApp.class, file.toString(), SCREEN_OPTION + screenNumber, FROM_OPTION + fromSlide);
        return PresenterApp.exitCode();
    }
}
