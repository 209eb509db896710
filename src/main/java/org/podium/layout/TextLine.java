package org.podium.layout;

import java.util.Objects;

/**
 * One line of a {@link TextBox}, broken and positioned by the layout: draw {@code text} with its
 * left end at {@code xPt} and its baseline at {@code baselineYPt}. Both are slide coordinates, and
 * the alignment is already applied.
 *
 * @param text        the line's characters, without the line break
 * @param xPt         left end of the line on the slide
 * @param baselineYPt baseline on the slide
 * @param widthPt     advance width of the line as measured, letter spacing included
 */
public record TextLine(String text, double xPt, double baselineYPt, double widthPt) {

    public TextLine {
        Objects.requireNonNull(text, "text");
    }
}
