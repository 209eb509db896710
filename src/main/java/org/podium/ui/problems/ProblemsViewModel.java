package org.podium.ui.problems;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.media.MediaStore;
import org.podium.model.MediaRef;
import org.podium.model.Problem;
import org.podium.model.Programme;
import org.podium.model.ProgrammeValidator;
import org.podium.model.Segment;
import org.podium.model.Slide;
import org.podium.render.FontCoverage;
import org.podium.render.GlyphCoverage;
import org.podium.render.MissingGlyphs;
import org.podium.ui.common.BackgroundRunner;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Scheduler;
import org.podium.ui.photos.PhotoPreviews;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

/**
 * What is wrong with the programme, kept up to date after every edit: at once, the validator's
 * problems and photos the session's media store lacks (both read the records only, no photo is
 * decoded); as soon as the background decodes them, stored photos that cannot be decoded; once the typing pauses, text that does not fit its slide and characters its font
 * cannot draw, from a layout of the whole deck on the {@link BackgroundRunner}.
 */
public final class ProblemsViewModel implements AutoCloseable {

    /** How long the typing must pause before the whole deck is laid out again. */
    public static final Duration LAYOUT_QUIET = Duration.ofMillis(600);
    /** Missing characters listed per row; the rest are counted, not listed. */
    private static final int SHOWN_CHARACTERS = 20;

    private final EditorSession session;
    private final Messages messages;
    private final BackgroundRunner runner;
    private final Scheduler scheduler;
    private final SlideLayoutEngine engine;
    private final FontCoverage coverage;
    private final ObservableList<ProblemRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty count = new SimpleStringProperty(this, "count", "");
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private List<ProblemRow> checked = List.of();
    /** Overflowing text and missing characters, from the last layout of the current programme. */
    private List<ProblemRow> overflows = List.of();
    private Scheduler.Cancellable pending;
    private final UndecodablePhotos undecodable;

    public ProblemsViewModel(EditorSession session, Messages messages, BackgroundRunner runner, Scheduler scheduler,
                             SlideLayoutEngine engine) {
        this(session, messages, runner, scheduler, engine, GlyphCoverage.installed());
    }

    /** @param glyphs which characters the fonts the layout chooses can draw */
    public ProblemsViewModel(EditorSession session, Messages messages, BackgroundRunner runner, Scheduler scheduler,
                             SlideLayoutEngine engine, GlyphCoverage glyphs) {
        this(session, messages, runner, scheduler, engine, glyphs, null);
    }

    /**
     * @param glyphs   which characters the fonts the layout chooses can draw
     * @param previews the photos decoded in the background, whose failures are listed; {@code null}
     *                 to list none
     */
    public ProblemsViewModel(EditorSession session, Messages messages, BackgroundRunner runner, Scheduler scheduler,
                             SlideLayoutEngine engine, GlyphCoverage glyphs, PhotoPreviews previews) {
        this.coverage = new FontCoverage(glyphs);
        this.undecodable = previews == null ? null : new UndecodablePhotos(previews, messages);
        this.session = Objects.requireNonNull(session, "session");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.engine = Objects.requireNonNull(engine, "engine");
        session.revisionProperty().addListener((obs, old, now) -> changed());
        if (previews != null) {
            previews.outcomes().addListener((MapChangeListener<String, PhotoPreviews.Outcome>) change -> publish());
        }
        changed();
    }

    private void changed() {
        List<ProblemRow> found = new ArrayList<>();
        for (Problem problem : ProgrammeValidator.validate(session.programme())) {
            Selection target = problem.segment() == null ? null
                    : problem.slide() == null ? Selection.segment(problem.segment())
                    : Selection.slide(problem.segment(), problem.slide());
            found.add(new ProblemRow(problem.message(messages.locale()), problem.isError(), target));
        }
        found.addAll(missingPhotos(session.programme(), session.media()));
        checked = List.copyOf(found);
        publish();
        if (pending != null) {
            pending.cancel();
        }
        pending = scheduler.after(LAYOUT_QUIET, this::layOut);
    }

    /** Lays the deck out in the background; a result for an older programme is dropped. */
    private void layOut() {
        pending = null;
        Programme programme = session.programme();
        long revision = session.revisionProperty().get();
        runner.run(work -> overflowing(programme), BackgroundRunner.Callback.of(found -> {
            if (session.revisionProperty().get() == revision) {
                overflows = found;
                publish();
            }
        }, error -> System.getLogger(ProblemsViewModel.class.getName())
                .log(System.Logger.Level.WARNING, "Could not lay out the programme to find overflowing text", error)));
    }

    /** An error on each slide that uses a photo the store cannot supply, once per photo and slide. */
    private List<ProblemRow> missingPhotos(Programme programme, MediaStore media) {
        List<ProblemRow> found = new ArrayList<>();
        for (int s = 0; s < programme.segments().size(); s++) {
            Segment segment = programme.segments().get(s);
            for (int i = 0; i < segment.slides().size(); i++) {
                Slide slide = segment.slides().get(i);
                Set<String> reported = new LinkedHashSet<>();
                for (MediaRef ref : slide.content().media()) {
                    if (!media.contains(ref) && reported.add(ref.sha256())) {
                        found.add(new ProblemRow(messages.get("problems.photoMissing", s + 1, i + 1,
                                ref.originalName().isEmpty() ? ref.sha256().substring(0, 12) : ref.originalName()),
                                true, Selection.slide(segment.id(), slide.id())));
                    }
                }
            }
        }
        return found;
    }

    /** Runs in the background. */
    private List<ProblemRow> overflowing(Programme programme) {
        List<ProblemRow> found = new ArrayList<>();
        for (SlidePage page : engine.layout(programme)) {
            List<MissingGlyphs> missing = coverage.check(List.of(page.layout()), programme.language());
            if (!page.layout().hasOverflow() && missing.isEmpty()) {
                continue;
            }
            Segment segment = programme.segment(page.segmentId()).orElseThrow();
            int segmentNumber = programme.segments().indexOf(segment) + 1;
            int slideNumber = segment.slides().indexOf(segment.slide(page.slideId()).orElseThrow()) + 1;
            Selection target = Selection.slide(page.segmentId(), page.slideId());
            if (page.layout().hasOverflow()) {
                found.add(new ProblemRow(messages.get("problems.overflow", segmentNumber, slideNumber,
                        page.layout().overflows().get(0)), false, target));
            }
            for (MissingGlyphs glyphs : missing) {
                found.add(new ProblemRow(glyphsMessage(segmentNumber, slideNumber, glyphs), false, target));
            }
        }
        return List.copyOf(found);
    }

    /** Which characters the font lacks and, when it would help, what to install. */
    private String glyphsMessage(int segmentNumber, int slideNumber, MissingGlyphs glyphs) {
        String problem = messages.get(glyphs.installed() ? "problems.glyphsMissing" : "problems.fontMissing",
                segmentNumber, slideNumber, glyphs.count(), glyphs.sample(SHOWN_CHARACTERS), glyphs.family());
        return glyphs.advice().map(a -> messages.get("problems.fontInstall", problem, a.debianPackage(), a.family()))
                .orElse(problem);
    }

    private void publish() {
        List<ProblemRow> all = new ArrayList<>(checked);
        if (undecodable != null) {
            all.addAll(undecodable.rows(session.programme()));
        }
        all.addAll(overflows);
        rows.setAll(all);
        long errors = all.stream().filter(ProblemRow::error).count();
        count.set(messages.get("problems.count", errors, all.size() - errors));
    }

    /** Selects the segment or slide the problem is about. */
    public void open(ProblemRow row) {
        if (row != null && row.target() != null) {
            session.select(row.target());
        }
    }

    public ObservableList<ProblemRow> rows() {
        return rowsView;
    }

    /** "2 errors, 3 warnings". */
    public ReadOnlyStringProperty countProperty() {
        return count;
    }

    /** Whether the panel is open; View → Problems toggles it. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    @Override
    public void close() {
        if (pending != null) {
            pending.cancel();
        }
    }
}
