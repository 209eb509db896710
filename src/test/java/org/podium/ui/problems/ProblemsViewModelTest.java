package org.podium.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.podium.TestProgrammes;
import org.podium.edit.SegmentEdits;
import org.podium.model.SegmentId;
import org.podium.ui.common.Messages;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

class ProblemsViewModelTest {

    private final EditorSession session = new EditorSession(TestProgrammes.jianye());
    private final ProblemsViewModel model = new ProblemsViewModel(session, Messages.load(Locale.ENGLISH));

    @Test
    void problemsFollowEditsAndAClickSelectsTheSegment() {
        assertThat(model.rows()).isEmpty();
        assertThat(model.countProperty().get()).isEqualTo("no errors · no warnings");
        SegmentId address = new SegmentId("s-address");

        session.apply(new SegmentEdits.ReplaceSegment(
                session.programme().segment(address).orElseThrow().withTitle("").withPlannedDuration(null)));

        assertThat(model.rows()).hasSize(2);
        assertThat(model.rows()).filteredOn(ProblemRow::error).singleElement()
                .satisfies(row -> assertThat(row.target()).isEqualTo(Selection.segment(address)));
        assertThat(model.countProperty().get()).isEqualTo("1 error · 1 warning");

        model.open(model.rows().get(0));
        assertThat(session.selectionProperty().get()).isEqualTo(Selection.segment(address));
    }
}
