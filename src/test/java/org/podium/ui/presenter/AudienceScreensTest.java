package org.podium.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The console's audience-screen menu without a toolkit: what it lists and what a choice does. */
class AudienceScreensTest {

    private static final ScreenInfo LAPTOP = new ScreenInfo(new ScreenRect(0, 0, 1920, 1080), true);
    private static final ScreenInfo PROJECTOR = new ScreenInfo(new ScreenRect(1920, 0, 1280, 720), false);
    private static final ScreenInfo LED_WALL = new ScreenInfo(new ScreenRect(-1920, 0, 1920, 540), false);
    private static final List<ScreenInfo> THREE = List.of(LAPTOP, PROJECTOR, LED_WALL);

    private static Placement on(ScreenInfo screen) {
        return new Placement(screen.bounds(), false);
    }

    @Test
    void listsEveryScreenInOrderMarkingTheConsolesAndTheAudiences() {
        List<AudienceScreens.Choice> choices = AudienceScreens.choices(THREE, on(PROJECTOR), LAPTOP.bounds());
        assertThat(choices).containsExactly(
                new AudienceScreens.Choice(1, LAPTOP.bounds(), true, false),
                new AudienceScreens.Choice(2, PROJECTOR.bounds(), false, true),
                new AudienceScreens.Choice(3, LED_WALL.bounds(), false, false));
    }

    @Test
    void whileTheAudienceScreenIsGoneNoScreenIsMarkedAsTheAudiences() {
        assertThat(AudienceScreens.choices(List.of(LAPTOP, LED_WALL), Placement.HIDDEN, LAPTOP.bounds()))
                .noneMatch(AudienceScreens.Choice::audience);
    }

    @Test
    void anotherScreenThanTheConsolesIsMovedToAtOnce() {
        assertThat(AudienceScreens.decide(THREE, on(PROJECTOR), LAPTOP.bounds(), LED_WALL.bounds()))
                .isEqualTo(AudienceScreens.Move.MOVE);
        assertThat(AudienceScreens.decide(List.of(LAPTOP, LED_WALL), Placement.HIDDEN, LAPTOP.bounds(), LED_WALL.bounds()))
                .as("the operator may send hidden slides to another screen").isEqualTo(AudienceScreens.Move.MOVE);
    }

    @Test
    void theConsolesOwnScreenAsksFirstWhenThereIsAnother() {
        assertThat(AudienceScreens.decide(List.of(LAPTOP, PROJECTOR), on(PROJECTOR), LAPTOP.bounds(), LAPTOP.bounds()))
                .isEqualTo(AudienceScreens.Move.CONFIRM);
        assertThat(AudienceScreens.decide(List.of(LAPTOP), Placement.HIDDEN, LAPTOP.bounds(), LAPTOP.bounds()))
                .isEqualTo(AudienceScreens.Move.TOGGLE_CONSOLE);
    }

    @Test
    void withOneScreenChoosingItSwitchesWindowsAsTabDoes() {
        Placement shared = new Placement(LAPTOP.bounds(), true);
        assertThat(AudienceScreens.decide(List.of(LAPTOP), shared, LAPTOP.bounds(), LAPTOP.bounds()))
                .isEqualTo(AudienceScreens.Move.TOGGLE_CONSOLE);
    }

    @Test
    void theScreenTheSlidesAreOnOrAScreenNoLongerThereDoNothing() {
        assertThat(AudienceScreens.decide(THREE, on(PROJECTOR), LAPTOP.bounds(), PROJECTOR.bounds()))
                .isEqualTo(AudienceScreens.Move.NOTHING);
        assertThat(AudienceScreens.decide(List.of(LAPTOP, PROJECTOR), on(PROJECTOR), LAPTOP.bounds(), LED_WALL.bounds()))
                .as("unplugged while the menu was open").isEqualTo(AudienceScreens.Move.NOTHING);
    }
}
