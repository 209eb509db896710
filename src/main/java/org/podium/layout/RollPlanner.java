package org.podium.layout;

import java.util.ArrayList;
import java.util.List;

/** Chooses pages, columns and name size for an honour roll; see {@link HonourRollSlides}. */
final class RollPlanner {

    /** Sizes within this many points of the largest count as equally good; then the grid's shape decides. */
    private static final double SIZE_TIE_PT = 1;
    /** Penalties (in units of the grid's shape score) for grids that page badly. */
    private static final double UNEVEN_ROWS = 1;
    private static final double LONE_NAME = 0.5;

    private RollPlanner() {
    }

    /**
     * The fewest pages on which every name fits on one line at the minimum size or larger, with
     * the grid that gives the largest size (ties: cells shaped like the names, fewest empty
     * places). When no number of pages makes the names fit, the names go one column per page at
     * the minimum size and the too-wide ones are reported as overflowing.
     */
    static HonourRollSlides.Plan plan(HonourRollSlides.Metrics metrics, int count, Rect area, double gutterPt) {
        for (boolean checkWidth : new boolean[] {true, false}) {
            for (int pages = 1; pages <= count; pages++) {
                int perPage = (count + pages - 1) / pages;
                HonourRollSlides.Plan plan = bestGrid(metrics, count, pages, perPage, area, gutterPt, checkWidth);
                if (plan != null) {
                    return plan;
                }
            }
        }
        double min = metrics.nameStyle.minSizePt();
        return new HonourRollSlides.Plan(count, count, 1, min, metrics.roleLines(min, area.widthPt()), area.widthPt(),
                area.heightPt(), gutterPt);
    }

    private static HonourRollSlides.Plan bestGrid(HonourRollSlides.Metrics metrics, int count, int pages, int perPage,
                                                  Rect area, double gutterPt, boolean checkWidth) {
        double max = metrics.nameStyle.maxSizePt();
        double min = metrics.nameStyle.minSizePt();
        List<HonourRollSlides.Plan> plans = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int columns = 1; columns <= perPage; columns++) {
            int rows = (perPage + columns - 1) / columns;
            if (columns > 1 && (rows - 1) * columns >= perPage) {
                continue; // the same rows with fewer columns would hold them
            }
            double cellWidth = (area.widthPt() - (columns - 1) * gutterPt) / columns;
            double pitch = area.heightPt() / rows;
            if (cellWidth <= 0) {
                break;
            }
            double size = largestSize(metrics, max, min, cellWidth, pitch, checkWidth);
            if (size < min) {
                continue;
            }
            double shape = metrics.shapeScore(size, cellWidth, pitch);
            double empty = (double) (rows * columns - perPage) / perPage;
            plans.add(new HonourRollSlides.Plan(count, pages, columns, size, metrics.roleLines(size, cellWidth), cellWidth,
                    pitch, gutterPt));
            scores.add(shape + empty + pagingScore(count, pages, columns));
        }
        double largest = plans.stream().mapToDouble(HonourRollSlides.Plan::nameSizePt).max().orElse(-1);
        HonourRollSlides.Plan best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).nameSizePt() >= largest - SIZE_TIE_PT && scores.get(i) < bestScore) {
                best = plans.get(i);
                bestScore = scores.get(i);
            }
        }
        return best;
    }

    /** Names on page {@code page} (0-based) when {@code count} names are shared out evenly over {@code pages}. */
    static int namesOnPage(int count, int pages, int page) {
        return count / pages + (page < count % pages ? 1 : 0);
    }

    /**
     * Penalty for a grid that pages badly: pages with different numbers of rows (the names
     * would not line up from page to page), and a last row holding a single name under a
     * fuller one.
     */
    static double pagingScore(int count, int pages, int columns) {
        double score = 0;
        int firstRows = -1;
        for (int page = 0; page < pages; page++) {
            int names = namesOnPage(count, pages, page);
            int rows = (names + columns - 1) / columns;
            if (firstRows >= 0 && rows != firstRows) {
                score += UNEVEN_ROWS;
            }
            firstRows = firstRows < 0 ? rows : firstRows;
            if (columns > 1 && rows > 1 && names % columns == 1) {
                score += LONE_NAME;
            }
        }
        return score;
    }

    private static double largestSize(HonourRollSlides.Metrics metrics, double max, double min, double cellWidth,
                                      double pitch, boolean checkWidth) {
        for (double size = max; size >= min - 1e-9; size -= TextFitter.SIZE_STEP_PT) {
            if (metrics.fits(size, cellWidth, pitch, checkWidth)) {
                return size;
            }
        }
        return metrics.fits(min, cellWidth, pitch, checkWidth) ? min : -1;
    }
}
