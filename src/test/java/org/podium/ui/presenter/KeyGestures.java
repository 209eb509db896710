package org.podium.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Seeded random operator input for the stress tests: whole gestures (a slide number and Enter,
 * Esc and then something else), each key paired with the action the key table is meant to give
 * it, so a {@link ReferencePresenter} can follow without reading {@link PresenterKeys}.
 */
final class KeyGestures {

    /** One key press and what it means. */
    record Press(KeyCode code, String text, PresenterAction action, int digit) {

        KeyEvent event() {
            return new KeyEvent(KeyEvent.KEY_PRESSED, text, text, code, false, false, false, false);
        }
    }

    private static final KeyCode[] NEXT = {KeyCode.RIGHT, KeyCode.DOWN, KeyCode.SPACE, KeyCode.PAGE_DOWN};
    private static final KeyCode[] PREVIOUS = {KeyCode.LEFT, KeyCode.UP, KeyCode.PAGE_UP};

    private final Random random;
    private final int pages;

    KeyGestures(long seed, int pages) {
        this.random = new Random(seed);
        this.pages = pages;
    }

    /** The presses of {@code count} gestures; a gesture never leaves digits typed or the end asked. */
    List<Press> gestures(int count) {
        List<Press> presses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            gesture(presses, true);
        }
        return presses;
    }

    private void gesture(List<Press> into, boolean escapeAllowed) {
        int pick = random.nextInt(escapeAllowed ? 16 : 15);
        switch (pick) {
            case 0, 1, 2, 3 -> into.add(new Press(NEXT[random.nextInt(NEXT.length)], "", PresenterAction.NEXT, 0));
            case 4, 5 -> into.add(new Press(PREVIOUS[random.nextInt(PREVIOUS.length)], "", PresenterAction.PREVIOUS, 0));
            case 6 -> into.add(new Press(KeyCode.ENTER, "", PresenterAction.ENTER, 0));
            case 7 -> into.add(new Press(KeyCode.BACK_SPACE, "", PresenterAction.BACKSPACE, 0));
            case 8 -> number(into, true);
            case 9 -> number(into, false);
            case 10 -> into.add(random.nextBoolean() ? new Press(KeyCode.HOME, "", PresenterAction.FIRST, 0)
                    : new Press(KeyCode.END, "", PresenterAction.LAST, 0));
            case 11 -> into.add(random.nextBoolean() ? new Press(KeyCode.B, "b", PresenterAction.BLACK, 0)
                    : new Press(KeyCode.PERIOD, ".", PresenterAction.BLACK, 0));
            case 12 -> into.add(new Press(KeyCode.W, "w", PresenterAction.WHITE, 0));
            case 13 -> into.add(new Press(KeyCode.L, "l", PresenterAction.LOGO, 0));
            case 14 -> into.add(new Press(KeyCode.F5, "", PresenterAction.RESUME, 0));
            default -> {
                // Esc asks to end; the next key carries on (and acts)
                into.add(new Press(KeyCode.ESCAPE, "", PresenterAction.END, 0));
                gesture(into, false);
            }
        }
    }

    /** A slide number from 1 to a few past the end, then Enter to jump or Esc to drop it. */
    private void number(List<Press> into, boolean enter) {
        String digits = Integer.toString(1 + random.nextInt(pages + 3));
        for (char c : digits.toCharArray()) {
            int d = c - '0';
            KeyCode code = random.nextBoolean() ? KeyCode.valueOf("DIGIT" + d) : KeyCode.valueOf("NUMPAD" + d);
            into.add(new Press(code, String.valueOf(c), PresenterAction.DIGIT, d));
        }
        into.add(enter ? new Press(KeyCode.ENTER, "", PresenterAction.ENTER, 0)
                : new Press(KeyCode.ESCAPE, "", PresenterAction.END, 0));
    }
}
