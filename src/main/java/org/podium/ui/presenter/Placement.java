package org.podium.ui.presenter;

import java.util.Optional;

/**
 * Where the audience window goes.
 *
 * @param bounds    the screen it covers; {@code null} when it is hidden
 * @param sharesConsoleScreen true when there is one screen for both windows: the console is then
 *                            one key (Tab) away
 */
public record Placement(ScreenRect bounds, boolean sharesConsoleScreen) {

    public static final Placement HIDDEN = new Placement(null, false);

    public boolean shown() {
        return bounds != null;
    }

    public Optional<ScreenRect> screen() {
        return Optional.ofNullable(bounds);
    }
}
