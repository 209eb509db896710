package org.podium.ui.presenter;

import java.util.Locale;
import java.util.Optional;

/**
 * A screen's bounds in the desktop's coordinates (JavaFX's logical pixels); the geometry a screen
 * is remembered by.
 */
public record ScreenRect(double xPx, double yPx, double widthPx, double heightPx) {

    public ScreenRect {
        if (!(widthPx > 0 && heightPx > 0)) {
            throw new IllegalArgumentException("a screen needs a positive size, was " + widthPx + " × " + heightPx);
        }
    }

    /** For preferences: {@code x,y,width,height}. */
    public String encode() {
        return String.format(Locale.ROOT, "%s,%s,%s,%s", xPx, yPx, widthPx, heightPx);
    }

    /** The geometry {@link #encode} wrote; empty for anything else. */
    public static Optional<ScreenRect> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ScreenRect(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
