package org.podium.layout;

/**
 * A run of text no line may break inside, with the spaces that follow it (dropped when a line
 * ends after it).
 *
 * @param text            the characters, never empty
 * @param spaceAfter      whitespace after the run; empty when the next run touches it
 * @param goodBreakBefore true when breaking before this run falls at a space, punctuation or a
 *                        change of script, so a balanced title prefers it to a break mid-phrase
 */
record Piece(String text, String spaceAfter, boolean goodBreakBefore) {
}
