package org.podium.render;

import org.podium.layout.FontSpec;
import org.podium.layout.TextMeasurer;

/**
 * Rough advances with no font at all: one em per character, half an em for ASCII. Enough for a
 * layout whose line breaks do not matter, such as the font coverage check; never for drawing.
 */
final class EmMeasurer implements TextMeasurer {

    @Override
    public double advancePt(String text, FontSpec font) {
        double ems = text.codePoints().mapToDouble(cp -> cp < 0x80 ? 0.5 : 1).sum();
        return ems * font.sizePt();
    }
}
