package org.podium.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PresenterKeysTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "RIGHT, NEXT", "DOWN, NEXT", "SPACE, NEXT", "PAGE_DOWN, NEXT", "ENTER, ENTER",
            "LEFT, PREVIOUS", "UP, PREVIOUS", "PAGE_UP, PREVIOUS", "BACK_SPACE, BACKSPACE",
            "B, BLACK", "PERIOD, BLACK", "W, WHITE", "L, LOGO", "HOME, FIRST", "END, LAST",
            "ESCAPE, END", "F5, RESUME", "TAB, TOGGLE_CONSOLE", "DIGIT0, DIGIT", "DIGIT9, DIGIT", "NUMPAD7, DIGIT"})
    void everyKeyOfTheTableHasItsAction(String code, PresenterAction action) {
        assertThat(PresenterKeys.action(code, "", false)).contains(action);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "Q", "F1", "SHIFT", "CONTROL", "F11", "DIGIT", "NUMPAD10"})
    void otherKeysAreLeftAlone(String code) {
        assertThat(PresenterKeys.action(code, "", false)).isEmpty();
    }

    @Test
    void aPeriodTypedOnAnotherKeyStillBlacksOut() {
        assertThat(PresenterKeys.action("UNDEFINED", ".", false)).contains(PresenterAction.BLACK);
    }

    @Test
    void combinationsWithCtrlOrAltBelongToTheSystem() {
        assertThat(PresenterKeys.action("RIGHT", "", true)).isEmpty();
        assertThat(PresenterKeys.action("B", "b", true)).isEmpty();
    }

    @Test
    void digitsComeFromTheRowAndTheKeypad() {
        assertThat(PresenterKeys.digit("DIGIT3")).isEqualTo(OptionalInt.of(3));
        assertThat(PresenterKeys.digit("NUMPAD0")).isEqualTo(OptionalInt.of(0));
        assertThat(PresenterKeys.digit("PAGE_DOWN")).isEmpty();
    }
}
