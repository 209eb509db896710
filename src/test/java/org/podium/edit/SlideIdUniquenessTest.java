package org.podium.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.model.Language;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.SegmentKind;
import org.podium.model.Slide;
import org.podium.model.SlideId;
import org.podium.model.TitleCard;

/** Cases found by EditPropertiesTest: a segment edit must not give two slides one id. */
class SlideIdUniquenessTest {

    private static final Slide TITLE = new Slide(new SlideId("title"), new TitleCard("分享會", ""), "", null);
    private static final Segment OPENING = new Segment(new SegmentId("opening"), SegmentKind.OPENING, "開場", List.of(),
            null, "", List.of(TITLE));
    private static final Segment CLOSING = new Segment(new SegmentId("closing"), SegmentKind.CLOSING, "結束", List.of(),
            null, "", List.of());

    private final EditHistory history = new EditHistory(
            Programme.empty("分享會", Language.ZH_HANT).withSegments(List.of(OPENING, CLOSING)));

    @Test
    void addingASegmentThatCarriesASlideOfAnotherSegmentIsRefusedAndChangesNothing() {
        Programme before = history.current();
        Segment copy = new Segment(new SegmentId("copy"), SegmentKind.OTHER, "副本", List.of(), null, "", List.of(TITLE));

        assertThatThrownBy(() -> history.apply(new SegmentEdits.AddSegment(0, copy)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the programme already has a slide with id title");
        assertThat(history.current()).isSameAs(before);
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void replacingASegmentWithSlidesTakenFromAnotherIsRefused() {
        assertThatThrownBy(() -> history.apply(new SegmentEdits.ReplaceSegment(CLOSING.withSlides(List.of(TITLE)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the programme already has a slide with id title");
    }

    @Test
    void aSegmentListingOneSlideTwiceIsRefused() {
        Slide same = new Slide(new SlideId("same"), TITLE.content(), "", null);
        Segment twice = new Segment(new SegmentId("twice"), SegmentKind.OTHER, "", List.of(), null, "",
                List.of(same, same));

        assertThatThrownBy(() -> history.apply(new SegmentEdits.AddSegment(2, twice)))
                .hasMessage("the programme already has a slide with id same");
    }

    @Test
    void replacingASegmentKeepingItsOwnSlidesIsTaken() {
        Segment reordered = OPENING.withTitle("開場合唱");

        history.apply(new SegmentEdits.ReplaceSegment(reordered));

        assertThat(history.current().segments().get(0)).isEqualTo(reordered);
    }
}
