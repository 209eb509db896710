package org.podium.ui.runningorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.podium.TestProgrammes;
import org.podium.edit.SlideEdits;
import org.podium.edit.ProgrammeEdits;
import org.podium.layout.SlideLayout;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.Themes;
import org.podium.model.Quote;
import org.podium.model.Slide;
import org.podium.model.SlideId;
import org.podium.model.SlideFormat;
import org.podium.ui.common.SameThreadRunner;
import org.podium.ui.session.EditorSession;

class SlideThumbnailsTest {

    private static final SlideId QUOTE = new SlideId("t-chen-quote");

    /** Every character half an em wide; every font installed. */
    private static final SlideLayoutEngine ENGINE = new SlideLayoutEngine(Themes.bundled(),
            (text, font) -> text.codePointCount(0, text.length()) * font.sizePt() * 0.5, family -> true);

    private final EditorSession session = new EditorSession(TestProgrammes.withoutPhotos());
    /** Every slide layout drawn, in order; the placeholder (a layout without boxes) is left out. */
    private final List<SlideLayout> drawn = new ArrayList<>();
    private final List<Integer> widthsPx = new ArrayList<>();
    private final SlideThumbnails thumbnails = new SlideThumbnails(session, ENGINE, new SameThreadRunner(),
            (layout, widthPx) -> {
                if (!layout.boxes().isEmpty()) {
                    drawn.add(layout);
                    widthsPx.add(widthPx);
                }
                return () -> null;
            });

    private int slideCount() {
        return session.programme().segments().stream().mapToInt(s -> s.slides().size()).sum();
    }

    private Set<SlideId> slideIds() {
        return session.programme().segments().stream().flatMap(s -> s.slides().stream()).map(Slide::id)
                .collect(Collectors.toSet());
    }

    @Test
    void everySlideIsDrawnOnceAtThumbnailWidth() {
        assertThat(drawn).hasSize(slideCount());
        assertThat(widthsPx).containsOnly(SlideThumbnails.WIDTH_PX);
        assertThat(thumbnails.images().keySet()).isEqualTo(slideIds());
    }

    @Test
    void typingInOneSlideRedrawsOnlyThatSlide() {
        drawn.clear();
        Slide quote = session.programme().segmentOf(QUOTE).flatMap(s -> s.slide(QUOTE)).orElseThrow();
        Quote content = (Quote) quote.content();

        session.applyMerging(new SlideEdits.ReplaceSlide(quote.withContent(new Quote(content.text() + "！",
                content.attribution()))));
        session.applyMerging(new SlideEdits.ReplaceSlide(quote.withContent(new Quote(content.text() + "！！",
                content.attribution()))));

        assertThat(drawn).hasSize(2);
        assertThat(drawn).allSatisfy(layout -> assertThat(layout.textBoxes().toString()).contains("！"));
    }

    @Test
    void changingTheFormatRedrawsEverySlide() {
        drawn.clear();

        session.apply(new ProgrammeEdits.ChangeFormat(SlideFormat.custom(800, 600)));

        assertThat(drawn).hasSize(slideCount());
        assertThat(drawn).allSatisfy(layout -> assertThat(layout.widthPt()).isEqualTo(800));
    }

    @Test
    void aDeletedSlideLosesItsThumbnail() {
        session.apply(new SlideEdits.RemoveSlide(QUOTE));

        assertThat(thumbnails.images()).doesNotContainKey(QUOTE);
    }

    @Test
    void heightFollowsTheSlideShape() {
        assertThat(SlideThumbnails.heightPx(16.0 / 9)).isEqualTo(54);
        assertThat(SlideThumbnails.heightPx(4.0 / 3)).isEqualTo(72);
    }
}
