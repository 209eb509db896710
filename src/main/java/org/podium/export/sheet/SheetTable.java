package org.podium.export.sheet;

import java.util.ArrayList;
import java.util.List;

/** The PDF table's rows as broken lines, and their spread over pages. */
final class SheetTable {

    /** Fewest lines of a row put at the bottom of a page when the rest goes on the next. */
    private static final int MIN_SPLIT_LINES = 2;

    private SheetTable() {
    }

    /**
     * A row of the table.
     *
     * @param cells  each column's lines
     * @param total  the total row at the end
     * @param banded shaded, for every other row
     */
    record Row(List<List<String>> cells, boolean total, boolean banded) {

        Row {
            cells = cells.stream().map(List::copyOf).toList();
        }

        /** Lines of the tallest cell, at least 1. */
        int lineCount() {
            int lines = 1;
            for (List<String> cell : cells) {
                lines = Math.max(lines, cell.size());
            }
            return lines;
        }
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive) of a row, drawn on one page. */
    record Slice(Row row, int from, int to) {

        double heightPt(double linePt, double padPt) {
            return (to - from) * linePt + 2 * padPt;
        }
    }

    /**
     * Spreads rows over pages: a row goes whole onto the page it fits; one taller than what is left
     * is moved to the next page, or split when it is taller than a whole page.
     *
     * @param firstTopPt top of the first page's rows (below its title block and header)
     * @param topPt      top of the other pages' rows (below the header)
     * @param bottomPt   lowest the rows may reach on any page
     */
    static List<List<Slice>> paginate(List<Row> rows, double firstTopPt, double topPt, double bottomPt,
                                      double linePt, double padPt) {
        List<List<Slice>> pages = new ArrayList<>();
        List<Slice> page = new ArrayList<>();
        double y = firstTopPt;
        int fullPageLines = Math.max(1, (int) Math.floor((bottomPt - topPt - 2 * padPt) / linePt));
        for (Row row : rows) {
            int from = 0;
            int lines = row.lineCount();
            while (from < lines) {
                int fit = (int) Math.floor((bottomPt - y - 2 * padPt) / linePt);
                int left = lines - from;
                if (fit >= left) {
                    page.add(new Slice(row, from, lines));
                    y += new Slice(row, from, lines).heightPt(linePt, padPt);
                    from = lines;
                } else if (left > fullPageLines && fit >= MIN_SPLIT_LINES) {
                    page.add(new Slice(row, from, from + fit));
                    from += fit;
                    pages.add(page);
                    page = new ArrayList<>();
                    y = topPt;
                } else if (page.isEmpty()) {
                    // nothing fits even on an empty page: take what the page holds
                    int take = Math.max(1, fit);
                    page.add(new Slice(row, from, from + take));
                    from += take;
                    pages.add(page);
                    page = new ArrayList<>();
                    y = topPt;
                } else {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = topPt;
                }
            }
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }
}
