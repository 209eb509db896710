package org.podium.ui.presenter;

import java.util.ArrayList;
import java.util.List;

/**
 * The console's "audience screen" menu as pure logic: the screens to offer, and what choosing one
 * does. Moving the slides onto the screen the console is on would hide the console behind them,
 * so with more than one screen that asks first; with one screen there is nowhere else to go and
 * choosing it switches between slides and console, as Tab does.
 */
public final class AudienceScreens {

    /**
     * One screen in the menu.
     *
     * @param number   1-based position in the toolkit's list, as {@code --screen=} counts
     * @param bounds   where it is
     * @param console  the console is on it (the operator's screen)
     * @param audience the slides are on it now
     */
    public record Choice(int number, ScreenRect bounds, boolean console, boolean audience) {
    }

    /** What choosing a screen does. */
    public enum Move {
        /** The slides are there already, or the screen is gone. */
        NOTHING,
        /** Move the slides there. */
        MOVE,
        /** Ask first: the slides would cover the console. */
        CONFIRM,
        /** One screen only: bring the slides or the console to the front, as Tab does. */
        TOGGLE_CONSOLE
    }

    private AudienceScreens() {
    }

    /**
     * @param screens the screens now, in the toolkit's order
     * @param audience where the slides are (hidden while their screen is gone)
     * @param consoleScreen the screen the console is on
     */
    public static List<Choice> choices(List<ScreenInfo> screens, Placement audience, ScreenRect consoleScreen) {
        List<Choice> choices = new ArrayList<>(screens.size());
        for (int i = 0; i < screens.size(); i++) {
            ScreenRect bounds = screens.get(i).bounds();
            choices.add(new Choice(i + 1, bounds, bounds.equals(consoleScreen),
                    audience.shown() && bounds.equals(audience.bounds())));
        }
        return choices;
    }

    /** What choosing {@code target} from the menu does. */
    public static Move decide(List<ScreenInfo> screens, Placement audience, ScreenRect consoleScreen, ScreenRect target) {
        if (screens.stream().noneMatch(s -> s.bounds().equals(target))) {
            return Move.NOTHING;
        }
        if (screens.size() == 1) {
            return Move.TOGGLE_CONSOLE;
        }
        if (audience.shown() && target.equals(audience.bounds())) {
            return Move.NOTHING;
        }
        return target.equals(consoleScreen) ? Move.CONFIRM : Move.MOVE;
    }
}
