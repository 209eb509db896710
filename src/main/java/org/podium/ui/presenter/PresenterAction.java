package org.podium.ui.presenter;

/** What a key or a console button asks the presenter to do. */
public enum PresenterAction {
    NEXT,
    PREVIOUS,
    FIRST,
    LAST,
    /** Black screen on, or off again. */
    BLACK,
    /** White screen on, or off again. */
    WHITE,
    /** Logo / holding slide on, or off again. */
    LOGO,
    /** Back to the slide from black, white or the holding slide (clickers' F5). */
    RESUME,
    /** A digit of a slide number; the digit travels separately. */
    DIGIT,
    /** Enter: jumps to the number typed, or moves on when none was typed. */
    ENTER,
    /** Backspace: erases the last digit typed, or goes back when none was typed. */
    BACKSPACE,
    /** Esc: clears a typed number, else asks to end (while live) or ends. */
    END,
    /** Tab: brings the console or the audience window to the front on a one-screen machine. */
    TOGGLE_CONSOLE
}
