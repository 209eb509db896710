package org.podium.ui.presenter;

import javafx.util.Duration;

/**
 * How a presentation starts.
 *
 * @param fromPage     0-based page to open on
 * @param screenNumber 1-based screen for the audience, or 0 to use the remembered or a secondary one
 * @param fade         cross-fade between slides, at most {@link AudienceWindow#MAX_FADE}; zero for a cut
 * @param holdUntilStart open on the holding slide when the programme's start time is still ahead
 */
public record PresenterOptions(int fromPage, int screenNumber, Duration fade, boolean holdUntilStart) {

    public static PresenterOptions defaults() {
        return new PresenterOptions(0, 0, Duration.millis(250), true);
    }

    public PresenterOptions fromPage(int page) {
        return new PresenterOptions(page, screenNumber, fade, holdUntilStart);
    }

    public PresenterOptions onScreen(int number) {
        return new PresenterOptions(fromPage, number, fade, holdUntilStart);
    }

    public PresenterOptions withFade(Duration newFade) {
        return new PresenterOptions(fromPage, screenNumber, newFade, holdUntilStart);
    }

    public PresenterOptions holding(boolean hold) {
        return new PresenterOptions(fromPage, screenNumber, fade, hold);
    }
}
