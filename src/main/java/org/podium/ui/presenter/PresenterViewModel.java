package org.podium.ui.presenter;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.podium.layout.SlidePage;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SegmentKind;
import org.podium.model.Slide;

/**
 * The presenter's state and rules, without a window: the deck as a flat list of pages (an honour
 * roll may give several), the page on show, black/white/holding, the slide number being typed,
 * the end confirmation, auto-advance decisions and the timers. Time comes from the injected
 * {@link Clock}, so tests drive it.
 *
 * <p>Moving while blanked first uncovers the slide without moving, so the audience never misses
 * a slide the operator did not see either. Call on one thread (the JavaFX thread in the app).
 */
public final class PresenterViewModel {

    /** Longest slide number one can type; more digits are ignored. */
    static final int MAX_DIGITS = 4;

    private final Programme programme;
    private final List<SlidePage> pages;
    private final List<Segment> segmentOfPage;
    private final List<Slide> slideOfPage;
    private final Clock clock;
    private final SegmentTimer timer;
    private final ReadOnlyObjectWrapper<PresenterState> state;
    private boolean live = true;

    /**
     * @param programme the programme the pages were laid out from
     * @param pages     every page in showing order, at least one
     * @param clock     wall clock; its zone gives the time of day
     * @param from      0-based page to open on (clamped into the deck)
     * @param holding   open on the holding slide (before the start time) instead of the page
     */
    public PresenterViewModel(Programme programme, List<SlidePage> pages, Clock clock, int from, boolean holding) {
        this.programme = Objects.requireNonNull(programme, "programme");
        this.pages = List.copyOf(pages);
        if (this.pages.isEmpty()) {
            throw new IllegalArgumentException("programme \"" + programme.title() + "\" has no slides to present");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.segmentOfPage = new ArrayList<>(this.pages.size());
        this.slideOfPage = new ArrayList<>(this.pages.size());
        for (SlidePage page : this.pages) {
            Segment segment = programme.segment(page.segmentId()).orElseThrow(
                    () -> new IllegalArgumentException("page of unknown segment " + page.segmentId()));
            segmentOfPage.add(segment);
            slideOfPage.add(segment.slide(page.slideId()).orElseThrow(
                    () -> new IllegalArgumentException("page of unknown slide " + page.slideId())));
        }
        this.timer = new SegmentTimer(clock);
        int start = Math.max(0, Math.min(from, this.pages.size() - 1));
        this.state = new ReadOnlyObjectWrapper<>(
                new PresenterState(start, holding ? Blanking.LOGO : Blanking.NONE, "", false, false, 0));
        timer.enter(holding ? null : segmentOfPage.get(start).id());
    }

    public ReadOnlyObjectProperty<PresenterState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public PresenterState state() {
        return state.get();
    }

    public Programme programme() {
        return programme;
    }

    public List<SlidePage> pages() {
        return pages;
    }

    public int size() {
        return pages.size();
    }

    public SlidePage current() {
        return pages.get(state().index());
    }

    /** The page after the current one, empty on the last. */
    public Optional<SlidePage> next() {
        int i = state().index() + 1;
        return i < pages.size() ? Optional.of(pages.get(i)) : Optional.empty();
    }

    public Segment segmentAt(int index) {
        return segmentOfPage.get(index);
    }

    public Slide slideAt(int index) {
        return slideOfPage.get(index);
    }

    public Segment currentSegment() {
        return segmentAt(state().index());
    }

    /** True while the audience window is up: Esc then asks before ending. */
    public void setLive(boolean isLive) {
        this.live = isLive;
    }

    public boolean isLive() {
        return live;
    }

    /**
     * Handles a key press by its JavaFX key code name; returns the action taken, empty for a key
     * the presenter leaves alone. {@link PresenterAction#TOGGLE_CONSOLE} is returned for the
     * windows to act on.
     */
    public Optional<PresenterAction> onKey(String codeName, String text, boolean modified) {
        Optional<PresenterAction> action = PresenterKeys.action(codeName, text, modified);
        action.ifPresent(a -> perform(a, PresenterKeys.digit(codeName)));
        return action;
    }

    /** Does {@code action}; {@code digit} is used by {@link PresenterAction#DIGIT} only. */
    public void perform(PresenterAction action, OptionalInt digit) {
        PresenterState s = state();
        if (s.ended()) {
            return;
        }
        if (s.confirmingEnd() && action != PresenterAction.END) {
            s = s.withConfirmingEnd(false); // anything but a second Esc carries on, and still acts
        }
        switch (action) {
            case NEXT:
                s = move(s, s.index() + 1);
                break;
            case PREVIOUS:
                s = move(s, s.index() - 1);
                break;
            case FIRST:
                s = move(s, 0);
                break;
            case LAST:
                s = move(s, pages.size() - 1);
                break;
            case BLACK:
                s = toggle(s, Blanking.BLACK);
                break;
            case WHITE:
                s = toggle(s, Blanking.WHITE);
                break;
            case LOGO:
                s = toggle(s, Blanking.LOGO);
                break;
            case RESUME:
                s = uncover(s);
                break;
            case DIGIT:
                if (digit.isPresent() && s.numberEntry().length() < MAX_DIGITS) {
                    s = s.withNumberEntry(s.numberEntry() + digit.getAsInt());
                }
                break;
            case ENTER:
                s = s.numberEntry().isEmpty() ? move(s, s.index() + 1) : jumpToTyped(s);
                break;
            case BACKSPACE:
                s = s.numberEntry().isEmpty() ? move(s, s.index() - 1)
                        : s.withNumberEntry(s.numberEntry().substring(0, s.numberEntry().length() - 1));
                break;
            case END:
                s = end(s);
                break;
            default:
                break; // TOGGLE_CONSOLE: the windows' business
        }
        set(s);
    }

    /** Jumps to a page, e.g. from the running order; uncovers the slide. */
    public void jumpTo(int index) {
        PresenterState s = state();
        if (s.ended() || index < 0 || index >= pages.size()) {
            return;
        }
        set(show(s.withConfirmingEnd(false).withNumberEntry("").withBlanking(Blanking.NONE), index));
    }

    /** Ends at once, e.g. when the console window is closed. */
    public void end() {
        if (!state().ended()) {
            timer.enter(null);
            set(state().asEnded());
        }
    }

    private PresenterState move(PresenterState s, int target) {
        if (s.blanking() != Blanking.NONE) {
            return uncover(s);
        }
        if (target < 0 || target >= pages.size()) {
            return s.withNumberEntry("");
        }
        return show(s.withNumberEntry(""), target);
    }

    private PresenterState show(PresenterState s, int target) {
        timer.enter(segmentAt(target).id());
        return s.withIndex(target);
    }

    private PresenterState uncover(PresenterState s) {
        if (s.blanking() == Blanking.LOGO) {
            timer.enter(segmentAt(s.index()).id());
        }
        return s.withBlanking(Blanking.NONE).withNumberEntry("");
    }

    private PresenterState toggle(PresenterState s, Blanking blanking) {
        if (s.blanking() == blanking) {
            return uncover(s);
        }
        if (blanking == Blanking.LOGO) {
            timer.enter(null);
        } else if (s.blanking() == Blanking.LOGO) {
            timer.enter(segmentAt(s.index()).id());
        }
        return s.withBlanking(blanking).withNumberEntry("");
    }

    private PresenterState jumpToTyped(PresenterState s) {
        int number = Integer.parseInt(s.numberEntry());
        PresenterState cleared = s.withNumberEntry("");
        if (number < 1 || number > pages.size()) {
            return cleared;
        }
        return show(cleared.withBlanking(Blanking.NONE), number - 1);
    }

    private PresenterState end(PresenterState s) {
        if (!s.numberEntry().isEmpty()) {
            return s.withNumberEntry("");
        }
        if (live && !s.confirmingEnd()) {
            return s.withConfirmingEnd(true);
        }
        timer.enter(null);
        return s.asEnded();
    }

    private void set(PresenterState s) {
        state.set(s);
    }

    /**
     * How long the page on show waits before moving on by itself: its slide's auto-advance delay,
     * while nothing covers it, the end is not being confirmed and there is somewhere to go. Empty
     * means wait for the operator.
     */
    public Optional<Duration> autoAdvanceDelay() {
        PresenterState s = state();
        if (s.ended() || s.confirmingEnd() || s.blanking() != Blanking.NONE || !s.numberEntry().isEmpty()) {
            return Optional.empty();
        }
        Duration delay = slideAt(s.index()).autoAdvance();
        if (delay == null || autoAdvanceTarget(s.index()) < 0) {
            return Optional.empty();
        }
        return Optional.of(delay);
    }

    /**
     * The auto-advance scheduled when {@code move} was current has come due. It is void when the
     * operator moved meanwhile or something now stops it; returns whether the page changed.
     */
    public boolean autoAdvance(long move) {
        PresenterState s = state();
        if (s.move() != move || autoAdvanceDelay().isEmpty()) {
            return false;
        }
        set(show(s, autoAdvanceTarget(s.index())));
        return true;
    }

    /**
     * Where an auto-advance from {@code index} goes: the next page; from the last page of a photo
     * montage, its first page again (montages loop until the operator moves on); -1 for nowhere.
     */
    int autoAdvanceTarget(int index) {
        Segment segment = segmentAt(index);
        boolean lastOfSegment = index + 1 >= pages.size() || segmentAt(index + 1) != segment;
        if (lastOfSegment && segment.kind() == SegmentKind.PHOTO_MONTAGE) {
            int first = index;
            while (first > 0 && segmentAt(first - 1) == segment) {
                first--;
            }
            return first == index ? -1 : first;
        }
        return index + 1 < pages.size() ? index + 1 : -1;
    }

    /**
     * True when the programme's clock applies today: it has a start time, and its date is today or
     * unset. A rehearsal on another day gets no countdown and no ahead/behind.
     */
    public static boolean isTheDay(Programme programme, LocalDate today) {
        return programme.startTime() != null && (programme.date() == null || programme.date().equals(today));
    }

    /** The console's clocks now. */
    public TimerReadout readout() {
        LocalDateTime now = LocalDateTime.now(clock);
        Segment segment = currentSegment();
        Duration elapsed = timer.elapsed(segment.id());
        Optional<Duration> offset = Optional.empty();
        Optional<Duration> untilStart = Optional.empty();
        if (isTheDay(programme, now.toLocalDate())) {
            LocalDate today = now.toLocalDate();
            Duration toStart = Duration.between(now, today.atTime(programme.startTime()));
            if (toStart.isNegative() || toStart.isZero()) {
                LocalTime plannedStart = programme.plannedStarts().orElseThrow()
                        .get(programme.segments().indexOf(segment));
                Duration planned = segment.planned().orElse(Duration.ZERO);
                Duration progress = elapsed.compareTo(planned) < 0 ? elapsed : planned;
                offset = Optional.of(Duration.between(today.atTime(plannedStart).plus(progress), now));
            } else {
                untilStart = Optional.of(toStart);
            }
        }
        return new TimerReadout(now.toLocalTime(), elapsed, segment.planned(), offset, untilStart);
    }

    /** Notes for the page on show: the slide's, then the segment's. */
    public String notes() {
        String slideNotes = slideAt(state().index()).notes();
        String segmentNotes = currentSegment().notes();
        if (slideNotes.isEmpty()) {
            return segmentNotes;
        }
        return segmentNotes.isEmpty() ? slideNotes : slideNotes + "\n\n" + segmentNotes;
    }
}
