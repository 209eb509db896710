package org.podium.ui.presenter;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * Reports the screens whenever JavaFX's screen list changes (a projector plugged in or pulled
 * out, a resolution changed). Observed through {@link Screen#getScreens()}, never polled; the
 * listener runs on the JavaFX thread.
 */
public final class ScreenWatcher implements AutoCloseable {

    private final ListChangeListener<Screen> listener;

    public ScreenWatcher(Consumer<List<ScreenInfo>> onChange) {
        this.listener = change -> onChange.accept(current());
        Screen.getScreens().addListener(listener);
    }

    /** The screens now, in JavaFX's order. */
    public static List<ScreenInfo> current() {
        Screen primary = Screen.getPrimary();
        return Screen.getScreens().stream().map(screen -> {
            Rectangle2D b = screen.getBounds();
            return new ScreenInfo(new ScreenRect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()),
                    screen.equals(primary));
        }).toList();
    }

    @Override
    public void close() {
        Screen.getScreens().removeListener(listener);
    }
}
