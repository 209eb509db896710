package org.podium.layout;

import java.util.ArrayList;
import java.util.List;
import org.podium.model.Photo;
import org.podium.model.PhotoFit;
import org.podium.model.PhotoGrid;
import org.podium.model.SlideKind;

/**
 * Two to four photos in a grid with even gutters above a shared caption band. Of the possible
 * arrangements (a row, a column, a 2×2 grid, one large photo beside or above smaller ones) the
 * one that crops the photos least is used; each photo fills its cell around its focal point.
 */
final class PhotoGridSlides {

    /** Width share of the large cell in a "feature" arrangement. */
    private static final double FEATURE_SHARE = 0.6;
    /** A feature arrangement must crop noticeably less than an even grid to be chosen (squared-loss units). */
    private static final double FEATURE_PENALTY = 0.05;

    private PhotoGridSlides() {
    }

    static SlideLayout layout(LayoutContext ctx, PhotoGrid grid) {
        CaptionBand band = CaptionBand.of(ctx, grid.caption(), grid.credit());
        double gutter = ctx.pt(10);
        Rect area = Rect.ofEdges(gutter, gutter, ctx.widthPt() - gutter, ctx.heightPt() - band.heightPt() - gutter);
        List<Double> aspects = grid.photos().stream()
                .map(p -> PhotoFraming.aspect(p.media(), p.crop())).toList();
        List<Rect> cells = best(area, gutter, aspects);
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Photo photo = grid.photos().get(i);
            boxes.addAll(PhotoSlides.framed(ctx, photo, cells.get(i), PhotoFit.FILL));
        }
        boxes.addAll(band.boxes(ctx));
        return ctx.slide(SlideKind.PHOTO_GRID, boxes);
    }

    /** The arrangement of {@code aspects.size()} cells in {@code area} that crops least. */
    static List<Rect> best(Rect area, double gutter, List<Double> aspects) {
        List<List<Rect>> candidates = new ArrayList<>();
        List<Boolean> feature = new ArrayList<>();
        int n = aspects.size();
        for (int columns = 1; columns <= n; columns++) {
            int rows = (n + columns - 1) / columns;
            if (rows * columns == n) {
                candidates.add(uniform(area, gutter, rows, columns));
                feature.add(false);
            }
        }
        if (n >= 3) {
            candidates.add(featureLeft(area, gutter, n));
            feature.add(true);
            candidates.add(featureTop(area, gutter, n));
            feature.add(true);
        }
        List<Rect> best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int c = 0; c < candidates.size(); c++) {
            List<Rect> cells = candidates.get(c);
            double loss = feature.get(c) ? FEATURE_PENALTY : 0;
            for (int i = 0; i < n; i++) {
                double cell = cells.get(i).aspectRatio();
                double photo = aspects.get(i);
                double cut = 1 - Math.min(cell / photo, photo / cell);
                loss += cut * cut; // squared: one photo cut to a sliver is worse than two trimmed a little
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = cells;
            }
        }
        return best;
    }

    private static List<Rect> uniform(Rect area, double gutter, int rows, int columns) {
        double width = (area.widthPt() - (columns - 1) * gutter) / columns;
        double height = (area.heightPt() - (rows - 1) * gutter) / rows;
        List<Rect> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cells.add(new Rect(area.xPt() + c * (width + gutter), area.yPt() + r * (height + gutter), width, height));
            }
        }
        return cells;
    }

    /** One large cell on the left, the others stacked on the right. */
    private static List<Rect> featureLeft(Rect area, double gutter, int n) {
        double bigWidth = (area.widthPt() - gutter) * FEATURE_SHARE;
        List<Rect> cells = new ArrayList<>();
        cells.add(new Rect(area.xPt(), area.yPt(), bigWidth, area.heightPt()));
        Rect rest = Rect.ofEdges(area.xPt() + bigWidth + gutter, area.yPt(), area.maxXPt(), area.maxYPt());
        cells.addAll(uniform(rest, gutter, n - 1, 1));
        return cells;
    }

    /** One large cell on top, the others side by side below. */
    private static List<Rect> featureTop(Rect area, double gutter, int n) {
        double bigHeight = (area.heightPt() - gutter) * FEATURE_SHARE;
        List<Rect> cells = new ArrayList<>();
        cells.add(new Rect(area.xPt(), area.yPt(), area.widthPt(), bigHeight));
        Rect rest = Rect.ofEdges(area.xPt(), area.yPt() + bigHeight + gutter, area.maxXPt(), area.maxYPt());
        cells.addAll(uniform(rest, gutter, 1, n - 1));
        return cells;
    }
}
