package org.podium.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podium.media.DecodedPhoto;
import org.podium.media.MediaStore;
import org.podium.media.PhotoCache;
import org.podium.media.PhotoDecodeException;
import org.podium.model.Language;
import org.podium.model.MediaRef;
import org.podium.model.Photo;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.SegmentKind;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.model.SlideFormat;
import org.podium.model.SlideId;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Stylesheets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Photos arrive after the slide: the audience window shows the page at once without them, and
 * again with them once decoded. Decodes run only when the test runs the queued jobs.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PresenterPhotosUiTest {

    private static final MediaRef GOOD = new MediaRef("c".repeat(64), "合影.jpg", "image/jpeg", 4000, 3000, 1);
    private static final MediaRef BROKEN = new MediaRef("d".repeat(64), "壞檔.jpg", "image/jpeg", 4000, 3000, 1);

    private final List<Runnable> decodes = new ArrayList<>();
    private int decoded;
    private Presenter presenter;

    @Start
    void start(Stage primary) {
        Stylesheets.installBaseTheme();
        List<Slide> slides = List.of(photo("good", GOOD), photo("broken", BROKEN), photo("good-again", GOOD));
        Programme programme = new Programme("相片", "", LocalDate.of(2021, 6, 23), "", "", null, Language.ZH_HANT,
                Programme.DEFAULT_THEME, SlideFormat.WIDE_16_9,
                List.of(new Segment(new SegmentId("m"), SegmentKind.PHOTO_MONTAGE, "剪影", List.of(), null, "", slides)));
        PhotoCache cache = new PhotoCache(PhotoPrefetcher.PRESENTER_BUDGET_BYTES, (ref, store, request) -> {
            decoded++;
            if (ref.equals(BROKEN)) {
                throw new PhotoDecodeException(ref.originalName(), PhotoDecodeException.Reason.values()[0], "truncated");
            }
            int w = Math.min(request.maxWidthPx(), 1024);
            return DecodedPhoto.of(w, w * 3 / 4, new int[w * (w * 3 / 4)]);
        });
        MediaStore store = new MediaStore() {
            @Override
            public boolean contains(MediaRef ref) {
                return true;
            }

            @Override
            public InputStream open(MediaRef ref) {
                return new ByteArrayInputStream(new byte[0]);
            }
        };
        presenter = new Presenter(programme, Decks.pages(programme), store, cache, decodes::add,
                Messages.load(Locale.forLanguageTag("zh-Hant-TW")), new Decks.MutableClock(LocalDate.of(2021, 6, 23),
                LocalTime.NOON), null, PresenterOptions.defaults().withFade(javafx.util.Duration.ZERO),
                new Stage(), new Stage());
        presenter.start();
    }

    private static Slide photo(String id, MediaRef ref) {
        return new Slide(new SlideId(id), new SinglePhoto(Photo.of(ref)), "", null);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(presenter::end);
    }

    private void runDecodes(FxRobot robot) {
        // a decode finishing hands on the next one waiting (one at a time on a small machine): run those too
        robot.interact(() -> {
            while (!decodes.isEmpty()) {
                List<Runnable> now = new ArrayList<>(decodes);
                decodes.clear();
                now.forEach(Runnable::run);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double shownImageWidth(Node slide) {
        return slide.lookupAll("ImageView").stream().map(n -> ((ImageView) n).getImage())
                .mapToDouble(image -> image == null ? 0 : image.getWidth()).max().orElse(0);
    }

    @Test
    void theSlideShowsAtOnceAndItsPhotoWhenDecoded(FxRobot robot) {
        Node first = presenter.audience().shownSlide();
        assertThat(decoded).as("nothing decoded on the JavaFX thread").isZero();
        assertThat(shownImageWidth(first)).as("a transparent stand-in while decoding").isEqualTo(1);

        runDecodes(robot);

        Node redrawn = presenter.audience().shownSlide();
        assertThat(redrawn).isNotSameAs(first);
        assertThat(shownImageWidth(redrawn)).isGreaterThan(100);
    }

    @Test
    void aBrokenPhotoShowsThePlaceholderOnceAndIsNotRetriedForever(FxRobot robot) {
        runDecodes(robot);
        robot.interact(() -> presenter.model().jumpTo(1));
        runDecodes(robot);
        Node shown = presenter.audience().shownSlide();
        int decodesSoFar = decoded;
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(presenter.audience().shownSlide()).as("no redraw loop").isSameAs(shown);
        assertThat(decoded).isEqualTo(decodesSoFar);
        assertThat(decodes).isEmpty();
        assertThat(shownImageWidth(shown)).as("the renderer's placeholder").isGreaterThan(1);
    }

    /** The audience's drawing of page {@code index} made ahead, once the pulse after the move has run. */
    private Node drawnAhead(int index) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> presenter.drawingAhead().keptForAudience(index).isPresent()).get());
        return WaitForAsyncUtils.asyncFx(() -> presenter.drawingAhead().keptForAudience(index)).get().orElseThrow();
    }

    private void pageDown(FxRobot robot) {
        robot.interact(() -> Event.fireEvent(presenter.audience().scene(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.PAGE_DOWN, false, false, false, false)));
    }

    @Test
    void theKeyToTheNextPageShowsThePageDrawnAhead(FxRobot robot) throws Exception {
        runDecodes(robot);
        runDecodes(robot);
        Node ahead = drawnAhead(1);
        assertThat(ahead.getScene()).as("drawn off screen").isNull();
        assertThat(presenter.drawingAhead().size()).as("one page ahead: its audience node and two previews").isLessThanOrEqualTo(3);

        pageDown(robot);

        Node shown = presenter.audience().shownSlide();
        assertThat(shown).isSameAs(ahead);
        assertThat(shown.getId()).isEqualTo(Presenter.AUDIENCE_PAGE_ID + 2);
        assertThat(shownImageWidth(shown)).as("the broken photo's placeholder, drawn ahead").isGreaterThan(1);
        Optional<Region> handedOut = WaitForAsyncUtils.asyncFx(() -> presenter.drawingAhead().keptForAudience(1)).get();
        assertThat(handedOut).as("a node shown is never kept for another scene").isEmpty();
        assertThat(drawnAhead(2)).as("then the page after it is drawn ahead").isNotSameAs(ahead);
    }

    @Test
    void aPageDrawnAheadBeforeItsPhotoSettledIsDrawnAgainWithIt(FxRobot robot) throws Exception {
        Node early = drawnAhead(1);
        assertThat(shownImageWidth(early)).as("drawn ahead while its photo was still decoding").isEqualTo(1);

        runDecodes(robot);
        runDecodes(robot);
        Node again = drawnAhead(1);
        assertThat(again).isNotSameAs(early);

        pageDown(robot);

        Node shown = presenter.audience().shownSlide();
        assertThat(shown).isSameAs(again);
        assertThat(shownImageWidth(shown)).as("the placeholder of the photo that failed after drawing ahead").isGreaterThan(1);
    }
}
