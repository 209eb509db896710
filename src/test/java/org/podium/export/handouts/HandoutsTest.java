package org.podium.export.handouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.TestProgrammes;
import org.podium.export.ExportProgress;
import org.podium.layout.Fill;
import org.podium.layout.Rgba;
import org.podium.layout.SlideLayout;
import org.podium.layout.SlidePage;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.Slide;

class HandoutsTest {

    private static final Locale TRADITIONAL = Locale.forLanguageTag("zh-Hant");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} a page, notes {1}")
    @CsvSource({"1,false", "1,true", "2,false", "2,true", "4,false", "4,true", "6,false", "6,true"})
    void pagesAreTheSlidesDividedByThePerPageCountRoundedUp(int perPage, boolean notes) throws IOException {
        Programme programme = withNotes(TestProgrammes.jianye());
        List<SlidePage> pages = pages(programme, 1);
        Path target = dir.resolve("handouts.pdf");
        Handouts.write(programme, pages, new Pictures(), new HandoutOptions(perPage, notes), TRADITIONAL, target,
                ExportProgress.none());
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo((pages.size() + perPage - 1) / perPage);
            assertThat(images(pdf)).hasSize(pages.size());
            String text = compact(new PDFTextStripper().getText(pdf));
            assertThat(text).contains(compact(TestProgrammes.TITLE), "第1張", "第" + pages.size() + "張",
                    compact(TestProgrammes.DIALOGUE), compact(TestProgrammes.AWARD));
            if (notes) {
                assertThat(text).contains("請陳懷健上台致辭。");
            } else {
                assertThat(text).doesNotContain("請陳懷健上台致辭");
            }
            PDPage first = pdf.getPage(0);
            boolean landscape = perPage == 1 && !notes;
            assertThat(first.getMediaBox().getWidth() > first.getMediaBox().getHeight()).isEqualTo(landscape);
        }
    }

    @Test
    void slidePicturesAreJpegsAtAbout150DpiOfTheirPrintedSize() throws IOException {
        Programme programme = TestProgrammes.jianye();
        List<SlidePage> pages = pages(programme, 1);
        Path target = dir.resolve("handouts.pdf");
        Handouts.write(programme, pages, new Pictures(), new HandoutOptions(2, false), TRADITIONAL, target,
                ExportProgress.none());
        HandoutLayout layout = HandoutLayout.of(new HandoutOptions(2, false), 16 / 9.0);
        double printedWidthPt = layout.cells().get(0).slide().widthPt();
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            List<PDImageXObject> images = images(pdf);
            assertThat(images).isNotEmpty().allSatisfy(image -> {
                assertThat(image.getSuffix()).isEqualTo("jpg");
                assertThat(image.getWidth()).isCloseTo((int) Math.ceil(printedWidthPt / 72 * 150),
                        org.assertj.core.data.Offset.offset(1));
            });
        }
        // noisy pictures are the worst case for JPEG; still well under half a megabyte a slide
        assertThat(Files.size(target) / pages.size()).isLessThan(500_000);
    }

    @Test
    void notesTooLongForTheirBoxEndWithAnEllipsisAndEmptyNotesGetLinesToWriteOn() throws IOException {
        Programme programme = TestProgrammes.jianye();
        Segment address = programme.segments().get(1);
        String longNotes = "陳懷健書記致辭，內容包括四年來的評選工作。".repeat(40);
        Slide first = address.slides().get(0).withNotes(longNotes);
        programme = programme.withSegment(address.id(), s -> s.withSlide(first.id(), x -> first));
        Path target = dir.resolve("handouts.pdf");
        Handouts.write(programme, pages(programme, 1), new Pictures(), new HandoutOptions(6, true), TRADITIONAL,
                target, ExportProgress.none());
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            String text = compact(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("陳懷健書記致辭", "…", "筆記：");
            assertThat(text).doesNotContain(compact(longNotes));
        }
    }

    @Test
    void aSlideThatCannotBeDrawnLeavesThePreviousFileAndNoTempFile() throws IOException {
        Path target = dir.resolve("handouts.pdf");
        Files.writeString(target, "previous");
        Programme programme = TestProgrammes.jianye();
        SlideImageSource failing = (layout, widthPx) -> {
            throw new IOException("photo medal.jpg is missing");
        };
        assertThatThrownBy(() -> Handouts.write(programme, pages(programme, 1), failing, new HandoutOptions(4, false),
                TRADITIONAL, target, ExportProgress.none()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString()).hasMessageContaining("medal.jpg");
        assertThat(Files.readString(target)).isEqualTo("previous");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void cancellingStopsBetweenSlidesAndWritesNothing() throws IOException {
        Path target = dir.resolve("handouts.pdf");
        Programme programme = TestProgrammes.jianye();
        List<Integer> done = new ArrayList<>();
        ExportProgress cancelAfterThree = new ExportProgress() {
            @Override
            public void slideWritten(int slides, int total) {
                done.add(slides);
            }

            @Override
            public boolean isCancelled() {
                return done.size() >= 3;
            }
        };
        assertThatThrownBy(() -> Handouts.write(programme, pages(programme, 1), new Pictures(),
                new HandoutOptions(2, true), TRADITIONAL, target, cancelAfterThree))
                .isInstanceOf(CancellationException.class);
        assertThat(done).containsExactly(1, 2, 3);
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void onlyOneTwoFourOrSixSlidesAPage() {
        assertThatThrownBy(() -> new HandoutOptions(3, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1, 2, 4 or 6");
    }

    /** Each model slide as {@code pagesEach} laid-out pages (an honour roll makes several). */
    static List<SlidePage> pages(Programme programme, int pagesEach) {
        List<SlidePage> pages = new ArrayList<>();
        for (Segment segment : programme.segments()) {
            for (Slide slide : segment.slides()) {
                for (int i = 0; i < pagesEach; i++) {
                    pages.add(new SlidePage(segment.id(), slide.id(), i, pagesEach,
                            new SlideLayout(960, 540, Fill.solid(Rgba.BLACK), List.of())));
                }
            }
        }
        return pages;
    }

    private static Programme withNotes(Programme programme) {
        Segment address = programme.segments().get(1);
        Slide first = address.slides().get(0).withNotes("請陳懷健上台致辭。");
        return programme.withSegment(address.id(), s -> s.withSlide(first.id(), x -> first));
    }

    private static List<PDImageXObject> images(PDDocument pdf) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                PDXObject object = page.getResources().getXObject(name);
                if (object instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
        }
        return images;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Slides as noisy pictures with a band of colour: hard for JPEG, like photos. One per width. */
    private static final class Pictures implements SlideImageSource {
        private final Random random = new Random(7);
        private final java.util.Map<Integer, BufferedImage> byWidth = new java.util.HashMap<>();

        @Override
        public BufferedImage image(SlideLayout layout, int widthPx) {
            return byWidth.computeIfAbsent(widthPx, w -> draw(layout, w));
        }

        private BufferedImage draw(SlideLayout layout, int widthPx) {
            int heightPx = (int) Math.round(widthPx * layout.heightPt() / layout.widthPt());
            BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < heightPx; y++) {
                for (int x = 0; x < widthPx; x++) {
                    image.setRGB(x, y, 0x801010 + random.nextInt(0x30));
                }
            }
            Graphics2D g = image.createGraphics();
            g.setColor(Color.ORANGE);
            g.fillRect(widthPx / 10, heightPx / 3, widthPx * 8 / 10, heightPx / 6);
            g.dispose();
            return image;
        }
    }
}
