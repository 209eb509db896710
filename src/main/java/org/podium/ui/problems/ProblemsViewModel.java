package org.podium.ui.problems;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.model.Problem;
import org.podium.model.Programme;
import org.podium.model.ProgrammeValidator;
import org.podium.model.Segment;
import org.podium.ui.common.BackgroundRunner;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Scheduler;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

/**
 * What is wrong with the programme, kept up to date after every edit: the validator's problems at
 * once (it reads the records only), and text that does not fit its slide once the typing pauses,
 * from a layout of the whole deck on the {@link BackgroundRunner}.
 */
public final class ProblemsViewModel implements AutoCloseable {

    /** How long the typing must pause before the whole deck is laid out again. */
    public static final Duration LAYOUT_QUIET = Duration.ofMillis(600);

    private final EditorSession session;
    private final Messages messages;
    private final BackgroundRunner runner;
    private final Scheduler scheduler;
    private final SlideLayoutEngine engine;
    private final ObservableList<ProblemRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty count = new SimpleStringProperty(this, "count", "");
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private List<ProblemRow> checked = List.of();
    private List<ProblemRow> overflows = List.of();
    private Scheduler.Cancellable pending;

    public ProblemsViewModel(EditorSession session, Messages messages, BackgroundRunner runner, Scheduler scheduler,
                             SlideLayoutEngine engine) {
        this.session = Objects.requireNonNull(session, "session");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.engine = Objects.requireNonNull(engine, "engine");
        session.revisionProperty().addListener((obs, old, now) -> changed());
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

    /** Runs in the background. */
    private List<ProblemRow> overflowing(Programme programme) {
        List<ProblemRow> found = new ArrayList<>();
        for (SlidePage page : engine.layout(programme)) {
            if (!page.layout().hasOverflow()) {
                continue;
            }
            Segment segment = programme.segment(page.segmentId()).orElseThrow();
            int segmentNumber = programme.segments().indexOf(segment) + 1;
            int slideNumber = segment.slides().indexOf(segment.slide(page.slideId()).orElseThrow()) + 1;
            found.add(new ProblemRow(messages.get("problems.overflow", segmentNumber, slideNumber,
                    page.layout().overflows().get(0)), false, Selection.slide(page.segmentId(), page.slideId())));
        }
        return List.copyOf(found);
    }

    private void publish() {
        List<ProblemRow> all = new ArrayList<>(checked);
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
