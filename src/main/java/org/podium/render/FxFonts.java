package org.podium.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import org.podium.layout.FontSpec;

/**
 * JavaFX fonts for the layout's font specs, looked up once per (family, weight, size). JavaFX's
 * font size unit is the pixel of an unscaled scene, so a font of {@code sizePt} measures in points
 * and one of {@code sizePt × pxPerPt} draws at a scale.
 */
final class FxFonts {

    private record Key(String family, boolean bold, double sizePx) {
    }

    /** Fonts are immutable; a slide deck uses a few dozen sizes, so the memo stays small. */
    private static final Map<Key, Font> FONTS = new ConcurrentHashMap<>();

    private FxFonts() {
    }

    static Font font(FontSpec spec) {
        return font(spec.family(), spec.bold(), spec.sizePt());
    }

    static Font font(String family, boolean bold, double sizePx) {
        return FONTS.computeIfAbsent(new Key(family, bold, sizePx),
                k -> Font.font(k.family(), k.bold() ? FontWeight.BOLD : FontWeight.NORMAL, FontPosture.REGULAR,
                        k.sizePx()));
    }
}
