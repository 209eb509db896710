package org.podium.export.pptx;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.podium.layout.Rgba;
import org.podium.layout.TextBox;
import org.podium.layout.TextLine;
import org.podium.layout.TextRole;
import org.podium.model.Language;

/**
 * Writes the layout's text as PowerPoint text boxes that PowerPoint does not re-flow: the lines
 * are the layout's, separated by soft line breaks (a new paragraph where a line hangs an opening
 * bracket into the margin); no wrapping, no autofit, no
 * insets, exact line spacing equal to the layout's line height. Every run names its font for
 * Latin and East Asian text both and carries the programme's language.
 */
final class TextShapes {

    /** Share of an exactly spaced line above its baseline in PowerPoint, 0–1. */
    static final double BASELINE_SHARE = 0.8;

    private final Language language;

    TextShapes(Language language) {
        this.language = language;
    }

    /**
     * A plain text box, never a title placeholder: LibreOffice re-wraps placeholder text whatever
     * {@code wrap="none"} says, which breaks the layout's lines.
     */
    XSLFTextBox add(XSLFSlide slide, TextBox box) {
        XSLFTextBox shape = slide.createTextBox();
        double hangPt = hangPt(box);
        shape.setAnchor(new Rectangle2D.Double(box.rect().xPt() - hangPt, topPt(box), box.rect().widthPt() + hangPt,
                box.rect().heightPt()));
        shape.setWordWrap(false);
        shape.setTextAutofit(TextAutofit.NONE);
        shape.setInsets(new Insets2D(0, 0, 0, 0));
        shape.setVerticalAlignment(VerticalAlignment.TOP);
        shape.clearText();

        // A line that hangs its opening bracket starts a paragraph whose first-line indent is the
        // hang: a paragraph has one indent, so soft breaks alone cannot hang a later line.
        XSLFTextParagraph paragraph = null;
        List<TextLine> lines = box.lines();
        for (int i = 0; i < lines.size(); i++) {
            double lineHangPt = lineHangPt(box, lines.get(i));
            if (paragraph == null || lineHangPt > 0) {
                paragraph = newParagraph(shape, box, hangPt, lineHangPt);
            } else {
                // copies the previous run's properties, so the break has the text's size
                paragraph.addLineBreak();
            }
            XSLFTextRun run = paragraph.addNewTextRun();
            run.setText(lines.get(i).text());
            style(run, box.font().family(), box.font().sizePt(), box.font().bold(), box.colour());
            if (box.letterSpacingPt() != 0) {
                Ooxml.letterSpacing(run, box.letterSpacingPt());
            }
        }
        for (XSLFTextParagraph each : shape.getTextParagraphs()) {
            Ooxml.endOfParagraph(each, box.font().sizePt(), language.officeLang());
        }
        Ooxml.describe(shape, name(box.role()), "");
        return shape;
    }

    /**
     * A paragraph whose lines start {@code boxHangPt} right of the shape's left edge (the box's own
     * left edge) and whose first line starts {@code firstLineHangPt} left of that.
     */
    private static XSLFTextParagraph newParagraph(XSLFTextBox shape, TextBox box, double boxHangPt,
                                                  double firstLineHangPt) {
        XSLFTextParagraph paragraph = shape.addNewTextParagraph();
        paragraph.setTextAlign(align(box.align()));
        Ooxml.exactLineSpacing(paragraph, box.lineHeightPt());
        paragraph.setSpaceBefore(0d);
        paragraph.setSpaceAfter(0d);
        paragraph.setIndent(-firstLineHangPt);
        paragraph.setLeftMargin(boxHangPt);
        return paragraph;
    }

    /**
     * Top of the text box, in points. With exact line spacing PowerPoint puts the first baseline
     * {@link #BASELINE_SHARE} of the line height below the box's top (LibreOffice does the same
     * when it opens a deck), whereas the layout puts it half the leading plus the ascent below:
     * the box moves so that the baselines are the layout's.
     */
    static double topPt(TextBox box) {
        return box.lines().get(0).baselineYPt() - BASELINE_SHARE * box.lineHeightPt();
    }

    /**
     * How far, in points, the furthest-left line of a left-aligned box sits left of the box: the
     * layout hangs a line's opening bracket into the margin; 0 when no line does.
     */
    static double hangPt(TextBox box) {
        double hangPt = 0;
        for (TextLine line : box.lines()) {
            hangPt = Math.max(hangPt, lineHangPt(box, line));
        }
        return hangPt;
    }

    /** How far, in points, {@code line} of a left-aligned box starts left of the box; 0 if it does not. */
    static double lineHangPt(TextBox box, TextLine line) {
        if (box.align() != org.podium.layout.TextAlign.LEFT) {
            return 0;
        }
        return Math.max(0, box.rect().xPt() - line.xPt());
    }

    /**
     * Fills the notes page's body with {@code paragraphs} in the deck's body font; the page's
     * layout comes from the notes master ({@link NotesMaster}).
     */
    void notes(XSLFNotes notes, List<String> paragraphs, String family, double sizePt) {
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.clearText();
                for (String text : paragraphs) {
                    XSLFTextParagraph paragraph = shape.addNewTextParagraph();
                    XSLFTextRun run = paragraph.addNewTextRun();
                    run.setText(text);
                    style(run, family, sizePt, false, null);
                }
                return;
            }
        }
        throw new IllegalStateException("the notes page has no body placeholder");
    }

    private void style(XSLFTextRun run, String family, double sizePt, boolean bold, Rgba colour) {
        // the one-argument setFontFamily sets only the group of the run's first character
        run.setFontFamily(family, FontGroup.LATIN);
        run.setFontFamily(family, FontGroup.EAST_ASIAN);
        run.setFontSize(sizePt);
        run.setBold(bold);
        if (colour != null) {
            run.setFontColor(new Color(colour.red(), colour.green(), colour.blue(), colour.alpha255()));
        }
        Ooxml.language(run, language.officeLang(), altLang());
    }

    /** English runs may hold Chinese and Chinese runs Latin: name the other language. */
    private String altLang() {
        return language == Language.EN ? Language.ZH_HANS.officeLang() : Language.EN.officeLang();
    }

    private static TextAlign align(org.podium.layout.TextAlign align) {
        return switch (align) {
            case CENTRE -> TextAlign.CENTER;
            case RIGHT -> TextAlign.RIGHT;
            case LEFT -> TextAlign.LEFT;
        };
    }

    /** Names in PowerPoint's selection pane, so the deck is easy to edit. */
    static String name(TextRole role) {
        return switch (role) {
            case TITLE -> "Title";
            case SUBTITLE -> "Subtitle";
            case SECTION -> "Section heading";
            case HEADING -> "Heading";
            case KICKER -> "Segment";
            case BODY -> "Text";
            case QUOTE -> "Quote";
            case ATTRIBUTION -> "Attribution";
            case NAME -> "Name";
            case ROLE -> "Role";
            case ROLL_NAME -> "Honouree";
            case ROLL_ROLE -> "Honouree unit";
            case CAPTION -> "Caption";
            case CREDIT -> "Photo credit";
            case DETAILS -> "Details";
            case PAGE_MARKER -> "Page";
        };
    }
}
