package org.podium.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.podium.model.HonourRoll;
import org.podium.model.Person;
import org.podium.model.SlideKind;

/**
 * Honour rolls: the heading, then the names in a centred grid, roles small under the names. The
 * grid and the number of slides are chosen together: one slide if every name fits on one line at
 * the theme's minimum size or larger, else as few slides as that allows, with the names shared
 * out evenly (60 names make 30 + 30, not 48 + 12) and "(1/2)" markers.
 */
final class HonourRollSlides {

    /** Row pitch as a multiple of a row's text height: the air between rows. */
    private static final double ROW_SPACING = 1.3;
    /** A cell never gets wider than this multiple of the widest name, so a few names do not drift apart. */
    private static final double MAX_CELL_STRETCH = 2.2;
    /** A name may take this share of its cell's width; the rest keeps neighbours apart. */
    private static final double NAME_SHARE = 0.94;
    /** Gap between a name and its role, in em of the name size. */
    private static final double ROLE_GAP_EM = 0.12;

    private HonourRollSlides() {
    }

    static List<SlideLayout> layout(LayoutContext ctx, HonourRoll roll) {
        Rect content = ctx.content();
        List<Person> names = roll.names().stream().filter(p -> !p.name().isBlank()).toList();
        String heading = roll.heading().strip();
        List<Box> headingBoxes = new ArrayList<>();
        double top = content.yPt();
        if (!heading.isEmpty()) {
            FittedText headingText = ctx.fit(heading, ctx.style(TextRole.HEADING, heading).withMaxLines(2),
                    content.widthPt(), content.heightPt() * 0.22);
            headingBoxes.add(ctx.place(headingText, TextRole.HEADING, content.xPt(), content.widthPt(), top,
                    TextAlign.CENTRE));
            top += headingText.heightPt() + ctx.pt(14);
            headingBoxes.add(ctx.rule(content.centreXPt(), top, Math.min(ctx.pt(96), content.widthPt() * 0.2)));
            top += ctx.ruleWeightPt() + ctx.pt(22);
        }
        if (names.isEmpty()) {
            return List.of(ctx.slide(SlideKind.HONOUR_ROLL, headingBoxes));
        }
        TextStyle markerStyle = ctx.style(TextRole.PAGE_MARKER, "(1/2)").withMaxLines(1);
        Rect area = Rect.ofEdges(content.xPt(), top, content.maxXPt(), content.maxYPt());

        Metrics metrics = new Metrics(ctx, names);
        Plan plan = RollPlanner.plan(metrics, names.size(), area, ctx.pt(20));
        List<SlideLayout> pages = new ArrayList<>();
        int start = 0;
        for (int page = 0; page < plan.pages(); page++) {
            int count = RollPlanner.namesOnPage(names.size(), plan.pages(), page);
            List<Box> boxes = new ArrayList<>(headingBoxes);
            boxes.addAll(grid(ctx, metrics, plan, names.subList(start, start + count), area));
            if (plan.pages() > 1) {
                // in the bottom margin, just under the content, so paging costs the names no room
                String marker = "(" + (page + 1) + "/" + plan.pages() + ")";
                FittedText markerText = ctx.fitter().atSize(marker, markerStyle, markerStyle.maxSizePt(), content.widthPt());
                boxes.add(ctx.place(markerText, TextRole.PAGE_MARKER, content.xPt(), content.widthPt(),
                        content.maxYPt() + ctx.pt(4), TextAlign.RIGHT));
            }
            pages.add(ctx.slide(SlideKind.HONOUR_ROLL, boxes));
            start += count;
        }
        return List.copyOf(pages);
    }

    private static List<Box> grid(LayoutContext ctx, Metrics metrics, Plan plan, List<Person> names, Rect area) {
        int columns = Math.min(plan.columns(), names.size());
        // every page's grid starts where the fullest page's does, so names do not jump between pages
        int fullest = RollPlanner.namesOnPage(plan.count(), plan.pages(), 0);
        int rows = (fullest + columns - 1) / columns;
        double size = plan.nameSizePt();
        double roleSize = metrics.roleSize(size);
        double rowText = metrics.rowHeight(size, plan.roleLines());
        double pitch = Math.min(plan.rowPitchPt(), rowText * ROW_SPACING * 1.3);
        double needed = Math.max(metrics.maxNameUnit * size * MAX_CELL_STRETCH,
                plan.roleLines() == 1 ? metrics.maxRoleUnit * roleSize : 0);
        double cellWidth = Math.min(plan.cellWidthPt(), needed);
        double gutter = plan.gutterPt();
        double blockHeight = rows * pitch;
        double y0 = area.yPt() + Math.max(0, (area.heightPt() - blockHeight) / 2);
        TextStyle nameStyle = metrics.nameStyle.withMaxLines(1).withBreakMode(BreakMode.GREEDY);
        TextStyle roleStyle = metrics.roleStyle.withMaxLines(2);
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int row = i / columns;
            int column = i % columns;
            int inRow = Math.min(columns, names.size() - row * columns);
            double rowWidth = inRow * cellWidth + (inRow - 1) * gutter;
            double x = area.centreXPt() - rowWidth / 2 + column * (cellWidth + gutter);
            double y = y0 + row * pitch + (pitch - rowText) / 2;
            Person person = names.get(i);
            FittedText name = ctx.fitter().atSize(person.name().strip(), nameStyle, size, cellWidth);
            boxes.add(ctx.place(name, TextRole.ROLL_NAME, x, cellWidth, y, TextAlign.CENTRE));
            String role = person.role().strip();
            if (!role.isEmpty()) {
                FittedText roleText = ctx.fitter().atSize(role, roleStyle, roleSize, cellWidth);
                boxes.add(ctx.place(roleText, TextRole.ROLL_ROLE, x, cellWidth,
                        y + name.heightPt() + ROLE_GAP_EM * size, TextAlign.CENTRE));
            }
        }
        return boxes;
    }

    /**
     * Widths of the names and roles per point of size (advance is proportional to size), so the
     * planner can try many grids with arithmetic only.
     */
    static final class Metrics {
        final TextStyle nameStyle;
        final TextStyle roleStyle;
        final double maxNameUnit;
        final double maxRoleUnit;
        final boolean hasRoles;
        private final double roleRatio;

        Metrics(LayoutContext ctx, List<Person> names) {
            String allNames = names.stream().map(Person::name).collect(Collectors.joining());
            String allRoles = names.stream().map(Person::role).collect(Collectors.joining());
            nameStyle = ctx.style(TextRole.ROLL_NAME, allNames);
            roleStyle = ctx.style(TextRole.ROLL_ROLE, allRoles.isEmpty() ? allNames : allRoles);
            double reference = 100;
            maxNameUnit = names.stream().mapToDouble(p -> ctx.fitter().widthPt(p.name().strip(), nameStyle, reference))
                    .max().orElse(0) / reference;
            maxRoleUnit = names.stream().mapToDouble(p -> ctx.fitter().widthPt(p.role().strip(), roleStyle, reference))
                    .max().orElse(0) / reference;
            hasRoles = maxRoleUnit > 0;
            roleRatio = roleStyle.maxSizePt() / nameStyle.maxSizePt();
        }

        double roleSize(double nameSizePt) {
            double size = Math.floor(nameSizePt * roleRatio / TextFitter.SIZE_STEP_PT) * TextFitter.SIZE_STEP_PT;
            return Math.max(roleStyle.minSizePt(), Math.min(roleStyle.maxSizePt(), size));
        }

        /** Lines the longest role needs in a cell, at most 2 (beyond that it is reported as overflow). */
        int roleLines(double nameSizePt, double cellWidthPt) {
            if (!hasRoles) {
                return 0;
            }
            return maxRoleUnit * roleSize(nameSizePt) <= cellWidthPt ? 1 : 2;
        }

        /** Height of one row's text: the name, and the role lines under it. */
        double rowHeight(double nameSizePt, int roleLines) {
            double height = nameSizePt * nameStyle.lineHeight();
            if (roleLines > 0) {
                height += ROLE_GAP_EM * nameSizePt + roleLines * roleSize(nameSizePt) * roleStyle.lineHeight();
            }
            return height;
        }

        /** Whether names at this size fit a grid cell of that width and row pitch. */
        boolean fits(double nameSizePt, double cellWidthPt, double rowPitchPt, boolean checkWidth) {
            if (checkWidth && maxNameUnit * nameSizePt > cellWidthPt * NAME_SHARE) {
                return false;
            }
            return rowHeight(nameSizePt, roleLines(nameSizePt, cellWidthPt)) * ROW_SPACING <= rowPitchPt;
        }

        /**
         * How unevenly the names fill their cells: 0 when the text takes the same share of a
         * cell's width as of its row's height, growing as names crowd one way and float the other.
         */
        double shapeScore(double nameSizePt, double cellWidthPt, double rowPitchPt) {
            int lines = roleLines(nameSizePt, cellWidthPt);
            double roleWidth = lines == 0 ? 0 : lines == 1 ? maxRoleUnit * roleSize(nameSizePt) : cellWidthPt * 0.9;
            double across = Math.max(maxNameUnit * nameSizePt, roleWidth) / cellWidthPt;
            double down = rowHeight(nameSizePt, lines) / rowPitchPt;
            return Math.abs(Math.log(across / down));
        }
    }

    /**
     * The chosen arrangement.
     *
     * @param count       names on the roll
     * @param pages       slides the roll takes
     * @param columns     names per row
     * @param nameSizePt  size of every name
     * @param roleLines   lines reserved for roles (0 without roles)
     * @param cellWidthPt width of a column
     * @param rowPitchPt  distance between rows available
     * @param gutterPt    gap between columns
     */
    record Plan(int count, int pages, int columns, double nameSizePt, int roleLines, double cellWidthPt,
                double rowPitchPt, double gutterPt) {
    }
}
