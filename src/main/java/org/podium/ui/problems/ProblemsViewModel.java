package org.podium.ui.problems;

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
import org.podium.model.Problem;
import org.podium.model.ProgrammeValidator;
import org.podium.ui.common.Messages;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

/**
 * What is wrong with the programme, kept up to date after every edit. Validation looks at the
 * records only (no layout, no files), so it is quick enough to run on every change.
 */
public final class ProblemsViewModel {

    private final EditorSession session;
    private final Messages messages;
    private final ObservableList<ProblemRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty count = new SimpleStringProperty(this, "count", "");
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);

    public ProblemsViewModel(EditorSession session, Messages messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.messages = Objects.requireNonNull(messages, "messages");
        session.revisionProperty().addListener((obs, old, now) -> update());
        update();
    }

    private void update() {
        List<ProblemRow> found = new ArrayList<>();
        int errors = 0;
        for (Problem problem : ProgrammeValidator.validate(session.programme())) {
            Selection target = problem.segment() == null ? null
                    : problem.slide() == null ? Selection.segment(problem.segment())
                    : Selection.slide(problem.segment(), problem.slide());
            found.add(new ProblemRow(problem.message(messages.locale()), problem.isError(), target));
            errors += problem.isError() ? 1 : 0;
        }
        rows.setAll(found);
        count.set(messages.get("problems.count", errors, found.size() - errors));
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
}
