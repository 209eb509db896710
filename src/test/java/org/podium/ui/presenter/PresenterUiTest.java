package org.podium.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podium.media.MediaStore;
import org.podium.media.PhotoCache;
import org.podium.model.Programme;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Stylesheets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console and the audience window, headless, on Monocle's single screen: the audience window
 * takes it and the console is a Tab away. Auto-advance is fired by the test, not by time.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PresenterUiTest {

    private final Programme programme = Decks.timed();
    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Presenter presenter;
    private Decks.MutableClock clock;
    private boolean ended;

    /** The harness's primary stage is shared with other UI tests; the presenter makes its own. */
    @Start
    void start(Stage primary) {
        Stylesheets.installBaseTheme();
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        clock = new Decks.MutableClock(LocalDate.of(2021, 6, 23), LocalTime.of(14, 35));
        presenter = new Presenter(programme, Decks.pages(programme), MediaStore.empty(),
                new PhotoCache(PhotoPrefetcher.PRESENTER_BUDGET_BYTES, (ref, store, request) -> {
                    throw new AssertionError("no photos here");
                }), Runnable::run, Messages.load(Locale.forLanguageTag("zh-Hant-TW")), clock, null, PresenterOptions.defaults().withFade(javafx.util.Duration.ZERO), new Stage(), new Stage());
        presenter.setScheduler((delay, task) -> {
            scheduled.add(task);
            return () -> scheduled.remove(task);
        });
        presenter.setOnEnded(() -> ended = true);
        presenter.start();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(presenter::end);
    }

    private String text(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAs(Label.class).getText();
    }

    private int audiencePage() {
        String id = presenter.audience().shownSlide().getId();
        return Integer.parseInt(id.substring(Presenter.AUDIENCE_PAGE_ID.length()));
    }

    private int index() {
        return presenter.model().state().index();
    }

    @Test
    void audienceWindowCoversTheOnlyScreenWithoutDecorationOrCursor() {
        assertThat(presenter.placement().sharesConsoleScreen()).isTrue();
        Stage audience = presenter.audience().stage();
        assertThat(audience.isShowing()).isTrue();
        assertThat(audience.getStyle()).isEqualTo(javafx.stage.StageStyle.UNDECORATED);
        assertThat(audience.getScene().getCursor()).isEqualTo(javafx.scene.Cursor.NONE);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        assertThat(audience.getX()).isEqualTo(screen.getMinX());
        assertThat(audience.getWidth()).isEqualTo(screen.getWidth());
        assertThat(audience.getHeight()).isEqualTo(screen.getHeight());
        assertThat(audiencePage()).isEqualTo(1);
    }

    @Test
    void consoleShowsCurrentAndNextWithTheSegmentAndNotes(FxRobot robot) {
        assertThat(text(robot, "console-position")).isEqualTo("第 1 / 8 張");
        assertThat(text(robot, "console-segment-title")).isEqualTo("區級機關工委書記致辭");
        assertThat(text(robot, "console-segment-people")).isEqualTo("陳懷健（書記）");
        assertThat(text(robot, "console-notes")).contains("address 備註 1");
        assertThat(text(robot, "console-segment-timer")).isEqualTo("0:00 / 10:00");
        assertThat(text(robot, "console-clock")).isEqualTo("14:35:00");
        ScaledPreview currentPreview = robot.lookup(".console-preview-current").queryAs(ScaledPreview.class);
        ScaledPreview nextPreview = robot.lookup(".console-preview-next").queryAs(ScaledPreview.class);
        assertThat(currentPreview.content()).isNotNull();
        Object nextBefore = nextPreview.content();

        robot.type(KeyCode.RIGHT);

        assertThat(text(robot, "console-position")).isEqualTo("第 2 / 8 張");
        assertThat(currentPreview.content()).isNotSameAs(nextBefore);
        assertThat(nextPreview.content()).isNotSameAs(nextBefore);
        assertThat(text(robot, "console-notes")).contains("address 備註 2");
        assertThat(audiencePage()).isEqualTo(2);
        ListView<?> order = robot.lookup(".console-pages").queryAs(ListView.class);
        assertThat(order.getSelectionModel().getSelectedIndex()).isEqualTo(1);
    }

    @Test
    void everyNavigationKeyMovesTheAudienceWindow(FxRobot robot) {
        for (KeyCode key : new KeyCode[] {KeyCode.RIGHT, KeyCode.DOWN, KeyCode.SPACE, KeyCode.PAGE_DOWN, KeyCode.ENTER}) {
            int before = index();
            robot.type(key);
            assertThat(index()).as(key.name()).isEqualTo(before + 1);
            assertThat(audiencePage()).as(key.name()).isEqualTo(before + 2);
        }
        for (KeyCode key : new KeyCode[] {KeyCode.LEFT, KeyCode.UP, KeyCode.PAGE_UP, KeyCode.BACK_SPACE}) {
            int before = index();
            robot.type(key);
            assertThat(index()).as(key.name()).isEqualTo(before - 1);
        }
        robot.type(KeyCode.END);
        assertThat(audiencePage()).isEqualTo(8);
        assertThat(robot.lookup(".console-end-marker").tryQuery()).isPresent();
        robot.type(KeyCode.HOME);
        assertThat(audiencePage()).isEqualTo(1);
    }

    @Test
    void numberThenEnterJumps(FxRobot robot) {
        robot.type(KeyCode.DIGIT7);
        assertThat(text(robot, "console-number-entry")).isEqualTo("跳到第 7 張 — 按 Enter");
        robot.type(KeyCode.ENTER);
        assertThat(audiencePage()).isEqualTo(7);
        assertThat(text(robot, "console-number-entry")).isEmpty();
        robot.type(KeyCode.NUMPAD3, KeyCode.ENTER);
        assertThat(audiencePage()).isEqualTo(3);
    }

    @Test
    void blackWhiteAndHoldingCoverTheSlideAndToggleOff(FxRobot robot) {
        robot.type(KeyCode.B);
        assertThat(presenter.audience().blankingShown()).isEqualTo(Blanking.BLACK);
        assertThat(text(robot, "console-blanking")).isEqualTo("觀眾看到黑畫面");
        robot.type(KeyCode.B);
        assertThat(presenter.audience().blankingShown()).isEqualTo(Blanking.NONE);
        robot.type(KeyCode.PERIOD);
        assertThat(presenter.audience().blankingShown()).isEqualTo(Blanking.BLACK);
        robot.type(KeyCode.W);
        assertThat(presenter.audience().blankingShown()).isEqualTo(Blanking.WHITE);
        robot.type(KeyCode.L);
        assertThat(presenter.audience().blankingShown()).isEqualTo(Blanking.LOGO);
        assertThat(robot.lookup(".holding-title").queryAs(Label.class).getText()).isEqualTo("分享會");
        robot.type(KeyCode.L);
        assertThat(presenter.audience().blankingShown()).isEqualTo(Blanking.NONE);
        assertThat(audiencePage()).isEqualTo(1);
        robot.type(KeyCode.W);
        robot.type(KeyCode.F5); // a clicker's "play" key brings the slide back
        assertThat(presenter.audience().blankingShown()).isEqualTo(Blanking.NONE);
    }

    @Test
    void warmingUpTheRunningOrderLeavesItOnThePageOnShow(FxRobot robot) throws Exception {
        // the warm-up at start: one slide kind per pulse, then the list
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, presenter.warmedUp().toCompletableFuture());
        ListView<?> order = robot.lookup(".console-pages").queryAs(ListView.class);
        assertThat(order.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.DIGIT6, KeyCode.ENTER);
        Object notesBefore = text(robot, "console-notes");

        robot.interact(() -> presenter.console().warmUpRunningOrder());

        assertThat(order.getSelectionModel().getSelectedIndices()).containsExactly(5);
        assertThat(index()).isEqualTo(5);
        assertThat(audiencePage()).isEqualTo(6);
        assertThat(text(robot, "console-notes")).isEqualTo(notesBefore);
        assertThat(robot.lookup(".console-pages .list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .as("the page on show still in view")
                .anyMatch(cell -> cell.getIndex() == 5 && cell.isVisible() && cell.getText() != null);
    }

    @Test
    void clickingTheRunningOrderJumpsThere(FxRobot robot) {
        robot.interact(() -> presenter.consoleStage().toFront());
        robot.clickOn("7  先進事跡分享 2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(audiencePage()).isEqualTo(7);
        assertThat(text(robot, "console-position")).isEqualTo("第 7 / 8 張");
    }

    @Test
    void consoleButtonsBlankTheAudience(FxRobot robot) {
        robot.interact(() -> presenter.consoleStage().toFront());
        robot.clickOn(".console-footer .toggle-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presenter.audience().blankingShown()).isEqualTo(Blanking.BLACK);
    }

    @Test
    void tabSwitchesBetweenSlidesAndConsoleOnOneScreen(FxRobot robot) {
        robot.interact(() -> presenter.audience().stage().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.TAB);
        assertThat(presenter.consoleStage().isFocused()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(presenter.audience().stage().isFocused()).isTrue();
        assertThat(presenter.audience().stage().isShowing()).as("never a stuck full-screen: both stay up").isTrue();
    }

    @Test
    void aFadeIsAtMostThreeHundredMillisecondsAndTheNewSlideIsUpAtOnce(FxRobot robot) {
        javafx.scene.layout.Region slide = new javafx.scene.layout.Region();
        robot.interact(() -> {
            presenter.audience().setFade(javafx.util.Duration.seconds(2));
            presenter.audience().show(slide, true);
        });
        assertThat(presenter.audience().fade()).isEqualTo(AudienceWindow.MAX_FADE);
        assertThat(AudienceWindow.MAX_FADE.toMillis()).isEqualTo(300);
        assertThat(presenter.audience().shownSlide()).isSameAs(slide);
        assertThat(slide.getScene()).as("in the scene at once, fading in").isNotNull();
    }

    @Test
    void escapeAsksForConfirmationWhileLive(FxRobot robot) {
        Label confirm = robot.lookup(".console-confirm-end").queryAs(Label.class);
        assertThat(confirm.isVisible()).isFalse();
        robot.type(KeyCode.ESCAPE);
        assertThat(confirm.isVisible()).isTrue();
        assertThat(presenter.audience().stage().isShowing()).isTrue();
        robot.type(KeyCode.RIGHT);
        assertThat(confirm.isVisible()).isFalse();
        assertThat(index()).isEqualTo(1);
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ESCAPE);
        assertThat(ended).isTrue();
        assertThat(presenter.audience().stage().isShowing()).isFalse();
        assertThat(presenter.consoleStage().isShowing()).isFalse();
    }

    @Test
    void aThousandRapidKeysEndOnTheRightSlide(FxRobot robot) {
        Random random = new Random(42);
        KeyCode[] keys = {KeyCode.RIGHT, KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.LEFT, KeyCode.PAGE_UP, KeyCode.RIGHT};
        List<KeyCode> sequence = new ArrayList<>();
        int expected = 0;
        for (int i = 0; i < 1000; i++) {
            KeyCode key = keys[random.nextInt(keys.length)];
            sequence.add(key);
            boolean forward = key == KeyCode.RIGHT || key == KeyCode.PAGE_DOWN || key == KeyCode.SPACE;
            expected = Math.max(0, Math.min(7, expected + (forward ? 1 : -1)));
        }
        robot.interact(() -> {
            for (KeyCode key : sequence) {
                Event.fireEvent(presenter.audience().scene(), press(key));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(index()).isEqualTo(expected);
        assertThat(audiencePage()).isEqualTo(expected + 1);
        assertThat(text(robot, "console-position")).isEqualTo("第 " + (expected + 1) + " / 8 張");
        assertThat(uncaught).isEmpty();
    }

    @Test
    void autoAdvanceRacingWithTheOperatorStaysConsistent(FxRobot robot) {
        robot.interact(() -> presenter.model().jumpTo(2)); // montage, 5 s per slide
        assertThat(scheduled).hasSize(1);
        Runnable stale = scheduled.get(0);
        robot.type(KeyCode.RIGHT); // the operator moves before the timer fires
        assertThat(scheduled).as("the old timer was cancelled, a new one set").hasSize(1);
        robot.interact(stale); // fires anyway, late
        assertThat(index()).as("a stale auto-advance does nothing").isEqualTo(3);
        robot.interact(() -> scheduled.get(0).run());
        assertThat(index()).isEqualTo(4);
        assertThat(audiencePage()).isEqualTo(5);
        robot.interact(() -> scheduled.get(0).run());
        assertThat(audiencePage()).as("the montage loops").isEqualTo(3);
        robot.type(KeyCode.B);
        assertThat(scheduled).as("no auto-advance under black").isEmpty();
        assertThat(uncaught).isEmpty();
    }

    @Test
    void aTimerFiringLateAfterBlackAndBackDoesNotCutTheSlideShort(FxRobot robot) {
        robot.interact(() -> presenter.model().jumpTo(2)); // montage, 5 s per slide
        Runnable first = scheduled.get(0);
        robot.type(KeyCode.B);
        robot.type(KeyCode.B); // the same page again: its 5 s start afresh
        assertThat(scheduled).hasSize(1).doesNotContain(first);
        robot.interact(first); // the first timer, already on its way when black cancelled it
        assertThat(index()).as("the slide keeps its full time").isEqualTo(2);
        robot.interact(() -> scheduled.get(0).run());
        assertThat(index()).isEqualTo(3);
    }

    @Test
    void slidesArrivingFasterThanTheFadeLeaveAtMostTwoInTheWindow(FxRobot robot) {
        List<javafx.scene.layout.Region> slides = new ArrayList<>();
        robot.interact(() -> {
            presenter.audience().setFade(AudienceWindow.MAX_FADE);
            for (int i = 0; i < 20; i++) {
                javafx.scene.layout.Region slide = new javafx.scene.layout.Region();
                slides.add(slide);
                presenter.audience().show(slide, true);
            }
        });
        assertThat(presenter.audience().slideNodes()).containsExactly(slides.get(18), slides.get(19));
        assertThat(slides.get(18).getOpacity()).as("the one cut short shows fully under the new one").isEqualTo(1);
        assertThat(slides.get(19).getScene()).isNotNull();
    }

    @Test
    void escapeStillAsksWhileTheAudienceScreenIsUnplugged(FxRobot robot) {
        robot.interact(() -> presenter.screensChanged(List.of()));
        assertThat(presenter.audience().stage().isShowing()).isFalse();
        robot.interact(() -> Event.fireEvent(presenter.consoleStage().getScene(), press(KeyCode.ESCAPE)));
        assertThat(ended).as("one Esc during an HDMI drop-out does not end the show").isFalse();
        assertThat(presenter.model().state().confirmingEnd()).isTrue();
        robot.interact(() -> Event.fireEvent(presenter.consoleStage().getScene(), press(KeyCode.RIGHT)));
        robot.interact(() -> presenter.screensChanged(ScreenWatcher.current()));
        assertThat(presenter.audience().stage().isShowing()).isTrue();
        assertThat(audiencePage()).isEqualTo(2);
    }

    @Test
    void timerTurnsOverrunColourWhenTheSegmentRunsLong(FxRobot robot) {
        Label timer = robot.lookup(".console-segment-timer").queryAs(Label.class);
        Label schedule = robot.lookup(".console-schedule").queryAs(Label.class);
        assertThat(timer.getStyleClass()).doesNotContain("overrun");
        assertThat(schedule.getText()).isEqualTo("落後 5:00"); // 14:35 and still on the first 14:30 segment

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        robot.interact(presenter::refreshClocks);

        assertThat(timer.getText()).isEqualTo("10:01 / 10:00");
        assertThat(timer.getStyleClass()).contains("overrun");
        assertThat(schedule.getText()).as("the overrun adds to the delay").isEqualTo("落後 5:01");
        assertThat(schedule.getStyleClass()).contains("behind");
    }

    private static KeyEvent press(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }
}
