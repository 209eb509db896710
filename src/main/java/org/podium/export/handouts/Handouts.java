package org.podium.export.handouts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.podium.export.ExportException;
import org.podium.export.ExportProgress;
import org.podium.export.ExportReason;
import org.podium.export.ExportReason.Kind;
import org.podium.export.sheet.PdfFont;
import org.podium.export.sheet.PdfOutput;
import org.podium.export.sheet.PdfPainter;
import org.podium.export.sheet.PdfPainter.Rgb;
import org.podium.export.sheet.SheetLabels;
import org.podium.layout.BreakMode;
import org.podium.layout.FontSpec;
import org.podium.layout.LineBreaker;
import org.podium.layout.Rect;
import org.podium.layout.SlidePage;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.Slide;
import org.podium.model.SlideId;

/**
 * Writes slide handouts as a PDF: 1, 2, 4 or 6 slides a page, each framed under a caption with its
 * number and segment, optionally with the presenter notes beside it. The slides are pictures drawn
 * by the shared renderer and stored as JPEG at {@link #PRINT_DPI}; captions and notes are text in
 * an embedded CJK font subset. Written atomically.
 */
public final class Handouts {

    /** Resolution of the slide pictures at their printed size, in dots per inch. */
    static final int PRINT_DPI = 150;
    /** JPEG quality of the slide pictures, 0–1: no visible artefacts on text at 150 dpi. */
    static final float JPEG_QUALITY = 0.85f;
    /** Widest slide picture, in pixels, whatever the page size. */
    static final int MAX_IMAGE_PX = 2400;

    private Handouts() {
    }

    /**
     * Writes the handouts of {@code pages} (the programme's layout, in order) to {@code target}.
     *
     * @param images   draws each slide
     * @param labels   language of the captions; usually {@code programme.language().locale()}
     * @param progress told after each slide; asked between slides whether to stop
     * @throws IOException           naming the target and the problem (a slide that could not be
     *                               drawn, no CJK font, the folder missing); the target is then
     *                               unchanged
     * @throws CancellationException when {@code progress} asked to stop; the target is unchanged
     */
    public static void write(Programme programme, List<SlidePage> pages, SlideImageSource images,
                             HandoutOptions options, Locale labels, Path target, ExportProgress progress)
            throws IOException {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(progress, "progress");
        SheetLabels words = SheetLabels.of(labels);
        try (PDDocument document = new PDDocument();
             PdfFont font = PdfFont.load(document, programme.language())) {
            new Writer(document, font, programme, pages, images, options, words, progress).write();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(programme.title() + " — " + words.get("handouts.title"));
            info.setCreator("Podium");
            document.getDocumentCatalog().setLanguage(programme.language().tag());
            PdfOutput.save(document, target);
        } catch (IOException e) {
            throw new ExportException(target, ExportReason.of(Kind.HANDOUTS_NOT_WRITTEN, ExportReason.from(e)), e);
        }
    }

    /** One export's state. */
    private static final class Writer {

        private final PDDocument document;
        private final PdfFont font;
        private final Programme programme;
        private final List<SlidePage> pages;
        private final SlideImageSource images;
        private final HandoutOptions options;
        private final SheetLabels labels;
        private final ExportProgress progress;
        private final HandoutLayout layout;
        private final Map<SegmentId, Segment> segments = new HashMap<>();
        private final Map<SlideId, Slide> slides = new HashMap<>();

        Writer(PDDocument document, PdfFont font, Programme programme, List<SlidePage> pages,
               SlideImageSource images, HandoutOptions options, SheetLabels labels, ExportProgress progress) {
            this.document = document;
            this.font = font;
            this.programme = programme;
            this.pages = List.copyOf(pages);
            this.images = images;
            this.options = options;
            this.labels = labels;
            this.progress = progress;
            this.layout = HandoutLayout.of(options, programme.format().aspectRatio());
            for (Segment segment : programme.segments()) {
                segments.put(segment.id(), segment);
                for (Slide slide : segment.slides()) {
                    slides.put(slide.id(), slide);
                }
            }
        }

        void write() throws IOException {
            int pageCount = options.pageCount(pages.size());
            PDRectangle size = new PDRectangle((float) layout.pageWidthPt(), (float) layout.pageHeightPt());
            for (int p = 0; p < pageCount; p++) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PdfPainter painter = new PdfPainter(document, page, font)) {
                    header(painter);
                    for (int c = 0; c < options.perPage(); c++) {
                        int index = p * options.perPage() + c;
                        if (index >= pages.size()) {
                            break;
                        }
                        if (progress.isCancelled()) {
                            throw new CancellationException("handouts export cancelled");
                        }
                        if (c > 0 && options.notes()) {
                            double y = layout.cells().get(c).caption().yPt() - HandoutLayout.GAP_PT / 2;
                            painter.line(HandoutLayout.MARGIN_X_PT, y,
                                    layout.pageWidthPt() - HandoutLayout.MARGIN_X_PT, y, 0.4, Rgb.LIGHT_RULE);
                        }
                        cell(painter, layout.cells().get(c), index);
                        progress.slideWritten(index + 1, pages.size());
                    }
                    footer(painter, p + 1, pageCount);
                }
            }
        }

        private void header(PdfPainter painter) throws IOException {
            double right = layout.pageWidthPt() - HandoutLayout.MARGIN_X_PT;
            double baseline = 40;
            painter.text(programme.title(), HandoutLayout.MARGIN_X_PT, baseline, 10, true, Rgb.TEXT);
            String date = programme.date() == null ? "" : labels.date(programme.date()) + "　";
            painter.right(date + labels.get("handouts.title"), right, baseline, 8.5, false, Rgb.MUTED);
            painter.line(HandoutLayout.MARGIN_X_PT, baseline + 8, right, baseline + 8, 0.6, Rgb.RULE);
        }

        private void footer(PdfPainter painter, int page, int pageCount) throws IOException {
            painter.centred(labels.get("sheet.page", page, pageCount), layout.pageWidthPt() / 2,
                    layout.pageHeightPt() - 22, 8, false, Rgb.MUTED);
        }

        private void cell(PdfPainter painter, HandoutLayout.Cell cell, int index) throws IOException {
            SlidePage page = pages.get(index);
            Segment segment = segments.get(page.segmentId());
            Rect box = cell.slide();

            double captionBaseline = cell.caption().yPt() + cell.caption().heightPt() - 4.5;
            String number = labels.get("handouts.slide", index + 1);
            double captionPt = options.perPage() >= 4 ? 7.5 : 8.5;
            painter.text(number, box.xPt(), captionBaseline, captionPt, true, Rgb.TEXT);
            if (segment != null) {
                double x = box.xPt() + painter.widthPt(number, captionPt) + 6;
                String title = fitted(segment.title(), box.maxXPt() - x, captionPt);
                painter.text(title, x, captionBaseline, captionPt, false, Rgb.MUTED);
            }

            int widthPx = Math.min(MAX_IMAGE_PX, (int) Math.ceil(box.widthPt() / 72 * PRINT_DPI));
            BufferedImage image = images.image(page.layout(), widthPx);
            PDImageXObject picture = JPEGFactory.createFromImage(document, image, JPEG_QUALITY, PRINT_DPI);
            painter.image(picture, box.xPt(), box.yPt(), box.widthPt(), box.heightPt());
            painter.frame(box.xPt(), box.yPt(), box.widthPt(), box.heightPt(), 0.6, Rgb.RULE);

            if (cell.notes() != null) {
                Slide slide = slides.get(page.slideId());
                String notes = slide == null || page.pageIndex() > 0 ? "" : slide.notes();
                notes(painter, cell.notes(), notes);
            }
        }

        /**
         * The notes in the box, cut with an ellipsis when too long, then ruled lines to write on
         * down to the box's bottom (under a "notes" label when there are no notes).
         */
        private void notes(PdfPainter painter, Rect box, String notes) throws IOException {
            double sizePt = options.perPage() == 1 ? 11 : options.perPage() == 2 ? 9.5 : 8;
            double linePt = sizePt * 1.55;
            double baseline = box.yPt() + sizePt;
            List<String> lines = notes.isBlank() ? List.of(labels.get("handouts.lines"))
                    : new LineBreaker(font).breakLines(notes, new FontSpec("notes", sizePt, false), 0, box.widthPt(),
                    BreakMode.GREEDY);
            Rgb colour = notes.isBlank() ? Rgb.MUTED : Rgb.TEXT;
            int room = Math.max(1, (int) Math.floor((box.heightPt() - sizePt) / linePt) + 1);
            int shown = Math.min(room, lines.size());
            for (int i = 0; i < shown; i++) {
                String line = lines.get(i);
                if (i == room - 1 && lines.size() > room) {
                    line = fitted(line + "…", box.widthPt(), sizePt);
                }
                painter.text(line, box.xPt(), baseline + i * linePt, sizePt, false, colour);
            }
            double ruleGap = Math.max(linePt * 1.3, 16);
            for (double y = baseline + (shown - 1) * linePt + ruleGap; y <= box.maxYPt(); y += ruleGap) {
                painter.line(box.xPt(), y, box.maxXPt(), y, 0.4, Rgb.LIGHT_RULE);
            }
        }

        /** {@code text} shortened with an ellipsis to at most {@code widthPt}. */
        private String fitted(String text, double widthPt, double sizePt) {
            if (font.widthPt(font.printable(text), sizePt) <= widthPt) {
                return text;
            }
            String cut = text.endsWith("…") ? text.substring(0, text.length() - 1) : text;
            while (!cut.isEmpty() && font.widthPt(font.printable(cut + "…"), sizePt) > widthPt) {
                cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
            }
            return cut + "…";
        }
    }
}
