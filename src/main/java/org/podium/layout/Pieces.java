package org.podium.layout;

import java.util.ArrayList;
import java.util.List;

/** Cuts a paragraph into {@link Piece}s: the units between which a line may break. */
final class Pieces {

    /** Longest bracketed phrase kept on one line, in characters. */
    static final int SHORT_PHRASE_CHARS = 8;

    private static final String OPENERS = "「『“‘《〈（【〔";
    private static final String CLOSERS = "」』”’》〉）】〕";

    private Pieces() {
    }

    static List<Piece> of(String paragraph) {
        List<Piece> out = new ArrayList<>();
        StringBuilder current = null;
        boolean currentGood = false;
        StringBuilder pendingSpace = new StringBuilder();
        int previousLast = -1;
        boolean previousCjk = false;
        int i = 0;
        int length = paragraph.length();
        while (i < length) {
            int cp = paragraph.codePointAt(i);
            if (Kinsoku.isSpace(cp)) {
                if (current != null) {
                    pendingSpace.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
                continue;
            }
            int end = atomEnd(paragraph, i);
            String atom = paragraph.substring(i, end);
            boolean atomCjk = Kinsoku.isCjk(cp) && !apostropheInWord(paragraph, i);
            int atomLast = lastBase(atom);
            if (current == null) {
                current = new StringBuilder(atom);
            } else {
                boolean spaced = pendingSpace.length() > 0;
                if (breakable(previousLast, previousCjk, cp, atomCjk, spaced)) {
                    out.add(new Piece(current.toString(), pendingSpace.toString(), currentGood));
                    current = new StringBuilder(atom);
                    currentGood = spaced || previousCjk != atomCjk || Kinsoku.isNoEnd(cp)
                            || Kinsoku.isNoStart(previousLast);
                } else {
                    current.append(pendingSpace).append(atom);
                }
            }
            pendingSpace.setLength(0);
            previousLast = atomLast;
            previousCjk = atomCjk;
            i = end;
        }
        if (current != null) {
            out.add(new Piece(current.toString(), "", currentGood));
        }
        return keepShortQuotesWhole(out);
    }

    /**
     * Joins the pieces of a short bracketed or quoted phrase ("「兩優一先」", "《人民日報》") into one,
     * so that a title breaks around the phrase rather than inside it. Longer phrases (more than
     * {@value #SHORT_PHRASE_CHARS} characters) stay breakable.
     */
    private static List<Piece> keepShortQuotesWhole(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces.size());
        int i = 0;
        while (i < pieces.size()) {
            Piece first = pieces.get(i);
            int close = closerOf(first.text().codePointAt(0));
            int end = i;
            if (close >= 0) {
                int visible = 0;
                for (int j = i; j < pieces.size(); j++) {
                    visible += Kinsoku.visibleCount(pieces.get(j).text());
                    if (visible > SHORT_PHRASE_CHARS) {
                        break;
                    }
                    String text = pieces.get(j).text();
                    if (text.indexOf(close, j == i ? Character.charCount(first.text().codePointAt(0)) : 0) >= 0) {
                        end = j;
                        break;
                    }
                }
            }
            if (end == i) {
                out.add(first);
            } else {
                StringBuilder text = new StringBuilder();
                for (int j = i; j <= end; j++) {
                    text.append(pieces.get(j).text());
                    if (j < end) {
                        text.append(pieces.get(j).spaceAfter());
                    }
                }
                out.add(new Piece(text.toString(), pieces.get(end).spaceAfter(), first.goodBreakBefore()));
            }
            i = end + 1;
        }
        return out;
    }

    private static int closerOf(int opener) {
        int index = OPENERS.indexOf(opener);
        return index < 0 ? -1 : CLOSERS.charAt(index);
    }

    private static boolean breakable(int previousLast, boolean previousCjk, int first, boolean atomCjk, boolean spaced) {
        // a middle dot never starts a line; with a space after it, a line may end on it ("日 · 南京")
        if (Kinsoku.isNoStart(first) || Kinsoku.isJoiningDot(first) || Kinsoku.isNoEnd(previousLast)) {
            return false;
        }
        if (spaced) {
            return true;
        }
        if (Kinsoku.isJoiningDot(previousLast)) {
            return false;
        }
        if (Kinsoku.isInseparable(first) && Kinsoku.isInseparable(previousLast)) {
            return false;
        }
        if (!previousCjk && atomCjk && Character.isDigit(previousLast)) {
            return false;
        }
        return previousCjk || atomCjk;
    }

    /** End of the unit starting at {@code start}: one CJK character, or a run of word characters; marks included. */
    private static int atomEnd(String s, int start) {
        int cp = s.codePointAt(start);
        int i = start + Character.charCount(cp);
        boolean cjk = Kinsoku.isCjk(cp) && !apostropheInWord(s, start);
        while (i < s.length()) {
            int next = s.codePointAt(i);
            boolean continues = Kinsoku.isMark(next)
                    || (!cjk && !Kinsoku.isSpace(next) && (!Kinsoku.isCjk(next) || apostropheInWord(s, i)));
            if (!continues) {
                break;
            }
            i += Character.charCount(next);
        }
        return i;
    }

    /** True for a right single quote used as an apostrophe: between two letters ("don’t"). */
    private static boolean apostropheInWord(String s, int index) {
        if (s.charAt(index) != '\u2019' || index == 0 || index + 1 >= s.length()) {
            return false;
        }
        int before = s.codePointBefore(index);
        int after = s.codePointAt(index + 1);
        return Character.isLetter(before) && !Kinsoku.isCjk(before) && Character.isLetter(after) && !Kinsoku.isCjk(after);
    }

    private static int lastBase(String atom) {
        int i = atom.length();
        while (i > 0) {
            int cp = atom.codePointBefore(i);
            if (!Kinsoku.isMark(cp)) {
                return cp;
            }
            i -= Character.charCount(cp);
        }
        return atom.codePointAt(0);
    }

    /** The characters of {@code s}, each with the marks that follow it. */
    static List<String> clusters(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int start = i;
            i += Character.charCount(s.codePointAt(i));
            while (i < s.length() && Kinsoku.isMark(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            out.add(s.substring(start, i));
        }
        return out;
    }
}
