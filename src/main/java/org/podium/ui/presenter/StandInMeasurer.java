package org.podium.ui.presenter;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.podium.layout.FontSpec;
import org.podium.layout.TextMeasurer;

/** Measures with a JavaFX text node, as the stand-in drawer draws; one thread at a time. */
final class StandInMeasurer implements TextMeasurer {

    private final Text probe = new Text();

    @Override
    public synchronized double advancePt(String text, FontSpec font) {
        probe.setFont(Font.font(font.family(), font.bold() ? FontWeight.BOLD : FontWeight.NORMAL, font.sizePt()));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
