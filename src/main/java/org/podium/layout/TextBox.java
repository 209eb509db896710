package org.podium.layout;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Text whose lines are already broken and placed. The rectangle is exactly the text block:
 * {@code lines.size() × lineHeightPt} high, as wide as the column the text was set in; lines sit
 * in it with half the leading above and below each line (as CSS and PowerPoint's "exactly"
 * spacing do).
 *
 * @param rect            the text block on the slide
 * @param lines           in reading order, at least one
 * @param font            resolved family, size and weight
 * @param colour          text colour
 * @param align           how the lines were aligned in the block (already applied to {@link TextLine#xPt()})
 * @param lineHeightPt    distance between baselines
 * @param letterSpacingPt extra advance after each character but the last; 0 when none
 * @param role            what the text is, for exporters
 * @param overflow        true when the text did not fit its space even at the theme's smallest size:
 *                        it is shown at that size and may run past its space; the editor warns
 */
public record TextBox(Rect rect, List<TextLine> lines, FontSpec font, Rgba colour, TextAlign align,
                      double lineHeightPt, double letterSpacingPt, TextRole role, boolean overflow) implements Box {

    public TextBox {
        Objects.requireNonNull(rect, "rect");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a text box needs at least one line");
        }
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(align, "align");
        Objects.requireNonNull(role, "role");
        if (!(lineHeightPt > 0)) {
            throw new IllegalArgumentException("line height must be positive, was " + lineHeightPt);
        }
    }

    /** The lines joined with {@code \n}, as an exporter writes them (one paragraph, soft breaks). */
    public String text() {
        return lines.stream().map(TextLine::text).collect(Collectors.joining("\n"));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.text(this);
    }
}
