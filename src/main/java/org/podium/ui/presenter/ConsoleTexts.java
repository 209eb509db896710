package org.podium.ui.presenter;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.podium.layout.SlidePage;
import org.podium.model.Person;
import org.podium.model.Segment;
import org.podium.ui.common.Messages;
import org.podium.ui.runningorder.SlideSummary;

/** The console's words and numbers, from the view model's values. */
final class ConsoleTexts {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Messages messages;

    ConsoleTexts(Messages messages) {
        this.messages = messages;
    }

    /** {@code 4:05} or {@code 1:04:05}. */
    static String clock(Duration duration) {
        long seconds = Math.abs(duration.getSeconds());
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    String timeOfDay(TimerReadout readout) {
        return CLOCK.format(readout.now());
    }

    /** "12:34 / 15:00", or just the elapsed time when nothing is planned. */
    String segmentTimer(TimerReadout readout) {
        String elapsed = clock(readout.segmentElapsed());
        return readout.segmentPlanned().map(planned -> messages.get("presenter.timer.ofPlanned", elapsed, clock(planned)))
                .orElse(elapsed);
    }

    /** "3:20 behind", "1:05 ahead", "on time", or empty without a start time. */
    String schedule(TimerReadout readout) {
        return readout.scheduleOffset().map(offset -> {
            if (Math.abs(offset.getSeconds()) < 30) {
                return messages.get("presenter.schedule.onTime");
            }
            return messages.get(offset.isNegative() ? "presenter.schedule.ahead" : "presenter.schedule.behind",
                    clock(offset));
        }).orElse("");
    }

    /** "Starts in 12:30" before the start time, else empty. */
    String countdown(TimerReadout readout) {
        return readout.untilStart().map(d -> messages.get("presenter.holding.startsIn", clock(d))).orElse("");
    }

    String people(Segment segment) {
        return segment.people().stream().map(ConsoleTexts::person).collect(Collectors.joining("、"));
    }

    private static String person(Person person) {
        return person.role().isEmpty() ? person.name() : person.name() + "（" + person.role() + "）";
    }

    /** "Screen 2: 1280 × 720 at 1920, 0", with "this console" after the operator's screen. */
    String screenChoice(AudienceScreens.Choice choice) {
        ScreenRect b = choice.bounds();
        String text = messages.get("presenter.screens.item", choice.number(), (int) b.widthPx(), (int) b.heightPx(),
                (int) b.xPx(), (int) b.yPx());
        return choice.console() ? messages.get("presenter.screens.item.console", text) : text;
    }

    /** "12 / 120". */
    String position(int index, int size) {
        return messages.get("presenter.position", index + 1, size);
    }

    /** What the running order shows for a page: the editor's summary of its slide, with the page of a paged slide. */
    String pageLabel(SlidePage page, PresenterViewModel model, int index) {
        String text = SlideSummary.of(model.slideAt(index).content(), messages);
        if (page.pageCount() > 1) {
            text = messages.get("presenter.pageOfSlide", text, page.pageIndex() + 1, page.pageCount());
        }
        return text;
    }
}
