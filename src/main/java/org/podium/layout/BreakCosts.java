package org.podium.layout;

import java.util.List;

/**
 * How bad a line break before each piece of a paragraph looks, without a dictionary. Breaks at
 * spaces, after punctuation, before an opening bracket and where CJK meets Latin or digits cost
 * nothing. A break between two ideographs may split a word, so it costs something, more where a
 * split is likely to hurt: inside a short run between punctuation (「行動」 of 「三服務」行動：),
 * one character away from the run's end or inside a run of up to six (「服務企業群眾」), between repeated characters (兢｜兢業業), inside an
 * AABB word (兢兢｜業業) and before the suffix 們 (我｜們). After 的 and before 就, 並 or 才 a clause usually turns, so those cost less.
 * Costs are in the units of the breaker's squared width deviations: a weak break (0.08) costs
 * about as much as two balanced lines each 20 % off their mean, or a ragged line ending 16 %
 * short, so a break at punctuation that near wins over one between ideographs.
 */
final class BreakCosts {

    static final double GOOD = 0;
    static final double TURN = 0.02;
    static final double WEAK = 0.08;
    static final double RUN_EDGE = 0.15;
    static final double SPLIT_WORD = 0.4;

    /** A run of at most this many ideographs between good breaks is treated as one word. */
    static final int SHORT_RUN_CHARS = 4;
    /** A run of at most this many is likely one or two words: splitting it costs {@link #RUN_EDGE}. */
    static final int MEDIUM_RUN_CHARS = 6;

    private static final String BREAK_AFTER = "的";
    private static final String BREAK_BEFORE = "就並才";
    /** Suffixes that always end a word (我們, 人們): never worth starting a line with. */
    private static final String SUFFIXES = "們们";

    private BreakCosts() {
    }

    /** {@code cost[k]}: cost of a break before piece {@code k}; {@code cost[0]} is 0 and unused. */
    static double[] of(List<Piece> pieces) {
        int n = pieces.size();
        double[] cost = new double[n];
        // runs: pieces joined by weak breaks; visible characters before each weak break within its run
        int[] runStart = new int[n];
        int[] visibleBefore = new int[n + 1];
        for (int k = 0; k < n; k++) {
            visibleBefore[k + 1] = visibleBefore[k] + Kinsoku.visibleCount(pieces.get(k).text());
            runStart[k] = k == 0 || pieces.get(k).goodBreakBefore() ? k : runStart[k - 1];
        }
        int[] runEnd = new int[n];
        for (int k = n - 1; k >= 0; k--) {
            runEnd[k] = k == n - 1 || pieces.get(k + 1).goodBreakBefore() ? k + 1 : runEnd[k + 1];
        }
        for (int k = 1; k < n; k++) {
            if (pieces.get(k).goodBreakBefore()) {
                cost[k] = GOOD;
                continue;
            }
            String before = pieces.get(k - 1).text();
            String after = pieces.get(k).text();
            int a = before.codePointBefore(before.length());
            int b = after.codePointAt(0);
            int runLength = visibleBefore[runEnd[k]] - visibleBefore[runStart[k]];
            int left = visibleBefore[k] - visibleBefore[runStart[k]];
            int right = visibleBefore[runEnd[k]] - visibleBefore[k];
            if (a == b || isAabb(pieces, k) || runLength <= SHORT_RUN_CHARS || SUFFIXES.indexOf(b) >= 0) {
                cost[k] = SPLIT_WORD;
            } else if (BREAK_AFTER.indexOf(a) >= 0 || BREAK_BEFORE.indexOf(b) >= 0) {
                cost[k] = TURN;
            } else if (left <= 1 || right <= 1 || runLength <= MEDIUM_RUN_CHARS) {
                cost[k] = RUN_EDGE;
            } else {
                cost[k] = WEAK;
            }
        }
        return cost;
    }

    /** True when the break before piece {@code k} falls in the middle of AABB (兢兢｜業業). */
    private static boolean isAabb(List<Piece> pieces, int k) {
        if (k < 2 || k + 1 >= pieces.size()) {
            return false;
        }
        return same(pieces.get(k - 2), pieces.get(k - 1)) && same(pieces.get(k), pieces.get(k + 1))
                && !pieces.get(k - 1).goodBreakBefore() && !pieces.get(k + 1).goodBreakBefore();
    }

    private static boolean same(Piece x, Piece y) {
        return x.text().equals(y.text()) && x.text().codePointCount(0, x.text().length()) == 1;
    }
}
