package org.podium.render;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontSmoothingType;
import javafx.scene.text.Text;
import org.podium.layout.TextBox;
import org.podium.layout.TextLine;

/**
 * The lines of a text box as {@link Text} nodes: each at the line's left end and baseline, as the
 * layout placed it. Grey-scale antialiasing, not LCD, so the pixels do not depend on the screen's
 * subpixel order and the same slide always gives the same image.
 */
final class TextNodes {

    private final FxTextMeasurer measurer;

    TextNodes(FxTextMeasurer measurer) {
        this.measurer = measurer;
    }

    Node lines(TextBox box, double pxPerPt) {
        Font font = FxFonts.font(box.font().family(), box.font().bold(), box.font().sizePt() * pxPerPt);
        Color colour = FxPaints.colour(box.colour());
        double spacingPx = box.letterSpacingPt() * pxPerPt;
        Group group = new Group();
        for (TextLine line : box.lines()) {
            if (line.text().isEmpty()) {
                continue;
            }
            double xPx = line.xPt() * pxPerPt;
            double baselinePx = line.baselineYPt() * pxPerPt;
            if (spacingPx == 0) {
                group.getChildren().add(text(line.text(), xPx, baselinePx, font, colour));
            } else {
                spaced(group.getChildren(), line.text(), xPx, baselinePx, font, colour, spacingPx);
            }
        }
        return group;
    }

    /**
     * JavaFX has no letter spacing, so a spaced line is drawn cluster by cluster. Each cluster
     * starts where the unspaced line would have it (the advance of the text before it, so kerning
     * and shaping are kept) plus the spacing of the characters before it, as the layout counts
     * them: one spacing per code point.
     */
    private void spaced(List<Node> out, String line, double xPx, double baselinePx, Font font, Color colour,
                        double spacingPx) {
        int codePointsBefore = 0;
        int start = 0;
        while (start < line.length()) {
            int end = clusterEnd(line, start);
            double offsetPx = measurer.advance(line.substring(0, start), font) + spacingPx * codePointsBefore;
            out.add(text(line.substring(start, end), xPx + offsetPx, baselinePx, font, colour));
            codePointsBefore += line.codePointCount(start, end);
            start = end;
        }
    }

    /** End of the character cluster at {@code start}: a code point and the marks or joiners that follow it. */
    static int clusterEnd(String s, int start) {
        int end = start + Character.charCount(s.codePointAt(start));
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int previous = s.codePointBefore(end);
            if (!isMark(cp) && previous != 0x200D) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x200D;
    }

    private static Text text(String s, double xPx, double baselinePx, Font font, Color colour) {
        Text node = new Text(xPx, baselinePx, s);
        node.setTextOrigin(VPos.BASELINE);
        node.setFont(font);
        node.setFill(colour);
        node.setFontSmoothingType(FontSmoothingType.GRAY);
        return node;
    }
}
