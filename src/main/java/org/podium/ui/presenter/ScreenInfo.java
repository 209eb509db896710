package org.podium.ui.presenter;

import java.util.Objects;

/**
 * One screen as the presenter sees it.
 *
 * @param bounds  where it is
 * @param primary the desktop's main screen, where the operator's windows are
 */
public record ScreenInfo(ScreenRect bounds, boolean primary) {

    public ScreenInfo {
        Objects.requireNonNull(bounds, "bounds");
    }
}
