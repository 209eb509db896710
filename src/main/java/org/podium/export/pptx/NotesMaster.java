package org.podium.export.pptx;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFactory;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFNotesMaster;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The deck's notes master, set up once before any notes page, and the notes pages made from it.
 * The master's slide picture, notes body and page number are placed to fit the notes page; the header, date
 * and footer placeholders, which no page fills, are left out; the body's five lines of prompt text
 * ("Click to edit Master text styles"…) are emptied, since every page puts its notes there.
 *
 * <p>A notes page starts as a copy of the master's shapes, made here as one copy of the master's
 * shape tree ({@link Ooxml#copyShapes}). POI's {@code getNotesSlide} made the same copy and then
 * copied every shape again, run by run and property by property, looking up each value through
 * the master, and looked for a free part name by testing every part of the package: on a
 * 448-slide programme that was about 15 % of the whole export. The pages made here are the same
 * XML, less a POI bug: its copy turned the page number field into a run reading "‹#›".
 */
final class NotesMaster {

    private final XMLSlideShow deck;
    private final XSLFNotesMaster master;

    private NotesMaster(XMLSlideShow deck, XSLFNotesMaster master) {
        this.deck = deck;
        this.master = master;
    }

    /**
     * Makes and lays out the notes master; call once, after the first slide (POI makes the notes
     * master from a slide's theme).
     *
     * @param slideAspect width / height of the slides, which the slide picture keeps
     */
    static NotesMaster prepare(XMLSlideShow deck, double slideAspect) {
        if (deck.getNotesMaster() == null) {
            deck.createNotesMaster();
        }
        XSLFNotesMaster master = deck.getNotesMaster();
        // POI's template is laid out for a wider page than its own notes size: printed notes
        // would be cut off at the right
        double[] page = Ooxml.notesPageSizePt(deck);
        double marginPt = page[0] * 0.1;
        double widthPt = page[0] - 2 * marginPt;
        double pictureTopPt = page[1] * 0.07;
        double pictureHeightPt = widthPt / slideAspect;
        double bodyTopPt = pictureTopPt + pictureHeightPt + page[1] * 0.04;
        for (XSLFShape shape : new ArrayList<>(master.getShapes())) {
            if (!(shape instanceof XSLFTextShape text) || text.getPlaceholder() == null) {
                continue;
            }
            Placeholder type = text.getPlaceholder();
            if (type == Placeholder.SLIDE_IMAGE) {
                text.setAnchor(new Rectangle2D.Double(marginPt, pictureTopPt, widthPt, pictureHeightPt));
            } else if (type == Placeholder.BODY) {
                text.setAnchor(new Rectangle2D.Double(marginPt, bodyTopPt, widthPt,
                        Math.max(0, page[1] * 0.93 - bodyTopPt)));
                // a text body needs one paragraph, if empty
                text.clearText();
                text.addNewTextParagraph();
            } else if (type == Placeholder.SLIDE_NUMBER) {
                double numberWidthPt = page[0] * 0.3;
                double numberHeightPt = page[1] * 0.04;
                text.setAnchor(new Rectangle2D.Double(page[0] - marginPt - numberWidthPt,
                        page[1] * 0.98 - numberHeightPt, numberWidthPt, numberHeightPt));
            } else if (type == Placeholder.HEADER || type == Placeholder.DATETIME || type == Placeholder.FOOTER) {
                master.removeShape(shape);
            }
        }
        return new NotesMaster(deck, master);
    }

    /**
     * A new notes page for {@code slide}, which has none yet, holding the master's placeholders.
     * It is numbered as its slide ({@code notesSlide7.xml} for {@code slide7.xml}), so the name is
     * free without a search.
     */
    XSLFNotes newPage(XSLFSlide slide) {
        if (slide.getNotes() != null) {
            throw new IllegalStateException(slide.getPackagePart().getPartName() + " has a notes page already");
        }
        int number = XSLFRelation.SLIDE.getFileNameIndex(slide);
        XSLFNotes notes = (XSLFNotes) deck.createRelationship(XSLFRelation.NOTES, XSLFFactory.getInstance(), number);
        slide.addRelation(null, XSLFRelation.NOTES, notes);
        notes.addRelation(null, XSLFRelation.NOTES_MASTER, master);
        notes.addRelation(null, XSLFRelation.SLIDE, slide);
        Ooxml.copyShapes(master, notes);
        return notes;
    }
}
