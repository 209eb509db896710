package org.podium.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.podium.TestProgrammes;
import org.podium.edit.ProgrammeEdits;
import org.podium.edit.SegmentEdits;
import org.podium.model.SegmentId;
import org.podium.model.SlideFormat;
import org.podium.model.SlideId;
import org.podium.ui.common.Messages;
import org.podium.ui.preview.PreviewViewModel;

class PreviewAndSessionTest {

    private final EditorSession session = new EditorSession(TestProgrammes.jianye());
    private final PreviewViewModel preview = new PreviewViewModel(session, Messages.load(Locale.ENGLISH));

    @Test
    void previewShowsTheSelectedSlideOrTheFirstOfTheSelectedSegment() {
        assertThat(preview.summaryProperty().get()).isEqualTo("Select a slide to see it here.");
        session.select(Selection.segment(new SegmentId("s-address")));
        assertThat(preview.kindProperty().get()).isEqualTo("Speaker");
        session.select(Selection.slide(new SegmentId("s-address"), new SlideId("t-chen-quote")));
        assertThat(preview.kindProperty().get()).isEqualTo("Quote");
        assertThat(preview.summaryProperty().get()).startsWith(TestProgrammes.QUOTE);
    }

    @Test
    void previewFollowsTheSlideShape() {
        session.apply(new ProgrammeEdits.ChangeFormat(SlideFormat.STANDARD_4_3));
        assertThat(preview.aspectRatioProperty().get()).isEqualTo(4.0 / 3);
    }

    @Test
    void aRefusedEditChangesNothing() {
        long revision = session.revisionProperty().get();
        assertThat(session.apply(new SegmentEdits.RemoveSegment(new SegmentId("missing")))).isFalse();
        assertThat(session.revisionProperty().get()).isEqualTo(revision);
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void aSelectedSlideThatIsDeletedIsNoLongerSelectable() {
        session.select(Selection.slide(new SegmentId("s-address"), new SlideId("t-chen")));
        session.apply(new SegmentEdits.RemoveSegment(new SegmentId("s-address")));
        assertThat(session.selectedSlide()).isEmpty();
        assertThat(session.selectedSegment()).isEmpty();
    }
}
