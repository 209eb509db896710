package org.podium.ui.problems;

import org.podium.ui.session.Selection;

/**
 * One line of the problems panel.
 *
 * @param message in the UI language
 * @param error   true for an error, false for a warning
 * @param target  what to select when the line is clicked, or {@code null} for the whole programme
 */
public record ProblemRow(String message, boolean error, Selection target) {
}
