package org.podium.ui.presenter;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.podium.model.SegmentKind;

/**
 * The presenter's key and auto-advance rules written out plainly, independently of
 * {@link PresenterViewModel}, for the stress tests to predict where a run of keys ends. Times are
 * milliseconds of a test's own clock.
 */
final class ReferencePresenter {

    /** One page: its segment's id and kind and its auto-advance delay (null for none). */
    record Page(String segment, SegmentKind kind, Duration autoAdvance) {
    }

    /** The part of the state a key changes. */
    record State(int index, Blanking blanking, String digits, boolean confirming) {
    }

    private final List<Page> pages;
    private State state = new State(0, Blanking.NONE, "", false);
    /** When the auto-advance armed by the last change comes due, or -1 when none is armed. */
    private long dueMs = -1;
    private int autoAdvances;

    ReferencePresenter(PresenterViewModel model) {
        this.pages = java.util.stream.IntStream.range(0, model.size())
                .mapToObj(i -> new Page(model.segmentAt(i).id().value(), model.segmentAt(i).kind(),
                        model.slideAt(i).autoAdvance()))
                .toList();
    }

    State state() {
        return state;
    }

    long dueMs() {
        return dueMs;
    }

    int autoAdvances() {
        return autoAdvances;
    }

    /** A key (by its action) pressed at {@code nowMs}. */
    void press(PresenterAction action, int digit, long nowMs) {
        State s = state;
        boolean confirming = false; // any key but Esc carries on
        int index = s.index();
        Blanking blanking = s.blanking();
        String digits = s.digits();
        switch (action) {
            case NEXT:
            case PREVIOUS:
            case FIRST:
            case LAST:
                if (blanking != Blanking.NONE) {
                    blanking = Blanking.NONE;
                } else {
                    index = target(action, index);
                }
                digits = "";
                break;
            case BLACK:
            case WHITE:
            case LOGO:
                Blanking wanted = action == PresenterAction.BLACK ? Blanking.BLACK
                        : action == PresenterAction.WHITE ? Blanking.WHITE : Blanking.LOGO;
                blanking = blanking == wanted ? Blanking.NONE : wanted;
                digits = "";
                break;
            case RESUME:
                blanking = Blanking.NONE;
                digits = "";
                break;
            case DIGIT:
                if (digits.length() < PresenterViewModel.MAX_DIGITS) {
                    digits = digits + digit;
                }
                break;
            case ENTER:
                if (digits.isEmpty()) {
                    press(PresenterAction.NEXT, 0, nowMs);
                    return;
                }
                int number = Integer.parseInt(digits);
                digits = "";
                if (number >= 1 && number <= pages.size()) {
                    index = number - 1;
                    blanking = Blanking.NONE;
                }
                break;
            case BACKSPACE:
                if (digits.isEmpty()) {
                    press(PresenterAction.PREVIOUS, 0, nowMs);
                    return;
                }
                digits = digits.substring(0, digits.length() - 1);
                break;
            case END:
                if (!digits.isEmpty()) {
                    digits = "";
                    confirming = s.confirming();
                } else if (s.confirming()) {
                    throw new IllegalStateException("the stress tests never end the presentation");
                } else {
                    confirming = true;
                }
                break;
            default:
                throw new IllegalArgumentException("not pressed by the stress tests: " + action);
        }
        change(new State(index, blanking, digits, confirming), nowMs);
    }

    /** Fires the armed auto-advance if it is due at {@code nowMs}; true when the page changed. */
    boolean tick(long nowMs) {
        if (dueMs < 0 || dueMs > nowMs) {
            return false;
        }
        long firedAt = dueMs;
        dueMs = -1;
        int to = autoTarget(state.index());
        autoAdvances++;
        change(new State(to, state.blanking(), state.digits(), state.confirming()), firedAt);
        return true;
    }

    private int target(PresenterAction action, int index) {
        switch (action) {
            case NEXT:
                return Math.min(index + 1, pages.size() - 1);
            case PREVIOUS:
                return Math.max(index - 1, 0);
            case FIRST:
                return 0;
            default:
                return pages.size() - 1;
        }
    }

    /** Every visible change re-arms the timer from now, as the presenter does. */
    private void change(State next, long nowMs) {
        if (Objects.equals(next, state)) {
            return;
        }
        state = next;
        Duration delay = pages.get(next.index()).autoAdvance();
        boolean armed = delay != null && next.blanking() == Blanking.NONE && next.digits().isEmpty()
                && !next.confirming() && autoTarget(next.index()) >= 0;
        dueMs = armed ? nowMs + delay.toMillis() : -1;
    }

    /** Next page, or the first of a photo montage from its last page; -1 for nowhere. */
    private int autoTarget(int index) {
        Page page = pages.get(index);
        boolean last = index + 1 >= pages.size() || !pages.get(index + 1).segment().equals(page.segment());
        if (last && page.kind() == SegmentKind.PHOTO_MONTAGE) {
            int first = index;
            while (first > 0 && pages.get(first - 1).segment().equals(page.segment())) {
                first--;
            }
            return first == index ? -1 : first;
        }
        return index + 1 < pages.size() ? index + 1 : -1;
    }
}
