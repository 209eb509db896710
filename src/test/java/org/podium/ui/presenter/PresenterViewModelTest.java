package org.podium.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.model.Programme;

/** The presenter's rules without a window; the deck of {@link Decks#timed()} has 8 pages. */
class PresenterViewModelTest {

    private final Programme programme = Decks.timed();
    private Decks.MutableClock clock;
    private PresenterViewModel model;

    @BeforeEach
    void open() {
        clock = new Decks.MutableClock(LocalDate.of(2021, 6, 23), LocalTime.of(14, 30));
        model = new PresenterViewModel(programme, Decks.pages(programme), clock, 0, false);
    }

    private void key(String code) {
        model.onKey(code, "", false);
    }

    private int index() {
        return model.state().index();
    }

    @Test
    void deckIsEveryPageInOrder() {
        assertThat(model.size()).isEqualTo(8);
        assertThat(model.currentSegment().title()).isEqualTo("區級機關工委書記致辭");
        assertThat(model.next()).contains(model.pages().get(1));
    }

    @Test
    void nextAndPreviousKeysMoveOnePageAndStopAtTheEnds() {
        for (String code : new String[] {"RIGHT", "DOWN", "SPACE", "PAGE_DOWN", "ENTER"}) {
            int before = index();
            key(code);
            assertThat(index()).as(code).isEqualTo(before + 1);
        }
        for (String code : new String[] {"LEFT", "UP", "PAGE_UP", "BACK_SPACE"}) {
            int before = index();
            key(code);
            assertThat(index()).as(code).isEqualTo(before - 1);
        }
        key("HOME");
        key("LEFT");
        assertThat(index()).isZero();
        key("END");
        assertThat(index()).isEqualTo(7);
        assertThat(model.next()).isEmpty();
        key("RIGHT");
        assertThat(index()).isEqualTo(7);
    }

    @Test
    void blackWhiteAndLogoToggleAndReplaceEachOther() {
        key("B");
        assertThat(model.state().blanking()).isEqualTo(Blanking.BLACK);
        key("B");
        assertThat(model.state().blanking()).isEqualTo(Blanking.NONE);
        model.onKey("PERIOD", ".", false);
        assertThat(model.state().blanking()).isEqualTo(Blanking.BLACK);
        key("W");
        assertThat(model.state().blanking()).isEqualTo(Blanking.WHITE);
        key("L");
        assertThat(model.state().blanking()).isEqualTo(Blanking.LOGO);
        key("F5");
        assertThat(model.state().blanking()).isEqualTo(Blanking.NONE);
    }

    @Test
    void movingWhileBlankedUncoversTheSameSlideFirst() {
        key("RIGHT");
        key("B");
        key("RIGHT");
        assertThat(model.state().blanking()).isEqualTo(Blanking.NONE);
        assertThat(index()).isEqualTo(1);
        key("RIGHT");
        assertThat(index()).isEqualTo(2);
    }

    @Test
    void aNumberThenEnterJumpsToThatSlide() {
        key("DIGIT6");
        assertThat(model.state().numberEntry()).isEqualTo("6");
        assertThat(index()).isZero();
        key("ENTER");
        assertThat(index()).isEqualTo(5);
        assertThat(model.state().numberEntry()).isEmpty();
    }

    @Test
    void numberEntryCanBeCorrectedAndOutOfRangeNumbersGoNowhere() {
        key("DIGIT1");
        key("DIGIT2");
        key("BACK_SPACE");
        assertThat(model.state().numberEntry()).isEqualTo("1");
        assertThat(index()).isZero();
        key("DIGIT9");
        key("ENTER");
        assertThat(index()).as("19 is beyond 8 pages").isZero();
        key("DIGIT0");
        key("ENTER");
        assertThat(index()).isZero();
        key("DIGIT3");
        key("ESCAPE");
        assertThat(model.state().numberEntry()).isEmpty();
        assertThat(model.state().confirmingEnd()).as("Esc cleared the number only").isFalse();
        for (int i = 0; i < 9; i++) {
            key("DIGIT1");
        }
        assertThat(model.state().numberEntry()).hasSize(PresenterViewModel.MAX_DIGITS);
    }

    @Test
    void escapeWhileLiveAsksFirstAndAnyOtherKeyCarriesOn() {
        key("ESCAPE");
        assertThat(model.state().confirmingEnd()).isTrue();
        assertThat(model.state().ended()).isFalse();
        key("RIGHT");
        assertThat(model.state().confirmingEnd()).isFalse();
        assertThat(index()).isEqualTo(1);
        key("ESCAPE");
        key("ESCAPE");
        assertThat(model.state().ended()).isTrue();
        key("RIGHT");
        assertThat(index()).as("nothing moves once ended").isEqualTo(1);
    }

    @Test
    void escapeEndsAtOnceWhenNotLive() {
        model.setLive(false);
        key("ESCAPE");
        assertThat(model.state().ended()).isTrue();
    }

    @Test
    void segmentTimerCountsPerSegmentAndTurnsOverrun() {
        clock.advance(Duration.ofMinutes(4));
        assertThat(model.readout().segmentElapsed()).isEqualTo(Duration.ofMinutes(4));
        assertThat(model.readout().overrun()).isFalse();
        key("END"); // closing
        clock.advance(Duration.ofMinutes(1));
        key("HOME"); // back to the address: its time is kept
        assertThat(model.readout().segmentElapsed()).isEqualTo(Duration.ofMinutes(4));
        clock.advance(Duration.ofMinutes(7));
        assertThat(model.readout().segmentElapsed()).isEqualTo(Duration.ofMinutes(11));
        assertThat(model.readout().segmentPlanned()).contains(Duration.ofMinutes(10));
        assertThat(model.readout().overrun()).isTrue();
    }

    @Test
    void scheduleSaysHowFarBehindOrAheadTheProgrammeRuns() {
        clock.advance(Duration.ofMinutes(2));
        assertThat(model.readout().scheduleOffset()).contains(Duration.ZERO);
        clock.advance(Duration.ofMinutes(10)); // 12 min into a 10 min address
        assertThat(model.readout().scheduleOffset()).contains(Duration.ofMinutes(2));
        key("DIGIT3");
        key("ENTER"); // the montage, planned for 14:40, entered at 14:42
        assertThat(model.readout().scheduleOffset()).contains(Duration.ofMinutes(2));
        key("DIGIT6");
        key("ENTER"); // the testimony, planned for 14:43, entered at 14:42: a minute ahead
        assertThat(model.readout().scheduleOffset()).contains(Duration.ofMinutes(-1));
    }

    @Test
    void holdingSlideCountsDownToTheStartAndPausesTheTimer() {
        clock = new Decks.MutableClock(LocalDate.of(2021, 6, 23), LocalTime.of(14, 20));
        model = new PresenterViewModel(programme, Decks.pages(programme), clock, 0, true);
        assertThat(model.state().blanking()).isEqualTo(Blanking.LOGO);
        assertThat(model.readout().untilStart()).contains(Duration.ofMinutes(10));
        assertThat(model.readout().scheduleOffset()).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(model.readout().segmentElapsed()).isZero();
        key("RIGHT"); // leaves the holding slide, stays on page 1
        assertThat(index()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(model.readout().segmentElapsed()).isEqualTo(Duration.ofMinutes(1));
        assertThat(model.readout().untilStart()).isEmpty();
    }

    @Test
    void aRehearsalOnAnotherDayHasNoCountdownAndNoScheduleOffset() {
        clock = new Decks.MutableClock(LocalDate.of(2021, 6, 22), LocalTime.of(14, 20));
        model = new PresenterViewModel(programme, Decks.pages(programme), clock, 0, false);

        assertThat(PresenterViewModel.isTheDay(programme, LocalDate.of(2021, 6, 22))).isFalse();
        assertThat(PresenterViewModel.isTheDay(programme, LocalDate.of(2021, 6, 23))).isTrue();
        assertThat(PresenterViewModel.isTheDay(programme.withDate(null), LocalDate.of(2021, 6, 22))).isTrue();
        assertThat(model.readout().untilStart()).isEmpty();
        assertThat(model.readout().scheduleOffset()).isEmpty();
    }

    @Test
    void autoAdvanceMovesOnOnlyFromTheSlideItWasScheduledFor() {
        assertThat(model.autoAdvanceDelay()).as("the address waits for the operator").isEmpty();
        model.jumpTo(2);
        assertThat(model.autoAdvanceDelay()).contains(Duration.ofSeconds(5));
        long scheduled = model.state().move();
        key("RIGHT"); // the operator is quicker
        assertThat(model.autoAdvance(scheduled)).as("stale").isFalse();
        assertThat(index()).isEqualTo(3);
        assertThat(model.autoAdvance(model.state().move())).isTrue();
        assertThat(index()).isEqualTo(4);
    }

    @Test
    void photoMontageLoopsUntilTheOperatorMovesOn() {
        model.jumpTo(4); // last montage page
        assertThat(model.autoAdvance(model.state().move())).isTrue();
        assertThat(index()).as("back to the montage's first page").isEqualTo(2);
        model.jumpTo(4);
        key("RIGHT");
        assertThat(index()).as("the operator leaves the montage").isEqualTo(5);
    }

    @Test
    void autoAdvanceWaitsWhileBlankedAndStopsAtTheLastPage() {
        model.jumpTo(2);
        key("B");
        assertThat(model.autoAdvanceDelay()).isEmpty();
        assertThat(model.autoAdvance(model.state().move())).isFalse();
        key("END"); // uncovers
        key("END");
        assertThat(index()).isEqualTo(7);
        assertThat(model.autoAdvanceDelay()).as("the closing slide has nowhere to go").isEmpty();
    }

    @Test
    void autoAdvanceRacingWithKeysNeverSkipsOrLeavesTheDeck() {
        Random random = new Random(7);
        String[] keys = {"RIGHT", "LEFT", "B", "DIGIT4", "ENTER", "HOME", "END", "PAGE_DOWN"};
        long pending = model.state().move();
        for (int i = 0; i < 5_000; i++) {
            int before = index();
            if (random.nextBoolean()) {
                key(keys[random.nextInt(keys.length)]);
            } else {
                long scheduledFor = model.state().move();
                boolean fired = model.autoAdvance(random.nextInt(4) == 0 ? pending : scheduledFor);
                if (fired) {
                    assertThat(index()).isIn(before + 1, 2);
                }
                pending = scheduledFor;
            }
            assertThat(index()).isBetween(0, model.size() - 1);
        }
    }

    @Test
    void notesJoinTheSlidesAndTheSegments() {
        assertThat(model.notes()).isEqualTo("address 備註 1\n\naddress 環節備註");
    }

    @Test
    void jumpingFromTheRunningOrderUncoversTheSlide() {
        key("W");
        model.jumpTo(6);
        assertThat(index()).isEqualTo(6);
        assertThat(model.state().blanking()).isEqualTo(Blanking.NONE);
        model.perform(PresenterAction.DIGIT, OptionalInt.of(2));
        model.jumpTo(99);
        assertThat(index()).isEqualTo(6);
    }
}
