package org.podium.ui.presenter;

import java.util.Objects;

/**
 * Everything the presenter windows show that changes on a key press.
 *
 * @param index          0-based page on show, within the deck
 * @param blanking       what covers the slide, if anything
 * @param numberEntry    digits typed for a jump, empty when none
 * @param confirmingEnd  Esc was pressed while live: a second Esc ends, anything else carries on
 * @param ended          the presentation is over; the windows close
 * @param move           counts page changes; an auto-advance scheduled at one move is void at the next
 */
public record PresenterState(int index, Blanking blanking, String numberEntry, boolean confirmingEnd, boolean ended,
                             long move) {

    public PresenterState {
        Objects.requireNonNull(blanking, "blanking");
        Objects.requireNonNull(numberEntry, "numberEntry");
        if (index < 0) {
            throw new IllegalArgumentException("page index must be ≥ 0, was " + index);
        }
    }

    PresenterState withIndex(int newIndex) {
        return new PresenterState(newIndex, blanking, numberEntry, confirmingEnd, ended,
                newIndex == index ? move : move + 1);
    }

    PresenterState withBlanking(Blanking newBlanking) {
        return new PresenterState(index, newBlanking, numberEntry, confirmingEnd, ended, move);
    }

    PresenterState withNumberEntry(String digits) {
        return new PresenterState(index, blanking, digits, confirmingEnd, ended, move);
    }

    PresenterState withConfirmingEnd(boolean confirming) {
        return new PresenterState(index, blanking, numberEntry, confirming, ended, move);
    }

    PresenterState asEnded() {
        return new PresenterState(index, blanking, "", false, true, move);
    }
}
