package org.podium.ui.presenter;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The keyboard and clicker table, as a pure function of JavaFX {@code KeyCode} names (and the typed
 * character, for layouts where '.' is not on the PERIOD key). USB presenter remotes are keyboards
 * that send PgUp/PgDn, arrows, F5, Esc, '.' or B, so they work with no set-up.
 */
public final class PresenterKeys {

    private static final Map<String, PresenterAction> BY_CODE = Map.ofEntries(
            Map.entry("RIGHT", PresenterAction.NEXT),
            Map.entry("DOWN", PresenterAction.NEXT),
            Map.entry("SPACE", PresenterAction.NEXT),
            Map.entry("PAGE_DOWN", PresenterAction.NEXT),
            Map.entry("KP_RIGHT", PresenterAction.NEXT),
            Map.entry("KP_DOWN", PresenterAction.NEXT),
            Map.entry("ENTER", PresenterAction.ENTER),
            Map.entry("LEFT", PresenterAction.PREVIOUS),
            Map.entry("UP", PresenterAction.PREVIOUS),
            Map.entry("PAGE_UP", PresenterAction.PREVIOUS),
            Map.entry("KP_LEFT", PresenterAction.PREVIOUS),
            Map.entry("KP_UP", PresenterAction.PREVIOUS),
            Map.entry("BACK_SPACE", PresenterAction.BACKSPACE),
            Map.entry("HOME", PresenterAction.FIRST),
            Map.entry("END", PresenterAction.LAST),
            Map.entry("B", PresenterAction.BLACK),
            Map.entry("PERIOD", PresenterAction.BLACK),
            Map.entry("DECIMAL", PresenterAction.BLACK),
            Map.entry("W", PresenterAction.WHITE),
            Map.entry("COMMA", PresenterAction.WHITE),
            Map.entry("L", PresenterAction.LOGO),
            Map.entry("F5", PresenterAction.RESUME),
            Map.entry("ESCAPE", PresenterAction.END),
            Map.entry("TAB", PresenterAction.TOGGLE_CONSOLE));

    private PresenterKeys() {
    }

    /**
     * The action of a key press, or empty for a key the presenter leaves alone.
     *
     * @param codeName  {@code KeyCode.name()}, e.g. {@code PAGE_DOWN}, {@code DIGIT3}
     * @param text      the character the key produced, may be empty or {@code null}
     * @param modified  true when Ctrl, Alt or Meta is held: those combinations belong to the system
     */
    public static Optional<PresenterAction> action(String codeName, String text, boolean modified) {
        if (modified || codeName == null) {
            return Optional.empty();
        }
        if (digit(codeName).isPresent()) {
            return Optional.of(PresenterAction.DIGIT);
        }
        PresenterAction action = BY_CODE.get(codeName);
        if (action == null && ".".equals(text)) {
            action = PresenterAction.BLACK;
        }
        return Optional.ofNullable(action);
    }

    /** 0–9 for {@code DIGIT0}–{@code DIGIT9} and {@code NUMPAD0}–{@code NUMPAD9}, else empty. */
    public static OptionalInt digit(String codeName) {
        for (String prefix : new String[] {"DIGIT", "NUMPAD"}) {
            if (codeName.length() == prefix.length() + 1 && codeName.startsWith(prefix)) {
                char c = codeName.charAt(prefix.length());
                if (c >= '0' && c <= '9') {
                    return OptionalInt.of(c - '0');
                }
            }
        }
        return OptionalInt.empty();
    }
}
