package org.podium.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Breaks text into lines no wider than a given width, following CJK line-breaking rules:
 * <ul>
 *   <li>a line may break between ideographs, kana and full-width characters, at spaces, and
 *       where Latin text meets CJK text;</li>
 *   <li>no line starts with closing punctuation (，。」… and ASCII {@code ,.;:!?)]}}) nor ends
 *       with opening punctuation (「（“ and {@code ([{}): such a character takes its neighbour
 *       along to the next line (oidashi);</li>
 *   <li>Latin words and numbers are not split, nor is a number from the ideograph after it
 *       ("25名"), nor a run of dashes or ellipses; a word wider than the whole line is split
 *       by character as a last resort;</li>
 *   <li>explicit newlines always break.</li>
 * </ul>
 * Trailing spaces at a break are dropped. Widths count letter spacing between characters.
 */
public final class LineBreaker {

    /** Slack allowed against the width, in points: rounding, not design. */
    private static final double EPSILON_PT = 0.01;
    /** Weight of a ragged line's squared free share against {@link BreakCosts}. */
    private static final double RAGGED_WEIGHT = 3;
    /** Cost of a line of one or two characters when there is more than one line. */
    private static final double SHORT_LINE_COST = 2.0;
    private static final int SHORT_LINE_CHARS = 2;

    private final TextMeasurer measurer;

    public LineBreaker(TextMeasurer measurer) {
        this.measurer = Objects.requireNonNull(measurer, "measurer");
    }

    /**
     * The lines of {@code text}; empty for empty text. An empty paragraph between two newlines
     * gives an empty line. Every line is at most {@code maxWidthPt} wide unless a single
     * character is wider than that.
     */
    public List<String> breakLines(String text, FontSpec font, double letterSpacingPt, double maxWidthPt,
                                   BreakMode mode) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        breakText(text, font, letterSpacingPt, maxWidthPt, mode, lines);
        return List.copyOf(lines);
    }

    /**
     * The largest {@link BreakCosts} among the breaks {@link #breakLines} chooses for this text:
     * 0 when every line ends at a space, punctuation or a change of script (or there is one line).
     */
    public double worstBreakCost(String text, FontSpec font, double letterSpacingPt, double maxWidthPt,
                                 BreakMode mode) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return breakText(text, font, letterSpacingPt, maxWidthPt, mode, new ArrayList<>());
    }

    /** Adds the lines to {@code out}; returns the worst break cost. */
    private double breakText(String text, FontSpec font, double letterSpacingPt, double maxWidthPt, BreakMode mode,
                             List<String> out) {
        Widths widths = new Widths(font, letterSpacingPt);
        double worst = 0;
        for (String paragraph : text.strip().split("\n", -1)) {
            String stripped = paragraph.strip();
            if (stripped.isEmpty()) {
                out.add("");
                continue;
            }
            worst = Math.max(worst, breakParagraph(stripped, widths, maxWidthPt, mode, out));
        }
        return worst;
    }

    /** Width of one line as the layout reports it: advance plus letter spacing between characters. */
    public double lineWidthPt(String line, FontSpec font, double letterSpacingPt) {
        if (line.isEmpty()) {
            return 0;
        }
        int count = line.codePointCount(0, line.length());
        return measurer.advancePt(line, font) + letterSpacingPt * Math.max(0, count - 1);
    }

    private double breakParagraph(String paragraph, Widths widths, double maxWidthPt, BreakMode mode,
                                  List<String> out) {
        List<Piece> pieces = expandOverlong(Pieces.of(paragraph), widths, maxWidthPt);
        int n = pieces.size();
        double[] width = new double[n];
        double[] space = new double[n];
        for (int i = 0; i < n; i++) {
            width[i] = widths.of(pieces.get(i).text());
            space[i] = widths.of(pieces.get(i).spaceAfter());
        }
        Lines lines = new Lines(pieces, width, space, widths.letterSpacingPt, maxWidthPt);
        List<int[]> ranges = lines.greedy();
        if (ranges.size() > 1 && mode != BreakMode.GREEDY) {
            // as many lines as greedy filling needs; balanced evens their widths, no-widow stays ragged
            ranges = lines.best(0, n, ranges.size(), mode == BreakMode.BALANCED);
        }
        double worst = 0;
        for (int[] range : ranges) {
            out.add(lines.text(range[0], range[1]));
            worst = Math.max(worst, lines.breakCost(range[1]));
        }
        return worst;
    }

    /**
     * Splits any piece wider than the line into chunks that fit, by character, at positions that
     * keep closing punctuation off a chunk's start and opening punctuation off its end. Where no
     * such position exists the chunk stays too wide (the fitter then reports overflow) rather than
     * breaking the punctuation rules.
     */
    private static List<Piece> expandOverlong(List<Piece> pieces, Widths widths, double maxWidthPt) {
        List<Piece> out = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            if (widths.of(piece.text()) - widths.letterSpacingPt <= maxWidthPt + EPSILON_PT
                    || piece.text().codePointCount(0, piece.text().length()) < 2) {
                out.add(piece);
                continue;
            }
            List<String> chunks = new ArrayList<>();
            List<String> chunk = new ArrayList<>();
            for (String cluster : Pieces.clusters(piece.text())) {
                if (!chunk.isEmpty() && widths.of(String.join("", chunk) + cluster) - widths.letterSpacingPt
                        > maxWidthPt + EPSILON_PT) {
                    int cut = lastLegalCut(chunk, cluster);
                    if (cut > 0) {
                        chunks.add(String.join("", chunk.subList(0, cut)));
                        chunk = new ArrayList<>(chunk.subList(cut, chunk.size()));
                    }
                }
                chunk.add(cluster);
            }
            chunks.add(String.join("", chunk));
            for (int i = 0; i < chunks.size(); i++) {
                boolean last = i == chunks.size() - 1;
                out.add(new Piece(chunks.get(i), last ? piece.spaceAfter() : "", i == 0 && piece.goodBreakBefore()));
            }
        }
        return out;
    }

    /**
     * The last index {@code k ≥ 1} at which {@code chunk} may be cut (its part from {@code k} on,
     * then {@code next}, going to the next line), or 0 when there is none.
     */
    private static int lastLegalCut(List<String> chunk, String next) {
        for (int k = chunk.size(); k >= 1; k--) {
            String after = k < chunk.size() ? chunk.get(k) : next;
            String before = chunk.get(k - 1);
            if (!Kinsoku.isNoStart(after.codePointAt(0)) && !Kinsoku.isNoEnd(before.codePointAt(0))) {
                return k;
            }
        }
        return 0;
    }

    /** Measures strings once per call, letter spacing included after every character. */
    private final class Widths {
        private final FontSpec font;
        private final double letterSpacingPt;
        private final Map<String, Double> cache = new HashMap<>();

        Widths(FontSpec font, double letterSpacingPt) {
            this.font = font;
            this.letterSpacingPt = letterSpacingPt;
        }

        double of(String s) {
            if (s.isEmpty()) {
                return 0;
            }
            return cache.computeIfAbsent(s, k -> measurer.advancePt(k, font)
                    + letterSpacingPt * k.codePointCount(0, k.length()));
        }
    }

    /** The pieces of one paragraph with their widths; chooses where lines end. */
    private static final class Lines {
        private final List<Piece> pieces;
        private final double[] space;
        private final double letterSpacingPt;
        private final double maxWidthPt;
        /** {@code advance[k]}: width of pieces {@code [0, k)} with the spaces after them. */
        private final double[] advance;
        /** {@code visible[k]}: characters of pieces {@code [0, k)} that count towards a line's length. */
        private final int[] visible;
        /** {@code breakCost[k]}: how bad a break before piece {@code k} looks. */
        private final double[] breakCost;

        Lines(List<Piece> pieces, double[] width, double[] space, double letterSpacingPt, double maxWidthPt) {
            this.pieces = pieces;
            this.space = space;
            this.letterSpacingPt = letterSpacingPt;
            this.maxWidthPt = maxWidthPt;
            breakCost = BreakCosts.of(pieces);
            advance = new double[pieces.size() + 1];
            visible = new int[pieces.size() + 1];
            for (int i = 0; i < pieces.size(); i++) {
                advance[i + 1] = advance[i] + width[i] + space[i];
                visible[i + 1] = visible[i] + Kinsoku.visibleCount(pieces.get(i).text());
            }
        }

        /** Cost of a line break before piece {@code k}; 0 at the paragraph's end. */
        double breakCost(int k) {
            return k < pieces.size() ? breakCost[k] : 0;
        }

        /** Visible width of pieces {@code [from, to)} on one line. */
        double width(int from, int to) {
            return advance[to] - advance[from] - space[to - 1] - letterSpacingPt;
        }

        boolean fits(int from, int to) {
            return to - from == 1 || width(from, to) <= maxWidthPt + EPSILON_PT;
        }

        String text(int from, int to) {
            StringBuilder sb = new StringBuilder();
            for (int i = from; i < to; i++) {
                sb.append(pieces.get(i).text());
                if (i < to - 1) {
                    sb.append(pieces.get(i).spaceAfter());
                }
            }
            return sb.toString();
        }

        /** Fewest lines: each line takes pieces while they fit. */
        List<int[]> greedy() {
            List<int[]> ranges = new ArrayList<>();
            int start = 0;
            for (int j = 1; j < pieces.size(); j++) {
                if (!fits(start, j + 1)) {
                    ranges.add(new int[] {start, j});
                    start = j;
                }
            }
            ranges.add(new int[] {start, pieces.size()});
            return ranges;
        }

        /**
         * Pieces {@code [from, to)} in exactly {@code count} lines that fit, with the least cost.
         * Balanced: squared deviation of each line from the mean width (relative); otherwise
         * ragged: squared free share of every line but the last, so the lines stay close to
         * greedy filling but a break may move back to a better place. Both add the
         * {@link BreakCosts} of each break and a cost for one- or two-character lines. Falls back
         * to greedy if no such split exists.
         */
        List<int[]> best(int from, int to, int count, boolean balance) {
            int n = to - from;
            double target = Math.max(1e-6, width(from, to) / count);
            double[][] cost = new double[count + 1][n + 1];
            int[][] back = new int[count + 1][n + 1];
            for (double[] row : cost) {
                java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
            }
            cost[0][0] = 0;
            for (int k = 1; k <= count; k++) {
                for (int j = k; j <= n; j++) {
                    for (int i = k - 1; i < j; i++) {
                        if (cost[k - 1][i] == Double.POSITIVE_INFINITY || !fits(from + i, from + j)) {
                            continue;
                        }
                        double c = cost[k - 1][i] + lineCost(from + i, from + j, balance ? target : 0, j == n);
                        if (c < cost[k][j]) {
                            cost[k][j] = c;
                            back[k][j] = i;
                        }
                    }
                }
            }
            if (cost[count][n] == Double.POSITIVE_INFINITY) {
                return greedy().stream().filter(r -> r[0] >= from && r[1] <= to).toList();
            }
            List<int[]> ranges = new ArrayList<>();
            int j = n;
            for (int k = count; k >= 1; k--) {
                int i = back[k][j];
                ranges.add(0, new int[] {from + i, from + j});
                j = i;
            }
            return ranges;
        }

        /** Cost of one line; {@code target} is the mean width when balancing, 0 for ragged lines. */
        private double lineCost(int from, int to, double target, boolean last) {
            double cost;
            if (target > 0) {
                double deviation = (width(from, to) - target) / target;
                cost = deviation * deviation;
            } else {
                double free = last ? 0 : (maxWidthPt - width(from, to)) / maxWidthPt;
                cost = RAGGED_WEIGHT * free * free;
            }
            if (!last && to < pieces.size()) {
                cost += breakCost[to];
            }
            if (visible[to] - visible[from] <= SHORT_LINE_CHARS) {
                cost += SHORT_LINE_COST;
            }
            return cost;
        }
    }
}
