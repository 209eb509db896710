package org.podium.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.podium.export.ExportProgress;
import org.podium.export.pptx.PhotoQuality;
import org.podium.export.pptx.PptxExporter;
import org.podium.export.pptx.PptxOptions;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.layout.ImageBox;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.layout.Themes;
import org.podium.render.FxFontResolver;
import org.podium.render.FxPlatform;
import org.podium.render.FxTextMeasurer;
import org.podium.sample.ProgrammeGenerator;

/**
 * Prepares the inputs of the PPTX export benchmark (Podium against PptxGenJS) in a work folder;
 * {@code bench/pptx-vs-pptxgenjs.sh} then times both writers as whole processes.
 *
 * <p>For the sample and for a generated 300-slide, 150-photo programme it writes
 * {@code NAME/programme.podium}, the deck Podium exports from it ({@code NAME/reference.pptx},
 * high quality), the pictures that deck stores ({@code NAME/media/}, taken out of the deck, so
 * both writers embed the very same bytes), and {@code NAME/pages.json}: every laid-out page as
 * PptxGenJS needs it (see {@link PagesJson}). Usage: {@code PptxExportBenchmark WORKDIR}.
 */
public final class PptxExportBenchmark {

    private static final long SEED = 20261127L;

    private PptxExportBenchmark() {
    }

    public static void main(String[] args) {
        FxBenchmarks.runAndExit(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        FxBenchmarks.allowGeneratedDecks();
        Path work = Path.of(args.length > 0 ? args[0] : "target/pptx-bench").toAbsolutePath();
        Files.createDirectories(work);
        FxPlatform.startHeadless();
        SlideLayoutEngine engine = new SlideLayoutEngine(Themes.bundled(), new FxTextMeasurer(), new FxFontResolver());

        Path sample = work.resolve("sample");
        Files.createDirectories(sample);
        Files.copy(Path.of("assets/samples/jianye-sharing-session.podium"), sample.resolve("programme.podium"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        prepare(engine, sample);

        Path generated = work.resolve("generated");
        Files.createDirectories(generated);
        Path photos = Files.createTempDirectory("podium-pptx-bench-photos");
        ProgrammeGenerator.WithPhotos withPhotos =
                ProgrammeGenerator.generateWithPhotos(ProgrammeGenerator.Spec.benchmark(SEED), photos);
        PodiumFile.write(generated.resolve("programme.podium"), withPhotos.programme(), withPhotos.mediaStore());
        for (Path photo : withPhotos.files().values()) {
            Files.deleteIfExists(photo);
        }
        Files.deleteIfExists(photos);
        prepare(engine, generated);
    }

    private static void prepare(SlideLayoutEngine engine, Path dir) throws IOException, InvalidFormatException {
        try (OpenedProgramme opened = PodiumFile.read(dir.resolve("programme.podium"))) {
            List<SlidePage> pages = engine.layout(opened.programme());
            Path reference = dir.resolve("reference.pptx");
            new PptxExporter(engine).export(opened.programme(), pages, opened.media(),
                    new PptxOptions(PhotoQuality.HIGH, true, true), reference, ExportProgress.none());
            Path media = dir.resolve("media");
            Files.createDirectories(media);
            List<String> notes = new ArrayList<>();
            PagesJson json = new PagesJson();
            try (XMLSlideShow deck = new XMLSlideShow(OPCPackage.open(reference.toFile(), PackageAccess.READ))) {
                List<XSLFSlide> slides = deck.getSlides();
                for (int i = 0; i < pages.size(); i++) {
                    XSLFSlide slide = slides.get(i);
                    List<XSLFPictureShape> pictures = new ArrayList<>();
                    for (XSLFShape shape : slide.getShapes()) {
                        if (shape instanceof XSLFPictureShape picture) {
                            pictures.add(picture);
                        }
                    }
                    List<ImageBox> boxes = pages.get(i).layout().imageBoxes();
                    for (int b = 0; b < boxes.size(); b++) {
                        var data = pictures.get(b).getPictureData();
                        Path file = media.resolve(boxes.get(b).media().sha256() + "." + data.suggestFileExtension());
                        if (!Files.exists(file)) {
                            Files.write(file, data.getData());
                        }
                        json.picture(boxes.get(b), file, data.getImageDimension());
                    }
                    notes.add(notesText(slide.getNotes()));
                }
            }
            json.write(dir.resolve("pages.json"), pages, notes);
            System.out.printf(Locale.ROOT, "%s: %d pages, %d pictures, reference deck %.1f MB%n", dir.getFileName(),
                    pages.size(), json.pictureCount(), Files.size(reference) / 1e6);
        }
    }

    private static String notesText(XSLFNotes notes) {
        if (notes == null) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        for (XSLFShape shape : notes.getShapes()) {
            if (shape instanceof XSLFTextShape text && text.getTextType() == org.apache.poi.sl.usermodel.Placeholder.BODY) {
                paragraphs.add(text.getText());
            }
        }
        return String.join("\n", paragraphs);
    }
}
