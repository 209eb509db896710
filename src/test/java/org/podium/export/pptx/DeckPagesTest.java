package org.podium.export.pptx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.export.ExportProgress;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.layout.FontSpec;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.layout.TextMeasurer;
import org.podium.layout.Themes;
import org.podium.media.MediaStore;
import org.podium.model.Programme;

/** Writing slides while the programme is still being laid out. */
class DeckPagesTest {

    @TempDir
    Path dir;

    private OpenedProgramme opened;
    private Programme programme;
    private MediaStore media;

    @BeforeEach
    void readTheSample() throws Exception {
        opened = PodiumFile.read(Decks.SAMPLE);
        programme = opened.programme();
        media = opened.media();
    }

    @AfterEach
    void close() throws Exception {
        opened.close();
    }

    @Test
    void pagesComeInRunningOrderAndAllAreKeptAtTheEnd() {
        SlideLayoutEngine engine = Decks.engine();
        List<SlidePage> expected = engine.layout(programme);

        List<SlidePage> taken = new ArrayList<>();
        try (DeckPages pages = DeckPages.layingOut(engine, programme)) {
            for (SlidePage page = pages.next(); page != null; page = pages.next()) {
                taken.add(page);
            }
            assertThat(pages.next()).as("after the last").isNull();
            assertThat(pages.taken()).isEqualTo(expected);
            assertThat(pages.expected()).isEqualTo(expected.size());
        }
        assertThat(taken).isEqualTo(expected);
    }

    @Test
    void aLayoutThatFailsFailsTheTakerAfterThePagesLaidOutBefore() {
        SlideLayoutEngine failing = engine(new FailingAfter(2_000));

        try (DeckPages pages = DeckPages.layingOut(failing, programme)) {
            int before = 0;
            Throwable failure = null;
            while (failure == null) {
                try {
                    assertThat(pages.next()).as("a page or the failure, never the end").isNotNull();
                    before++;
                } catch (IllegalStateException e) {
                    failure = e;
                }
            }
            assertThat(before).isPositive().isLessThan(Decks.engine().layout(programme).size());
            assertThat(failure).hasMessage("measuring failed after 2000 pieces");
            assertThat(pages.next()).as("nothing after the failure").isNull();
            assertThat(pages.taken()).hasSize(before);
        }
    }

    @Test
    void exportingWhileLayingOutWritesTheDeckThatLaidOutPagesWrite() throws Exception {
        SlideLayoutEngine engine = Decks.engine();
        Path streamed = dir.resolve("streamed.pptx");
        Path laidOut = dir.resolve("laid-out.pptx");

        List<SlidePage> written = new PptxExporter(engine).export(programme, media, PptxOptions.defaults(), streamed,
                ExportProgress.none());
        new PptxExporter(engine).export(programme, engine.layout(programme), media, PptxOptions.defaults(), laidOut,
                ExportProgress.none());

        assertThat(written).isEqualTo(engine.layout(programme));
        Map<String, byte[]> one = entries(streamed);
        Map<String, byte[]> other = entries(laidOut);
        assertThat(one.keySet()).isEqualTo(other.keySet());
        one.forEach((name, bytes) -> {
            if (!name.equals("docProps/core.xml")) { // holds the time of writing
                assertThat(bytes).as(name).isEqualTo(other.get(name));
            }
        });
    }

    @Test
    void aLayoutFailureLeavesTheEarlierDeckAsItWas() throws Exception {
        Path pptx = dir.resolve("分享會.pptx");
        Files.write(pptx, new byte[] {1, 2, 3});

        assertThatThrownBy(() -> new PptxExporter(engine(new FailingAfter(2_000))).export(programme, media,
                PptxOptions.defaults(), pptx, ExportProgress.none()))
                .hasMessageStartingWith(pptx + ": not exported").hasMessageContaining("measuring failed");

        assertThat(Files.readAllBytes(pptx)).containsExactly(1, 2, 3);
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(pptx);
        }
    }

    private static SlideLayoutEngine engine(TextMeasurer measurer) {
        return new SlideLayoutEngine(Themes.bundled(), measurer, family -> true);
    }

    private static Map<String, byte[]> entries(Path zip) throws Exception {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    /** Measures as {@link FixedMeasurer}, and fails once it has measured so many pieces of text. */
    private static final class FailingAfter implements TextMeasurer {
        private final int pieces;
        private final AtomicInteger measured = new AtomicInteger();

        FailingAfter(int pieces) {
            this.pieces = pieces;
        }

        @Override
        public double advancePt(String text, FontSpec font) {
            if (measured.incrementAndGet() > pieces) {
                throw new IllegalStateException("measuring failed after " + pieces + " pieces");
            }
            return new FixedMeasurer().advancePt(text, font);
        }
    }
}
