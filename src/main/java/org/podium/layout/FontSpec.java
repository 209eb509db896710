package org.podium.layout;

import java.util.Objects;

/**
 * A font as the layout uses it: one resolved family name (installed on this machine, or the
 * stack's first name when none is), a size and a weight.
 *
 * @param family family name as the toolkit and PowerPoint know it, e.g. "Noto Sans CJK TC"
 * @param sizePt em size in points
 * @param bold   bold weight when true, regular otherwise
 */
public record FontSpec(String family, double sizePt, boolean bold) {

    public FontSpec {
        Objects.requireNonNull(family, "family");
        if (!(sizePt > 0) || !Double.isFinite(sizePt)) {
            throw new IllegalArgumentException("font size must be positive, was " + sizePt);
        }
    }

    public FontSpec withSize(double newSizePt) {
        return new FontSpec(family, newSizePt, bold);
    }
}
