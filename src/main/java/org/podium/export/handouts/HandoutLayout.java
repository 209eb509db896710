package org.podium.export.handouts;

import java.util.ArrayList;
import java.util.List;
import org.podium.layout.Rect;

/**
 * Where things go on a handout page, in points from the page's top-left corner. Pure geometry:
 * A4 portrait, except one slide a page without notes, which is A4 landscape so the slide is as
 * large as the paper allows.
 *
 * @param pageWidthPt  page width
 * @param pageHeightPt page height
 * @param cells        one per slide place, in reading order
 */
record HandoutLayout(double pageWidthPt, double pageHeightPt, List<Cell> cells) {

    /** A4 short side, in points. */
    static final double A4_SHORT_PT = 595.28;
    /** A4 long side, in points. */
    static final double A4_LONG_PT = 841.89;
    static final double MARGIN_X_PT = 40;
    /** Top of the slide area, below the page header. */
    static final double CONTENT_TOP_PT = 70;
    /** Space under the slide area for the footer. */
    static final double CONTENT_BOTTOM_GAP_PT = 46;
    /** Height of the caption line above each slide. */
    static final double CAPTION_PT = 15;
    static final double GAP_PT = 18;

    /**
     * One slide place.
     *
     * @param caption where the caption line goes (its top; as wide as the slide)
     * @param slide   the slide picture, at the slide's aspect ratio
     * @param notes   the notes box, or {@code null} without notes
     */
    record Cell(Rect caption, Rect slide, Rect notes) {
    }

    HandoutLayout {
        cells = List.copyOf(cells);
    }

    /** The layout for {@code options} and slides of {@code aspect} (width ÷ height). */
    static HandoutLayout of(HandoutOptions options, double aspect) {
        boolean landscape = options.perPage() == 1 && !options.notes();
        double width = landscape ? A4_LONG_PT : A4_SHORT_PT;
        double height = landscape ? A4_SHORT_PT : A4_LONG_PT;
        Rect content = Rect.ofEdges(MARGIN_X_PT, CONTENT_TOP_PT, width - MARGIN_X_PT,
                height - CONTENT_BOTTOM_GAP_PT);
        List<Cell> cells = new ArrayList<>();
        if (options.notes() && options.perPage() == 1) {
            // the slide across the top half, the notes below it
            Rect slide = fit(new Rect(content.xPt(), content.yPt() + CAPTION_PT, content.widthPt(),
                    content.heightPt() * 0.5), aspect, false);
            cells.add(new Cell(caption(slide), slide,
                    Rect.ofEdges(content.xPt(), slide.maxYPt() + GAP_PT, content.maxXPt(), content.maxYPt())));
        } else if (options.notes()) {
            // one row per slide: the slide on the left, its notes beside it
            int rows = options.perPage();
            double rowHeight = (content.heightPt() - GAP_PT * (rows - 1)) / rows;
            for (int r = 0; r < rows; r++) {
                double top = content.yPt() + r * (rowHeight + GAP_PT);
                Rect fitted = fit(new Rect(content.xPt(), top + CAPTION_PT, content.widthPt() * slideShare(rows),
                        rowHeight - CAPTION_PT), aspect, true);
                Rect slide = new Rect(content.xPt(), fitted.yPt(), fitted.widthPt(), fitted.heightPt());
                Rect notes = Rect.ofEdges(slide.maxXPt() + GAP_PT, slide.yPt(), content.maxXPt(),
                        top + rowHeight);
                cells.add(new Cell(caption(slide), slide, notes));
            }
        } else {
            int columns = options.perPage() >= 4 ? 2 : 1;
            int rows = options.perPage() / columns;
            double cellWidth = (content.widthPt() - GAP_PT * (columns - 1)) / columns;
            double cellHeight = (content.heightPt() - GAP_PT * (rows - 1)) / rows;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    Rect place = new Rect(content.xPt() + c * (cellWidth + GAP_PT),
                            content.yPt() + r * (cellHeight + GAP_PT) + CAPTION_PT, cellWidth,
                            cellHeight - CAPTION_PT);
                    // centred down the cell, as Office prints handouts: the white space is shared out evenly
                    Rect slide = fit(place, aspect, false);
                    if (options.perPage() > 1) {
                        slide = new Rect(slide.xPt(), slide.yPt() - CAPTION_PT / 2, slide.widthPt(), slide.heightPt());
                    }
                    cells.add(new Cell(caption(slide), slide, null));
                }
            }
        }
        return new HandoutLayout(width, height, cells);
    }

    /** Share of the content width the slide takes when its notes are beside it. */
    private static double slideShare(int rows) {
        return rows <= 2 ? 0.6 : 0.5;
    }

    /** The largest rectangle of {@code aspect} in {@code box}: centred across, at the top when {@code top}. */
    private static Rect fit(Rect box, double aspect, boolean top) {
        double width = Math.min(box.widthPt(), box.heightPt() * aspect);
        double height = width / aspect;
        double x = box.xPt() + (box.widthPt() - width) / 2;
        double y = top ? box.yPt() : box.yPt() + (box.heightPt() - height) / 2;
        return new Rect(x, y, width, height);
    }

    private static Rect caption(Rect slide) {
        return new Rect(slide.xPt(), slide.yPt() - CAPTION_PT, slide.widthPt(), CAPTION_PT);
    }
}
