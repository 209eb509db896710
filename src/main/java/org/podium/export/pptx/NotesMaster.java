package org.podium.export.pptx;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotesMaster;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The deck's notes master, set up once before any notes page: the slide picture and the notes
 * body placed to fit the notes page, and the header, date and footer placeholders left out.
 * POI copies the whole master into every notes page it makes, so the anchors set here are every
 * page's, and the three placeholders no page fills are not copied 300 times (a third of the
 * export's time on a long programme went into notes pages).
 */
final class NotesMaster {

    private NotesMaster() {
    }

    /**
     * @param slideAspect width / height of the slides, which the slide picture keeps
     */
    static void prepare(XMLSlideShow deck, double slideAspect) {
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
            } else if (type == Placeholder.HEADER || type == Placeholder.DATETIME || type == Placeholder.FOOTER) {
                master.removeShape(shape);
            }
        }
    }
}
