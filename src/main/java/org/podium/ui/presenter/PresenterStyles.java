package org.podium.ui.presenter;

import java.net.URL;
import java.util.Objects;

/** Style-class names of the presenter windows; Presenter.css says what they look like. */
final class PresenterStyles {

    static final String AUDIENCE = "audience";
    static final String COVER = "audience-cover";
    static final String COVER_BLACK = "cover-black";
    static final String COVER_WHITE = "cover-white";
    static final String HOLDING = "holding";
    static final String HOLDING_TITLE = "holding-title";
    static final String HOLDING_SUBTITLE = "holding-subtitle";
    static final String HOLDING_COUNTDOWN = "holding-countdown";

    static final String PREVIEW = "console-preview";
    static final String PREVIEW_CURRENT = "console-preview-current";
    static final String PREVIEW_NEXT = "console-preview-next";

    static final String OVERRUN = "overrun";
    static final String BEHIND = "behind";
    static final String AHEAD = "ahead";
    static final String ACTIVE = "active";
    static final String PAGE_ROW = "page-row";
    static final String PAGE_ROW_SEGMENT = "page-row-segment";
    static final String SCREEN_CHOICE = "screen-choice";

    private PresenterStyles() {
    }

    static String stylesheet() {
        URL url = PresenterStyles.class.getResource("Presenter.css");
        return Objects.requireNonNull(url, "Presenter.css missing beside PresenterStyles").toExternalForm();
    }
}
