package org.podium.layout;

/**
 * Fixed advances, so layouts are predictable without a toolkit: CJK ideographs, kana, full-width
 * forms and CJK punctuation 1 em; a space 0.25 em; everything else (Latin, digits) 0.5 em.
 */
final class FakeMeasurer implements TextMeasurer {

    static final FakeMeasurer INSTANCE = new FakeMeasurer();

    @Override
    public double advancePt(String text, FontSpec font) {
        double ems = text.codePoints().mapToDouble(FakeMeasurer::ems).sum();
        return ems * font.sizePt();
    }

    static double ems(int cp) {
        if (cp == ' ') {
            return 0.25;
        }
        if (cp >= 0x2E80 || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '…' || cp == '—' || cp == '·') {
            return 1.0;
        }
        return 0.5;
    }
}
