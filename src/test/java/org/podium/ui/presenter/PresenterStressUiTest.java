package org.podium.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podium.model.Programme;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Stylesheets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The presenter under a flood of operator input, through the real key handling on the JavaFX
 * thread, with photos decoding behind and cross-fades running: 1,000 seeded random keys end where
 * a plain reference model of the keys says; auto-advance timers coming due at the same moments as
 * keys never skip, double or outlive the slide they were set for (time is the test's, through the
 * presenter's scheduler seam); and the audience screen pulled out in the middle of a fade hides
 * the window, never puts it on the operator's screen, and brings it back on the current slide.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PresenterStressUiTest {

    private static final long SEED = 20210623L;
    private static final int GESTURES = 1_000;
    /** Keys fired per trip to the FX thread; between trips decodes finish and fades advance. */
    private static final int BURST = 25;

    private final Programme programme = StressDecks.photoProgramme();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final List<Runnable> decodes = new ArrayList<>();
    private final VirtualTimers timers = new VirtualTimers();
    private final Handler logCatcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Thread.UncaughtExceptionHandler previousDefault;
    private Presenter presenter;

    @Start
    void start(Stage primary) {
        Stylesheets.installBaseTheme();
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        Logger.getLogger("org.podium").addHandler(logCatcher);
        presenter = new Presenter(programme, Decks.pages(programme), StressDecks.STORE,
                StressDecks.smallPhotos(PhotoPrefetcher.PRESENTER_BUDGET_BYTES), decodes::add,
                Messages.load(Locale.forLanguageTag("zh-Hant-TW")),
                new Decks.MutableClock(LocalDate.of(2021, 6, 23), LocalTime.of(14, 35)), null,
                PresenterOptions.defaults().withFade(AudienceWindow.MAX_FADE), new Stage(), new Stage());
        presenter.setScheduler(timers);
        presenter.start();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(presenter::end);
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        Logger.getLogger("org.podium").removeHandler(logCatcher);
    }

    @Test
    void aThousandRandomGesturesEndWhereTheReferenceSays(FxRobot robot) {
        List<KeyGestures.Press> presses = new KeyGestures(SEED, presenter.model().size()).gestures(GESTURES);
        ReferencePresenter reference = new ReferencePresenter(presenter.model());
        List<String> mismatches = new ArrayList<>();
        int maxSlideNodes = 0;
        for (int from = 0; from < presses.size(); from += BURST) {
            List<KeyGestures.Press> burst = presses.subList(from, Math.min(presses.size(), from + BURST));
            int first = from;
            robot.interact(() -> {
                for (int i = 0; i < burst.size(); i++) {
                    KeyGestures.Press press = burst.get(i);
                    // clickers type into whichever window has the focus: alternate between the two
                    Scene target = (first + i) % 2 == 0 ? presenter.audience().scene() : presenter.consoleStage().getScene();
                    Event.fireEvent(target, press.event());
                    reference.press(press.action(), press.digit(), 0);
                    compare(reference, "key " + (first + i) + " " + press.code(), mismatches);
                }
            });
            maxSlideNodes = Math.max(maxSlideNodes, onFx(this::slideNodes));
            runDecodes(robot);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(presses).as("keys pressed").hasSizeGreaterThanOrEqualTo(GESTURES);
        assertThat(mismatches).as("steps where the presenter left the reference").isEmpty();
        PresenterState end = presenter.model().state();
        assertThat(end.index()).isEqualTo(reference.state().index());
        assertThat(end.numberEntry()).as("no digits left pending").isEmpty();
        assertThat(end.confirmingEnd()).isFalse();
        assertThat(end.ended()).isFalse();
        assertAudienceAndConsoleAgree(robot);
        assertThat(maxSlideNodes).as("slides in the audience window at once, fading ones included").isLessThanOrEqualTo(2);
        assertThat(uncaught).isEmpty();
        assertThat(warnings).extracting(LogRecord::getMessage).isEmpty();
    }

    @Test
    void autoAdvanceRacingWithKeysAtTheSameMomentsFollowsTheReference(FxRobot robot) {
        race(robot, true);
    }

    @Test
    void aTimerFiringAfterItsCancelChangesNothing(FxRobot robot) {
        race(robot, false);
    }

    /**
     * 600 moments on the test's clock. At each, half the time exactly when an auto-advance is due,
     * a gesture arrives either just before or just after the timers due then; between moments every
     * timer due fires in time order. The presenter must match the reference after every event.
     */
    private void race(FxRobot robot, boolean honourCancel) {
        timers.honourCancel = honourCancel;
        Random random = new Random(SEED + (honourCancel ? 0 : 1));
        KeyGestures gestures = new KeyGestures(SEED + 2, presenter.model().size());
        ReferencePresenter reference = new ReferencePresenter(presenter.model());
        List<String> mismatches = new ArrayList<>();
        long[] stepsMs = {0, 250, 1_000, 1_999, 2_000, 2_001, 2_999, 3_000, 3_001, 6_000};
        robot.interact(() -> {
            presenter.model().jumpTo(2); // the address's last page, which leads into the award after 2 s
            reference.press(PresenterAction.DIGIT, 3, 0);
            reference.press(PresenterAction.ENTER, 0, 0);
            long now = 0;
            for (int moment = 0; moment < 600; moment++) {
                long due = reference.dueMs();
                long at = due >= 0 && random.nextBoolean() ? due : now + stepsMs[random.nextInt(stepsMs.length)];
                boolean keysFirst = random.nextBoolean();
                runTimersUntil(at - (keysFirst ? 1 : 0), reference, mismatches);
                timers.setNow(at);
                for (KeyGestures.Press press : gestures.gestures(1)) {
                    Event.fireEvent(presenter.audience().scene(), press.event());
                    reference.press(press.action(), press.digit(), at);
                    compare(reference, "t=" + at + " key " + press.code(), mismatches);
                }
                runTimersUntil(at, reference, mismatches);
                now = at;
            }
        });
        runDecodes(robot);

        assertThat(mismatches).as("events where the presenter left the reference").isEmpty();
        assertThat(reference.autoAdvances()).as("auto-advances exercised").isGreaterThan(50);
        assertThat(timers.fired).isGreaterThanOrEqualTo(reference.autoAdvances());
        assertAudienceAndConsoleAgree(robot);
        assertThat(uncaught).isEmpty();
        assertThat(warnings).extracting(LogRecord::getMessage).isEmpty();
    }

    /** Fires the presenter's timers and the reference's, moment by moment, up to {@code untilMs}. */
    private void runTimersUntil(long untilMs, ReferencePresenter reference, List<String> mismatches) {
        while (true) {
            long refDue = reference.dueMs() < 0 ? Long.MAX_VALUE : reference.dueMs();
            long next = Math.min(refDue, timers.nextDueMs());
            if (next > untilMs) {
                return;
            }
            long movesBefore = presenter.model().state().move();
            timers.fireAt(next);
            long moves = presenter.model().state().move() - movesBefore;
            reference.tick(next);
            if (moves > 1) {
                mismatches.add("t=" + next + ": " + moves + " pages advanced at once");
            }
            compare(reference, "t=" + next + " timer", mismatches);
        }
    }

    @Test
    void theAudienceScreenPulledMidFadeHidesTheWindowAndItReturnsOnTheCurrentSlide(FxRobot robot) {
        ScreenInfo laptop = onFx(() -> ScreenWatcher.current().get(0));
        ScreenInfo projector = new ScreenInfo(new ScreenRect(laptop.bounds().widthPx(), 0, 1280, 720), false);
        List<ScreenInfo> both = List.of(laptop, projector);
        List<ScreenInfo> laptopOnly = List.of(laptop);
        Stage audience = presenter.audience().stage();
        List<String> onLaptop = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            presenter.screensChanged(both); // the projector plugged in: the slides leave the laptop for it
            audience.xProperty().addListener((obs, old, x) -> watch(audience, laptop, onLaptop));
            audience.yProperty().addListener((obs, old, y) -> watch(audience, laptop, onLaptop));
            audience.showingProperty().addListener((obs, old, showing) -> watch(audience, laptop, onLaptop));
        });
        assertThat(audience.getX()).isEqualTo(projector.bounds().xPx());
        KeyGestures gestures = new KeyGestures(SEED + 3, presenter.model().size());
        Random random = new Random(SEED + 4);

        for (int round = 0; round < 50; round++) {
            robot.interact(() -> {
                Event.fireEvent(presenter.consoleStage().getScene(), new KeyGestures.Press(
                        javafx.scene.input.KeyCode.RIGHT, "", PresenterAction.NEXT, 0).event());
                presenter.screensChanged(laptopOnly); // pulled while the new slide fades in
            });
            assertThat(audience.isShowing()).as("hidden while its screen is gone").isFalse();
            assertThat(presenter.model().isLive()).as("still live: Esc asks first").isTrue();
            List<KeyGestures.Press> presses = gestures.gestures(1 + random.nextInt(5));
            robot.interact(() -> presses.forEach(p -> Event.fireEvent(presenter.consoleStage().getScene(), p.event())));
            assertThat(audience.isShowing()).isFalse();
            runDecodes(robot);
            boolean reordered = random.nextBoolean();
            robot.interact(() -> presenter.screensChanged(reordered ? List.of(projector, laptop) : both));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(audience.isShowing()).as("back with its screen").isTrue();
            assertThat(audience.getX()).isEqualTo(projector.bounds().xPx());
            assertThat(audience.getWidth()).isEqualTo(1280);
            assertAudienceAndConsoleAgree(robot);
            assertThat(presenter.model().state().ended()).isFalse();
        }
        assertThat(onLaptop).as("moments the audience window showed on the operator's screen").isEmpty();
        assertThat(uncaught).isEmpty();
    }

    private static void watch(Stage audience, ScreenInfo laptop, List<String> onLaptop) {
        ScreenRect l = laptop.bounds();
        if (audience.isShowing() && audience.getX() < l.xPx() + l.widthPx() && audience.getY() < l.yPx() + l.heightPx()) {
            onLaptop.add(audience.getX() + "," + audience.getY());
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) {
        try {
            return WaitForAsyncUtils.asyncFx(task).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("on the FX thread: " + e, e);
        }
    }

    private int slideNodes() {
        return presenter.audience().slideNodes().size();
    }

    private void compare(ReferencePresenter reference, String step, List<String> mismatches) {
        PresenterState s = presenter.model().state();
        ReferencePresenter.State r = reference.state();
        if (s.index() != r.index() || s.blanking() != r.blanking() || !s.numberEntry().equals(r.digits())
                || s.confirmingEnd() != r.confirming()) {
            mismatches.add(step + ": presenter " + s + ", reference " + r);
        }
    }

    private void assertAudienceAndConsoleAgree(FxRobot robot) {
        PresenterState s = presenter.model().state();
        assertThat(presenter.audience().blankingShown()).isEqualTo(s.blanking());
        String id = presenter.audience().shownSlide().getId();
        assertThat(id).isEqualTo(Presenter.AUDIENCE_PAGE_ID + (s.index() + 1));
        List<ToggleButton> toggles = robot.lookup(".console-footer .toggle-button").queryAllAs(ToggleButton.class)
                .stream().toList();
        assertThat(toggles).hasSize(3);
        assertThat(toggles.stream().filter(ToggleButton::isSelected).count())
                .as("console buttons lit").isEqualTo(s.blanking() == Blanking.NONE ? 0 : 1);
    }

    private void runDecodes(FxRobot robot) {
        robot.interact(() -> {
            List<Runnable> now = new ArrayList<>(decodes);
            decodes.clear();
            now.forEach(Runnable::run);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Scheduled auto-advances on the test's clock. With {@code honourCancel} false a cancelled
     * timer still fires when due, as one already on its way when the cancel came would.
     */
    static final class VirtualTimers implements AutoAdvanceTimer.Scheduler {

        private final List<Timer> pending = new ArrayList<>();
        private long nowMs;
        boolean honourCancel = true;
        int fired;

        private static final class Timer {
            final long dueMs;
            final Runnable task;
            boolean cancelled;

            Timer(long dueMs, Runnable task) {
                this.dueMs = dueMs;
                this.task = task;
            }
        }

        @Override
        public Runnable schedule(java.time.Duration delay, Runnable task) {
            Timer timer = new Timer(nowMs + delay.toMillis(), task);
            pending.add(timer);
            return () -> timer.cancelled = true;
        }

        void setNow(long ms) {
            nowMs = ms;
        }

        /** When the earliest timer that would still fire is due; {@code Long.MAX_VALUE} for none. */
        long nextDueMs() {
            return pending.stream().filter(t -> honourCancel ? !t.cancelled : true).mapToLong(t -> t.dueMs).min()
                    .orElse(Long.MAX_VALUE);
        }

        /** Runs, in the order they were set, the timers due at {@code ms}, with the clock at {@code ms}. */
        void fireAt(long ms) {
            nowMs = ms;
            List<Timer> due = pending.stream().filter(t -> t.dueMs == ms).toList();
            pending.removeAll(due);
            for (Timer timer : due) {
                if (!timer.cancelled || !honourCancel) {
                    fired++;
                    timer.task.run();
                }
            }
        }
    }
}
