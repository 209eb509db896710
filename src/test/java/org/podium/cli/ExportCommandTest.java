package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.export.pptx.PptxExporter;
import org.podium.model.MediaRef;

/**
 * {@code podium export} end to end: the sample programme laid out with the JavaFX measurer on the
 * headless platform, as a user's command line does.
 */
class ExportCommandTest {

    private static final Path SAMPLE = Path.of("assets/samples/jianye-sharing-session.podium");

    @TempDir
    Path dir;

    @RegisterExtension
    final CliRun cli = new CliRun();

    @Test
    void exportsEveryShownSlideAndEveryPhotoOfTheSample() throws IOException {
        Path deck = dir.resolve("分享會.pptx");
        int pages;
        int slides;
        try (OpenedProgramme opened = PodiumFile.read(SAMPLE)) {
            slides = opened.programme().slideCount();
            pages = ExportCommand.headlessLayout().layout(opened.programme()).size();
        }

        assertThat(cli.run("export", SAMPLE.toString(), "--pptx", deck.toString())).as(cli.err()).isZero();

        assertThat(pages).as("shown slides, honour-roll pages included").isGreaterThanOrEqualTo(slides);
        assertThat(cli.out()).contains("Wrote " + pages + " slides with 9 photos to " + deck);
        try (XMLSlideShow show = open(deck)) {
            assertThat(show.getSlides()).hasSize(pages);
            assertThat(show.getSlides().get(1).getNotes()).isNotNull();
            for (XSLFPictureData picture : show.getPictureData()) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.getData()));
                assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(2560);
            }
        }
        assertThat(filesIn(dir)).containsExactly(deck);
    }

    @Test
    void compactQualityAndNoNotes() throws IOException {
        Path deck = dir.resolve("compact.pptx");

        assertThat(cli.run("export", SAMPLE.toString(), "--pptx", deck.toString(), "--quality", "compact", "--no-notes"))
                .as(cli.err()).isZero();

        try (XMLSlideShow show = open(deck)) {
            for (XSLFPictureData picture : show.getPictureData()) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.getData()));
                assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(1600);
            }
        }
        try (ZipFile zip = new ZipFile(deck.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).noneMatch(name -> name.startsWith("ppt/notesSlides/"));
        }
    }

    @Test
    void picturesAreKeptForTheNextExportUnlessAskedNotTo() throws IOException {
        Path cache = PptxExporter.defaultPictureCache();
        List<String> shas;
        try (OpenedProgramme opened = PodiumFile.read(SAMPLE)) {
            // the photos a compact deck makes smaller or turns upright; the rest keep their bytes
            shas = opened.programme().media().stream()
                    .filter(m -> m.exifOrientation() != 1 || Math.max(m.widthPx(), m.heightPx()) > 1600)
                    .map(MediaRef::sha256).toList();
        }
        deleteCompactEntries(cache, shas);

        assertThat(cli.run("export", SAMPLE.toString(), "--pptx", dir.resolve("none.pptx").toString(),
                "--quality", "compact", "--no-picture-cache")).as(cli.err()).isZero();
        assertThat(compactEntries(cache, shas)).isEmpty();
        assertThat(cli.run("export", SAMPLE.toString(), "--pptx", dir.resolve("first.pptx").toString(),
                "--quality", "compact")).as(cli.err()).isZero();
        assertThat(compactEntries(cache, shas)).as("one per photo made smaller").hasSize(shas.size());
        assertThat(cli.run("export", SAMPLE.toString(), "--pptx", dir.resolve("again.pptx").toString(),
                "--quality", "compact")).as(cli.err()).isZero();

        try (XMLSlideShow none = open(dir.resolve("none.pptx")); XMLSlideShow again = open(dir.resolve("again.pptx"))) {
            assertThat(again.getPictureData()).hasSameSizeAs(none.getPictureData());
            for (int i = 0; i < none.getPictureData().size(); i++) {
                assertThat(again.getPictureData().get(i).getData()).as("picture " + i)
                        .isEqualTo(none.getPictureData().get(i).getData());
            }
        }
    }

    private static List<Path> compactEntries(Path cache, List<String> shas) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().matches(".*-compact-v[0-9]+\\.picture"))
                    .filter(f -> shas.stream().anyMatch(sha -> f.getFileName().toString().startsWith(sha)))
                    .toList();
        }
    }

    private static void deleteCompactEntries(Path cache, List<String> shas) throws IOException {
        for (Path entry : compactEntries(cache, shas)) {
            Files.delete(entry);
        }
    }

    @Test
    void anUnknownQualityIsAUsageError() {
        assertThat(cli.run("export", SAMPLE.toString(), "--pptx", dir.resolve("x.pptx").toString(), "--quality", "best"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("'best'").contains("original, high or compact");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void theOutputIsRequired() {
        assertThat(cli.run("export", SAMPLE.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--pptx");
    }

    @Test
    void helpDescribesTheCommand() {
        assertThat(cli.run("export", "--help")).isZero();
        assertThat(cli.out()).contains("Usage: podium export").contains("--pptx=OUT").contains("--quality")
                .contains("--no-notes").contains("Exit codes:");
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out()).contains("export");
    }

    @Test
    void aMissingProgrammeIsNamed() {
        Path missing = dir.resolve("沒有這個檔案.podium");

        assertThat(cli.run("export", missing.toString(), "--pptx", dir.resolve("x.pptx").toString())).isEqualTo(1);

        assertThat(cli.err()).contains(missing.toString());
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void aMissingOutputFolderIsNamed() {
        Path nowhere = dir.resolve("no-such-folder").resolve("deck.pptx");

        assertThat(cli.run("export", SAMPLE.toString(), "--pptx", nowhere.toString())).isEqualTo(1);

        assertThat(cli.err()).contains(nowhere.getParent().toString()).contains("does not exist");
    }

    @Test
    void theDeckMayNotReplaceTheProgramme() throws IOException {
        Path programme = Files.copy(SAMPLE, dir.resolve("sample.podium"));
        byte[] before = Files.readAllBytes(programme);

        assertThat(cli.run("export", programme.toString(), "--pptx", programme.toString())).isEqualTo(1);

        assertThat(cli.err()).contains("would replace the programme file");
        assertThat(programme).hasBinaryContent(before);
    }

    @Test
    void anUnreadableProgrammeLeavesAnExistingDeckAsItWas() throws IOException {
        Path garbage = Files.write(dir.resolve("broken.podium"),
                "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.UTF_8));
        Path deck = Files.write(dir.resolve("deck.pptx"), "the previous deck".getBytes(StandardCharsets.UTF_8));

        assertThat(cli.run("export", garbage.toString(), "--pptx", deck.toString())).isEqualTo(1);

        assertThat(cli.err()).contains(garbage.toString());
        assertThat(deck).hasContent("the previous deck");
        assertThat(filesIn(dir)).containsExactlyInAnyOrder(garbage, deck);
    }

    private static XMLSlideShow open(Path deck) throws IOException {
        try (InputStream in = Files.newInputStream(deck)) {
            return new XMLSlideShow(in);
        }
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
