package org.podium.export.pptx;

import org.podium.layout.FontSpec;
import org.podium.layout.TextMeasurer;

/**
 * Fixed advances, so layouts are predictable without a toolkit: CJK ideographs, kana, full-width
 * forms and CJK punctuation 1 em; a space 0.25 em; everything else (Latin, digits) 0.55 em.
 */
final class FixedMeasurer implements TextMeasurer {

    @Override
    public double advancePt(String text, FontSpec font) {
        return text.codePoints().mapToDouble(FixedMeasurer::ems).sum() * font.sizePt();
    }

    private static double ems(int cp) {
        if (cp == ' ') {
            return 0.25;
        }
        if (cp >= 0x2E80 || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '…' || cp == '—' || cp == '·') {
            return 1.0;
        }
        return 0.55;
    }
}
