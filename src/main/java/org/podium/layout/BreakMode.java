package org.podium.layout;

/** How a paragraph's lines are chosen once the fewest possible lines is known. */
public enum BreakMode {
    /** Fill each line as far as it goes (plain reading text). */
    GREEDY,
    /** Greedy, but a last line of one or two characters takes some of the line above. */
    NO_WIDOW,
    /**
     * Same number of lines as greedy, widths evened out and breaks preferred at spaces and
     * punctuation: titles, headings, names, short quotes.
     */
    BALANCED
}
