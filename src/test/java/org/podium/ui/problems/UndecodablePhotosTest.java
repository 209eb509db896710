package org.podium.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.TestProgrammes;
import org.podium.edit.SlideEdits;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.Themes;
import org.podium.media.PhotoDecoder;
import org.podium.media.PhotoRequest;
import org.podium.media.TestImages;
import org.podium.model.MediaRef;
import org.podium.model.Photo;
import org.podium.model.Programme;
import org.podium.model.SegmentId;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.model.SlideId;
import org.podium.render.GlyphCoverage;
import org.podium.ui.common.Messages;
import org.podium.ui.common.SameThreadRunner;
import org.podium.ui.photos.PhotoPreviews;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;
import org.podium.ui.shell.Fakes;

class UndecodablePhotosTest {

    private static final SegmentId MONTAGE = new SegmentId("s-montage");
    private static final SlideId MEDAL = new SlideId("t-medal");
    private static final SlideId AGAIN = new SlideId("t-again");
    private static final GlyphCoverage ALL_GLYPHS = new GlyphCoverage() {
        @Override
        public boolean isInstalled(String family) {
            return true;
        }

        @Override
        public boolean canDisplay(String family, int codePoint) {
            return true;
        }
    };

    @TempDir
    Path dir;

    private final AtomicInteger decodes = new AtomicInteger();
    private final PhotoDecoder decoder = new PhotoDecoder();

    /** The montage with two slides of {@code file}'s photo, stored in the session as imported. */
    private EditorSession sessionWith(Path file) throws IOException {
        EditorSession session = new EditorSession(TestProgrammes.jianye());
        MediaRef ref = session.importedMedia().importFile(file);
        Programme programme = TestProgrammes.jianye().withSegment(MONTAGE, s -> s.withSlides(List.of(
                new Slide(MEDAL, new SinglePhoto(Photo.of(ref)), "", null),
                new Slide(AGAIN, new SinglePhoto(Photo.of(ref).withCaption("again")), "", null))));
        // Loading starts a new store of imported photos: the file is imported into that one.
        session.load(programme, null, null, false);
        session.importedMedia().importFile(file);
        return session;
    }

    private ProblemsViewModel problemsOf(EditorSession session) {
        PhotoPreviews previews = new PhotoPreviews(session, new SameThreadRunner(), ref -> {
            decodes.incrementAndGet();
            return decoder.decode(ref, session.media(), PhotoRequest.longEdge(PhotoPreviews.LONG_EDGE_PX));
        });
        SlideLayoutEngine engine = new SlideLayoutEngine(Themes.bundled(),
                (text, font) -> text.codePointCount(0, text.length()) * font.sizePt() * 0.5, ALL_GLYPHS);
        return new ProblemsViewModel(session, Messages.load(Locale.ENGLISH), new SameThreadRunner(),
                new Fakes.ManualScheduler(), engine, ALL_GLYPHS, previews);
    }

    @Test
    void aPhotoCutShortIsOneErrorNamingItsFileAndWhyAndOpensTheFirstSlideShowingIt() throws IOException {
        byte[] jpeg = TestImages.jpeg(320, 240, 4);
        Path cut = Files.write(dir.resolve("合影.jpg"), Arrays.copyOf(jpeg, jpeg.length * 2 / 3));
        EditorSession session = sessionWith(cut);

        ProblemsViewModel problems = problemsOf(session);

        assertThat(problems.rows()).singleElement().satisfies(row -> {
            assertThat(row.error()).isTrue();
            assertThat(row.message()).isEqualTo("Segment 6, slide 1: the photo 合影.jpg cannot be shown: "
                    + "the file is damaged or cut short; import the original again.");
        });
        problems.open(problems.rows().get(0));
        assertThat(session.selectionProperty().get()).isEqualTo(Selection.slide(MONTAGE, MEDAL));
    }

    @Test
    void aFileThatIsNoPictureIsNamedWithItsFormatProblem() throws IOException {
        Path gif = Files.write(dir.resolve("poster.gif"), TestImages.image("gif", 40, 30, 2));
        EditorSession session = sessionWith(gif);
        // The bytes change after import: the file now holds what no reader takes.
        byte[] bytes = Files.readAllBytes(gif);
        Arrays.fill(bytes, 0, 6, (byte) 'x');
        Files.write(gif, bytes);

        ProblemsViewModel problems = problemsOf(session);

        assertThat(problems.rows()).singleElement().satisfies(row ->
                assertThat(row.message()).startsWith("Segment 6, slide 1: the photo poster.gif cannot be shown:"));
    }

    @Test
    void aGoodPhotoIsNoProblemAndEditsDoNotDecodeItAgain() throws IOException {
        Path good = Files.write(dir.resolve("medal.jpg"), TestImages.jpeg(320, 240, 4));
        EditorSession session = sessionWith(good);
        ProblemsViewModel problems = problemsOf(session);
        assertThat(problems.rows()).isEmpty();
        assertThat(decodes).hasValue(1);

        for (String caption : List.of("M", "Me", "Med", "Medal")) {
            Slide slide = session.programme().segment(MONTAGE).orElseThrow().slide(MEDAL).orElseThrow();
            SinglePhoto photo = (SinglePhoto) slide.content();
            session.applyMerging(new SlideEdits.ReplaceSlide(
                    slide.withContent(new SinglePhoto(photo.photo().withCaption(caption)))));
        }

        assertThat(decodes).as("decoded once, by hash, not per keystroke").hasValue(1);
        assertThat(problems.rows()).isEmpty();
    }
}
