package org.podium.export.pptx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.podium.export.AtomicOutput;
import org.podium.export.ExportException;
import org.podium.export.ExportProgress;
import org.podium.export.ExportReason;
import org.podium.export.ExportReason.Kind;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.media.MediaStore;
import org.podium.media.PhotoDecoder;
import org.podium.model.MediaRef;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.Slide;

/**
 * Exports a programme as a PowerPoint deck of native, editable shapes: one slide per laid-out
 * page, drawn from the same {@link SlidePage}s the screen shows (this class never measures
 * text). Adds the theme's fonts, speaker notes, one section per segment, document properties
 * and slide timings.
 *
 * <p>The file is written beside the target and moved over it only when complete, so a failure
 * or a cancel leaves any previous file as it was. Photos are encoded on a few worker threads
 * ({@link PictureQueue}) while slides are written; the file is the same whichever finishes first.
 * Not thread-safe; one export at a time.
 */
public final class PptxExporter {

    private static final System.Logger LOG = System.getLogger(PptxExporter.class.getName());
    /** Size of the speaker notes text, in points. */
    static final double NOTES_SIZE_PT = 12;

    private final SlideLayoutEngine engine;
    private final PictureEncoder pictures;

    /** @param engine lays the programme out and resolves the theme's fonts, as on screen */
    public PptxExporter(SlideLayoutEngine engine) {
        this(engine, new DeckPictureEncoder(new PhotoDecoder()));
    }

    /**
     * As {@link #PptxExporter(SlideLayoutEngine)}, keeping the pictures it makes in
     * {@code pictureCache} for later exports of the same photos at the same quality, which then
     * copy them instead of decoding and encoding again (see {@link PictureCache}). Least recently
     * used pictures go when the folder holds more than 1 GiB.
     */
    public PptxExporter(SlideLayoutEngine engine, Path pictureCache) {
        this(engine, new PictureCache(new DeckPictureEncoder(new PhotoDecoder()), pictureCache,
                PictureCache.DEFAULT_LIMIT_BYTES));
    }

    /** The per-user folder for {@link #PptxExporter(SlideLayoutEngine, Path)}'s pictures. */
    public static Path defaultPictureCache() {
        return PictureCache.defaultFolder();
    }

    PptxExporter(SlideLayoutEngine engine, PictureEncoder pictures) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.pictures = Objects.requireNonNull(pictures, "pictures");
    }

    /**
     * Loads POI's template and schema classes on a thread of its own, about 0.3 s of a fresh JVM's
     * first export, for a command line that reads the programme meanwhile: the export's own empty
     * deck is then quick to make. A problem is left for the export to meet and report.
     */
    public static void warmUpInBackground() {
        ExecutorService thread = WorkerThreads.single("pptx-poi-warm-up");
        thread.execute(() -> {
            try (XMLSlideShow deck = new XMLSlideShow()) {
                LOG.log(System.Logger.Level.DEBUG, "POI is ready: {0} slide masters", deck.getSlideMasters().size());
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "warming POI up: {0}", e);
            }
        });
        thread.shutdown();
    }

    /**
     * Lays {@code programme} out and exports it, writing each slide as soon as it is laid out: the
     * layout runs on a thread of its own, the photos encode on worker threads, and POI's empty
     * deck (about half a second of loading its template and schema classes on a first export) is
     * made meanwhile. See {@link #export(Programme, List, MediaStore, PptxOptions, Path, ExportProgress)};
     * {@code progress} is told the number of pages laid out so far as the total.
     *
     * @return the pages written, in order
     */
    public List<SlidePage> export(Programme programme, MediaStore media, PptxOptions options, Path target,
                                  ExportProgress progress) throws IOException {
        AtomicOutput output = open(target, resolveLink(target));
        try (DeckPages pages = DeckPages.layingOut(engine, programme)) {
            export(programme, pages, media, options, target, output, progress);
            return pages.taken();
        }
    }

    /**
     * Writes {@code pages} (the programme's layout, in order) to {@code target}.
     *
     * @param media    the bytes of every photo the pages show
     * @param progress told after each slide; asked between slides whether to stop
     * @throws IOException           naming the target and the problem (a photo missing or
     *                               unreadable, the folder missing or not writable, a folder in
     *                               the target's place, the disk full); the target is then
     *                               unchanged
     * @throws CancellationException when {@code progress} asked to stop; the target is unchanged
     */
    public void export(Programme programme, List<SlidePage> pages, MediaStore media, PptxOptions options, Path target,
                       ExportProgress progress) throws IOException {
        // the folder is checked before any work, so a wrong target fails at once
        AtomicOutput output = open(target, resolveLink(target));
        export(programme, DeckPages.of(pages), media, options, target, output, progress);
    }

    private void export(Programme programme, DeckPages pages, MediaStore media, PptxOptions options, Path target,
                        AtomicOutput output, ExportProgress progress) throws IOException {
        // the programme's photos in the order its slides show them; the deck adds each picture when a
        // page first asks for it, so this order only decides what is encoded first
        try (output; PictureQueue queue = new PictureQueue(programme.media(), media, pictures, options.quality(),
                PictureQueue.threadsFor(Runtime.getRuntime()), progress::isCancelled)) {
            checkMedia(target, programme, media);
            write(programme, pages, queue, options, target, output, progress);
        }
        LOG.log(System.Logger.Level.DEBUG, "exported to {0}", target);
    }

    private void write(Programme programme, DeckPages pages, PictureQueue queue, PptxOptions options, Path target,
                       AtomicOutput output, ExportProgress progress) throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow(); SavingAhead saving = new SavingAhead()) {
            PictureStore pictures = new PictureStore(deck, queue);
            build(deck, programme, pages, pictures, saving, options, target, progress);
            saving.finish();
            checkCancelled(progress, target);
            OutputStream buffered = new BufferedOutputStream(output.stream(), 64 * 1024);
            DeckZip zip = new DeckZip(buffered, pictures.undeflated());
            deck.write(zip);
            buffered.flush();
            checkCancelled(progress, target);
            output.commit();
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            ExportReason problem = e instanceof AccessDeniedException
                    ? ExportReason.of(Kind.NO_PERMISSION, e.getMessage()) : output.reason(e);
            throw new ExportException(target, ExportReason.of(Kind.NOT_EXPORTED, problem), e);
        }
    }

    private void build(XMLSlideShow deck, Programme programme, DeckPages pages, PictureStore pictures,
                       SavingAhead saving, PptxOptions options, Path target, ExportProgress progress)
            throws IOException {
        SlidePage first = pages.next();
        // the layout's size; the programme's format only when there is nothing laid out
        double widthPt = first == null ? programme.format().widthPt() : first.layout().widthPt();
        double heightPt = first == null ? programme.format().heightPt() : first.layout().heightPt();
        Ooxml.slideSize(deck, widthPt, heightPt);
        XSLFSlideMaster master = deck.getSlideMasters().get(0);
        DeckFonts fonts = DeckFonts.of(engine, programme);
        Ooxml.themeFonts(master.getTheme(), fonts);
        XSLFSlideLayout blank = master.getLayout(SlideLayout.BLANK);
        TextShapes text = new TextShapes(programme.language());
        SlideShapes shapes = new SlideShapes(text, pictures);
        SpeakerNotes notes = SpeakerNotes.in(programme.language());
        Map<SegmentId, Integer> numbers = segmentNumbers(programme);

        SegmentId previous = null;
        int notesCount = 0;
        NotesMaster notesMaster = null;
        int written = 0;
        for (SlidePage next = first; next != null; next = pages.next()) {
            checkCancelled(progress, target);
            SlidePage page = next;
            Segment segment = programme.segment(page.segmentId()).orElseThrow(() -> new IllegalArgumentException(
                    "page " + (page.pageIndex() + 1) + " belongs to segment " + page.segmentId() + ", not in the programme"));
            Slide slide = segment.slide(page.slideId()).orElseThrow(() -> new IllegalArgumentException(
                    "slide " + page.slideId() + " is not in segment '" + segment.title() + "'"));
            XSLFSlide pptSlide = deck.createSlide(blank);
            shapes.draw(pptSlide, page.layout());
            boolean firstOfSegment = !segment.id().equals(previous);
            previous = segment.id();
            XSLFNotes notesPage = null;
            if (options.notes()) {
                List<String> paragraphs = notes.paragraphs(segment, numbers.get(segment.id()), slide, firstOfSegment,
                        page.pageIndex(), page.pageCount());
                if (!paragraphs.isEmpty()) {
                    if (notesMaster == null) {
                        // POI makes the notes master from a slide's theme: once there is a slide
                        notesMaster = NotesMaster.prepare(deck, widthPt / heightPt);
                    }
                    notesPage = notesMaster.newPage(pptSlide);
                    text.notes(notesPage, paragraphs, fonts.minorEastAsian(), NOTES_SIZE_PT);
                    notesCount++;
                }
            }
            Ooxml.transition(pptSlide, options.fade(), slide.autoAdvance());
            // the slide and its notes are finished
            saving.save(pptSlide, notesPage);
            written++;
            progress.slideWritten(written, pages.expected());
        }
        Ooxml.sections(deck, sections(programme, pages.taken()));
        DeckProperties.write(deck, programme, written, notesCount);
        try {
            DeckProperties.removeTemplateThumbnail(deck);
        } catch (InvalidFormatException e) {
            throw new IOException("cannot remove the template's thumbnail: " + e.getMessage(), e);
        }
    }

    /**
     * One section per segment, in running order, named by its title; a segment with no slides
     * gets an empty section, so the deck's outline matches the running order.
     */
    static List<Ooxml.Section> sections(Programme programme, List<SlidePage> pages) {
        Map<SegmentId, int[]> ranges = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            int index = i;
            ranges.computeIfAbsent(pages.get(i).segmentId(), id -> new int[] {index, 0})[1]++;
        }
        List<Ooxml.Section> sections = new ArrayList<>();
        int next = 0;
        for (Segment segment : programme.segments()) {
            int[] range = ranges.getOrDefault(segment.id(), new int[] {next, 0});
            String name = segment.title().isBlank() ? segment.kind().id() : segment.title().strip();
            UUID id = UUID.nameUUIDFromBytes(("podium-section:" + segment.id().value()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sections.add(new Ooxml.Section(name, id, range[0], range[1]));
            next = range[0] + range[1];
        }
        return sections;
    }

    private static Map<SegmentId, Integer> segmentNumbers(Programme programme) {
        Map<SegmentId, Integer> numbers = new LinkedHashMap<>();
        for (Segment segment : programme.segments()) {
            numbers.put(segment.id(), numbers.size() + 1);
        }
        return numbers;
    }

    /** Fails before anything is written when the bytes of a photo the programme shows are not to be had. */
    private static void checkMedia(Path target, Programme programme, MediaStore media) throws IOException {
        List<MediaRef> missing = programme.media().stream().filter(ref -> !media.contains(ref)).toList();
        if (!missing.isEmpty()) {
            String photos = missing.stream().map(ref -> ref.originalName() + " (" + ref.sha256() + ")")
                    .collect(Collectors.joining(", "));
            throw new ExportException(target, ExportReason.of(Kind.NOT_EXPORTED,
                    ExportReason.of(Kind.PHOTOS_UNAVAILABLE, photos)));
        }
    }

    private static void checkCancelled(ExportProgress progress, Path target) {
        if (progress.isCancelled()) {
            throw new CancellationException("export to " + target + " cancelled");
        }
    }

    private static AtomicOutput open(Path target, Path destination) throws IOException {
        try {
            return AtomicOutput.beside(destination);
        } catch (IOException e) {
            throw new ExportException(target, ExportReason.of(Kind.NOT_EXPORTED, ExportReason.from(e)), e);
        }
    }

    /** Exporting through a symbolic link replaces the file it points to, not the link. */
    private static Path resolveLink(Path target) {
        try {
            return Files.isSymbolicLink(target) ? target.toRealPath() : target;
        } catch (IOException e) {
            return target;
        }
    }
}
