package org.podium.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScreenChooserTest {

    private static final ScreenInfo LAPTOP = new ScreenInfo(new ScreenRect(0, 0, 1920, 1080), true);
    private static final ScreenInfo PROJECTOR = new ScreenInfo(new ScreenRect(1920, 0, 1280, 720), false);
    private static final ScreenInfo LED_WALL = new ScreenInfo(new ScreenRect(-1920, 0, 1920, 540), false);
    private static final ScreenInfo PROJECTOR_4K = new ScreenInfo(new ScreenRect(1920, 0, 3840, 2160), false);

    @Test
    void picksAScreenOtherThanThePrimaryByDefault() {
        ScreenChooser chooser = new ScreenChooser(null);
        Placement placement = chooser.choose(List.of(LAPTOP, PROJECTOR), 0);
        assertThat(placement.bounds()).isEqualTo(PROJECTOR.bounds());
        assertThat(placement.sharesConsoleScreen()).isFalse();
        assertThat(chooser.remembered()).contains(PROJECTOR.bounds());
        assertThat(ScreenChooser.consoleScreen(List.of(LAPTOP, PROJECTOR), placement)).isEqualTo(LAPTOP.bounds());
    }

    @Test
    void primaryListedSecondStillGetsTheConsole() {
        Placement placement = new ScreenChooser(null).choose(List.of(PROJECTOR, LAPTOP), 0);
        assertThat(placement.bounds()).isEqualTo(PROJECTOR.bounds());
        assertThat(ScreenChooser.consoleScreen(List.of(PROJECTOR, LAPTOP), placement)).isEqualTo(LAPTOP.bounds());
    }

    @Test
    void oneScreenIsSharedWithTheConsole() {
        Placement placement = new ScreenChooser(null).choose(List.of(LAPTOP), 0);
        assertThat(placement.bounds()).isEqualTo(LAPTOP.bounds());
        assertThat(placement.sharesConsoleScreen()).isTrue();
        assertThat(ScreenChooser.consoleScreen(List.of(LAPTOP), placement)).isEqualTo(LAPTOP.bounds());
    }

    @Test
    void theRememberedGeometryWinsOverListOrder() {
        ScreenChooser chooser = new ScreenChooser(LED_WALL.bounds());
        assertThat(chooser.choose(List.of(LAPTOP, PROJECTOR, LED_WALL), 0).bounds()).isEqualTo(LED_WALL.bounds());
        assertThat(new ScreenChooser(LED_WALL.bounds()).choose(List.of(LED_WALL, PROJECTOR, LAPTOP), 0).bounds())
                .isEqualTo(LED_WALL.bounds());
    }

    @Test
    void aRememberedScreenThatIsNotThereFallsBackToASecondaryOne() {
        ScreenChooser chooser = new ScreenChooser(LED_WALL.bounds());
        assertThat(chooser.choose(List.of(LAPTOP, PROJECTOR), 0).bounds()).isEqualTo(PROJECTOR.bounds());
        assertThat(chooser.remembered()).contains(PROJECTOR.bounds());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void aRequestedScreenNumberIsUsedWhenItExists(int number) {
        List<ScreenInfo> screens = List.of(LAPTOP, PROJECTOR, LED_WALL);
        assertThat(new ScreenChooser(LED_WALL.bounds()).choose(screens, number).bounds())
                .isEqualTo(screens.get(number - 1).bounds());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 4, 99})
    void aScreenNumberBeyondTheListIsIgnored(int number) {
        assertThat(new ScreenChooser(null).choose(List.of(LAPTOP, PROJECTOR, LED_WALL), number).bounds())
                .isEqualTo(PROJECTOR.bounds());
    }

    @Test
    void noScreensMeansHidden() {
        assertThat(new ScreenChooser(null).choose(List.of(), 0)).isEqualTo(Placement.HIDDEN);
        assertThat(new ScreenChooser(null).update(List.of())).isEqualTo(Placement.HIDDEN);
    }

    @Test
    void losingTheAudienceScreenHidesAndNeverMovesToTheOperatorsScreen() {
        ScreenChooser chooser = new ScreenChooser(null);
        chooser.choose(List.of(LAPTOP, PROJECTOR), 0);
        Placement lost = chooser.update(List.of(LAPTOP));
        assertThat(lost.shown()).isFalse();
        assertThat(lost.screen()).isEmpty();
        assertThat(chooser.remembered()).contains(PROJECTOR.bounds());
    }

    @Test
    void losingTheAudienceScreenHidesEvenWhenAnotherSecondaryScreenRemains() {
        ScreenChooser chooser = new ScreenChooser(null);
        chooser.choose(List.of(LAPTOP, PROJECTOR, LED_WALL), 0);
        assertThat(chooser.update(List.of(LAPTOP, LED_WALL)).shown()).isFalse();
    }

    @Test
    void theScreenReturningWithItsGeometryBringsTheWindowBackThere() {
        ScreenChooser chooser = new ScreenChooser(null);
        chooser.choose(List.of(LAPTOP, PROJECTOR), 0);
        chooser.update(List.of(LAPTOP));
        Placement back = chooser.update(List.of(PROJECTOR, LAPTOP));
        assertThat(back.bounds()).isEqualTo(PROJECTOR.bounds());
        assertThat(back.sharesConsoleScreen()).isFalse();
    }

    @Test
    void aDifferentScreenInThePlaceOfTheOldOneIsNotTakenOverUnasked() {
        ScreenChooser chooser = new ScreenChooser(null);
        chooser.choose(List.of(LAPTOP, PROJECTOR), 0);
        chooser.update(List.of(LAPTOP));
        assertThat(chooser.update(List.of(LAPTOP, PROJECTOR_4K)).shown()).isFalse();
    }

    @Test
    void unrelatedChangesKeepTheWindowWhereItIs() {
        ScreenChooser chooser = new ScreenChooser(null);
        chooser.choose(List.of(LAPTOP, PROJECTOR), 0);
        assertThat(chooser.update(List.of(LAPTOP, PROJECTOR, LED_WALL)).bounds()).isEqualTo(PROJECTOR.bounds());
        assertThat(chooser.update(List.of(PROJECTOR)).bounds()).as("the laptop lid closed").isEqualTo(PROJECTOR.bounds());
    }

    @Test
    void aSharedScreenGivesWayToAProjectorPluggedInLater() {
        ScreenChooser chooser = new ScreenChooser(null);
        assertThat(chooser.choose(List.of(LAPTOP), 0).sharesConsoleScreen()).isTrue();
        Placement moved = chooser.update(List.of(LAPTOP, PROJECTOR));
        assertThat(moved.bounds()).isEqualTo(PROJECTOR.bounds());
        assertThat(moved.sharesConsoleScreen()).isFalse();
        assertThat(chooser.update(List.of(LAPTOP)).shown()).as("and then it is the projector's").isFalse();
    }

    @Test
    void aScreenChosenFromTheConsoleIsRememberedAndFollowedLikeTheFirstChoice() {
        ScreenChooser chooser = new ScreenChooser(null);
        chooser.choose(List.of(LAPTOP, PROJECTOR, LED_WALL), 0);
        Placement moved = chooser.moveTo(List.of(LAPTOP, PROJECTOR, LED_WALL), LED_WALL.bounds()).orElseThrow();
        assertThat(moved.bounds()).isEqualTo(LED_WALL.bounds());
        assertThat(chooser.remembered()).contains(LED_WALL.bounds());
        assertThat(chooser.update(List.of(LAPTOP, PROJECTOR)).shown()).as("its screen gone: hidden, not moved").isFalse();
        assertThat(chooser.update(List.of(LED_WALL, LAPTOP, PROJECTOR)).bounds()).isEqualTo(LED_WALL.bounds());
    }

    @Test
    void movingToAScreenThatIsGoneChangesNothing() {
        ScreenChooser chooser = new ScreenChooser(null);
        chooser.choose(List.of(LAPTOP, PROJECTOR), 0);
        assertThat(chooser.moveTo(List.of(LAPTOP, PROJECTOR), LED_WALL.bounds())).isEmpty();
        assertThat(chooser.remembered()).contains(PROJECTOR.bounds());
    }

    @Test
    void theSlidesMovedOntoTheConsolesScreenStayThereWhenTheProjectorGoes() {
        ScreenChooser chooser = new ScreenChooser(null);
        chooser.choose(List.of(LAPTOP, PROJECTOR), 0);
        assertThat(chooser.moveTo(List.of(LAPTOP, PROJECTOR), LAPTOP.bounds()).orElseThrow().sharesConsoleScreen()).isFalse();
        Placement after = chooser.update(List.of(LAPTOP));
        assertThat(after.bounds()).isEqualTo(LAPTOP.bounds());
        assertThat(after.sharesConsoleScreen()).isTrue();
    }

    @Test
    void geometryRoundTripsThroughPreferencesText() {
        assertThat(ScreenRect.decode(LED_WALL.bounds().encode())).contains(LED_WALL.bounds());
        assertThat(ScreenRect.decode("1,2,3")).isEmpty();
        assertThat(ScreenRect.decode("a,b,c,d")).isEmpty();
        assertThat(ScreenRect.decode("0,0,0,0")).isEmpty();
        assertThat(ScreenRect.decode(null)).isEmpty();
    }
}
