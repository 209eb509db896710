package org.podium.layout;

/** How a paragraph's lines are chosen once the fewest possible lines is known. */
public enum BreakMode {
    /** Fill each line as far as it goes (plain reading text). */
    GREEDY,
    /**
     * As many lines as greedy filling, ragged right, but a break may move back to a better place
     * (after punctuation rather than inside a phrase) and a last line of one or two characters
     * takes some of the line above: body text, roles, attributions.
     */
    NO_WIDOW,
    /**
     * Same number of lines as greedy, widths evened out and breaks preferred at spaces and
     * punctuation: titles, headings, names, short quotes.
     */
    BALANCED
}
