package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.layout.Rect;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.layout.TextBox;
import org.podium.layout.TextLine;
import org.podium.layout.TextRole;
import org.podium.layout.Themes;
import org.podium.render.FxFontResolver;
import org.podium.render.FxPlatform;
import org.podium.render.FxTextMeasurer;

class RenderCommandTest {

    private static final Path SAMPLE = Path.of("assets/samples/jianye-sharing-session.podium");
    /** The sample's pages as the layout makes them: what the command must write. */
    private static List<SlidePage> pages;

    @TempDir
    Path dir;

    @RegisterExtension
    final CliRun cli = new CliRun();

    @BeforeAll
    static void layOutTheSample() throws IOException {
        FxPlatform.startHeadless();
        try (OpenedProgramme opened = PodiumFile.read(SAMPLE)) {
            pages = new SlideLayoutEngine(Themes.bundled(), new FxTextMeasurer(), new FxFontResolver())
                    .layout(opened.programme());
        }
    }

    @Test
    void rendersEverySlideOfTheSampleAndDrawsItsChineseText() throws IOException {
        Path slides = dir.resolve("slides");

        assertThat(cli.run("render", SAMPLE.toString(), "--out", slides.toString())).isZero();

        List<String> names = pngs(slides);
        assertThat(names).hasSize(pages.size()).hasSizeGreaterThanOrEqualTo(33).startsWith("slide-001.png", "slide-002.png")
                .endsWith(String.format(Locale.ROOT, "slide-%03d.png", pages.size()));
        assertThat(cli.out()).contains("Wrote " + pages.size() + " slides (1920 × 1080 px) to "
                + slides.toAbsolutePath());
        assertThat(cli.err()).isEmpty();

        BufferedImage title = ImageIO.read(slides.resolve("slide-002.png").toFile());
        assertThat(title.getWidth()).isEqualTo(1920);
        assertThat(title.getHeight()).isEqualTo(1080);
        assertThat(distinctColours(title)).as("colours in the title slide").isGreaterThan(100);

        TextBox heading = pages.get(1).layout().textBoxes().stream().filter(b -> b.role() == TextRole.TITLE)
                .findFirst().orElseThrow();
        double pxPerPt = 1920 / pages.get(1).layout().widthPt();
        int colour = heading.colour().red() << 16 | heading.colour().green() << 8 | heading.colour().blue();
        double emPt = heading.font().sizePt();
        int cellsChecked = 0;
        for (TextLine line : heading.lines()) {
            String text = line.text();
            if (Math.abs(line.widthPt() - text.length() * emPt) > 0.5) {
                continue; // not all full-width characters: cells would not be one em each
            }
            // cell i holds character i; the mask says which of its pixels have the title colour
            Map<Character, String> maskOf = new HashMap<>();
            for (int i = 0; i < text.length(); i++) {
                Rect cell = new Rect(line.xPt() + i * emPt, line.baselineYPt() - 0.88 * emPt, emPt, emPt);
                String mask = mask(title, cell, pxPerPt, colour);
                assertThat(mask.chars().filter(c -> c == '#').count()).as("title-coloured pixels of %s", text.charAt(i))
                        .isGreaterThan(mask.length() / 100);
                String earlier = maskOf.putIfAbsent(text.charAt(i), mask);
                // real glyphs: a character repeated in the line is drawn alike, different ones differently;
                // missing glyphs would all be the same empty box
                if (earlier != null) {
                    assertThat(mask).as("second %s in %s", text.charAt(i), text).isEqualTo(earlier);
                }
                cellsChecked++;
            }
            assertThat(new HashSet<>(maskOf.values())).as("distinct glyphs in %s", text).hasSize(maskOf.size());
        }
        assertThat(cellsChecked).isGreaterThan(10);
    }

    @Test
    void renderingTwiceGivesTheSamePixels() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertThat(cli.run("render", SAMPLE.toString(), "--out", first.toString(), "--width", "640")).isZero();
        assertThat(cli.run("render", SAMPLE.toString(), "--out", second.toString(), "--width", "640")).isZero();

        assertThat(pngs(second)).isEqualTo(pngs(first)).hasSize(pages.size());
        for (String name : pngs(first)) {
            assertThat(Files.readAllBytes(second.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
        assertThat(ImageIO.read(first.resolve("slide-001.png").toFile()).getHeight()).isEqualTo(360);
    }

    @Test
    void theThemeOptionReplacesTheProgrammesTheme() throws IOException {
        assertThat(cli.run("render", SAMPLE.toString(), "--out", dir.toString(), "--width", "320", "--theme", "paper"))
                .isZero();

        // paper's background is near white; the sample's own crimson-gold is dark red
        int corner = ImageIO.read(dir.resolve("slide-002.png").toFile()).getRGB(2, 2) & 0xFFFFFF;
        assertThat(corner >> 16 & 0xFF).isGreaterThan(230);
        assertThat(corner & 0xFF).isGreaterThan(200);
    }

    @Test
    void aDamagedPhotoIsDrawnAsAPlaceholderNamedInAWarningAndTheExitCodeIsOne() throws IOException {
        // every photo's bytes cut in half: the archive opens, the photos cannot be decoded
        Path damaged = dir.resolve("damaged.podium");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(SAMPLE));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(damaged))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().startsWith("media/") ? Arrays.copyOf(bytes, bytes.length / 2) : bytes);
                zip.closeEntry();
            }
        }

        assertThat(cli.run("render", damaged.toString(), "--out", dir.resolve("out").toString(), "--width", "320"))
                .isEqualTo(1);
        assertThat(pngs(dir.resolve("out"))).hasSize(pages.size());
        assertThat(cli.err()).contains(damaged + ": warning: slide 1: the photo ")
                .contains("could not be drawn; a placeholder shows in its place");
        assertThat(cli.out()).contains("Wrote " + pages.size() + " slides");
    }

    @Test
    void anUnknownThemeIsAUsageErrorListingTheThemes() {
        assertThat(cli.run("render", SAMPLE.toString(), "--out", dir.toString(), "--theme", "neon")).isEqualTo(2);
        assertThat(cli.err()).contains("neon").contains("crimson-gold").contains("formal-blue")
                .contains("memorial").contains("paper");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aMissingFileFailsNamingIt() {
        Path missing = dir.resolve("沒有這個檔案.podium");
        assertThat(cli.run("render", missing.toString(), "--out", dir.resolve("out").toString())).isEqualTo(1);
        assertThat(cli.err()).contains(missing.toString());
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aBrokenFileFailsNamingIt() throws IOException {
        Path broken = dir.resolve("broken.podium");
        Files.writeString(broken, "not a zip");
        assertThat(cli.run("render", broken.toString(), "--out", dir.resolve("out").toString())).isEqualTo(1);
        assertThat(cli.err()).contains(broken.toString());
    }

    @Test
    void anOutputPathThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertThat(cli.run("render", SAMPLE.toString(), "--out", file.toString())).isEqualTo(1);
        assertThat(cli.err()).contains(file.toString()).contains("not a folder");
    }

    @Test
    void theOutFolderIsRequiredAndTheWidthMustBeSensible() {
        assertThat(cli.run("render", SAMPLE.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--out");
        assertThat(cli.run("render", SAMPLE.toString(), "--out", dir.toString(), "--width", "0")).isEqualTo(2);
        assertThat(cli.err()).contains("1 to 16384");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void helpDescribesTheCommand() {
        assertThat(cli.run("render", "--help")).isZero();
        assertThat(cli.out()).contains("Usage: podium render").contains("--out=DIR").contains("--width=PX")
                .contains("1920").contains("--theme=ID");
    }

    private static List<String> pngs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted().toList();
        }
    }

    private static long distinctColours(BufferedImage image) {
        return Arrays.stream(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0,
                image.getWidth())).distinct().count();
    }

    /** The pixels of {@code rect} (points, drawn at {@code pxPerPt}): '#' within 24 of {@code rgb} in every channel, else '.'. */
    private static String mask(BufferedImage image, Rect rect, double pxPerPt, int rgb) {
        int x0 = (int) Math.round(rect.xPt() * pxPerPt);
        int y0 = (int) Math.round(rect.yPt() * pxPerPt);
        int size = (int) Math.round(rect.widthPt() * pxPerPt);
        StringBuilder mask = new StringBuilder(size * size);
        for (int y = y0; y < y0 + size; y++) {
            for (int x = x0; x < x0 + size; x++) {
                int p = image.getRGB(x, y);
                boolean near = Math.abs((p >> 16 & 0xFF) - (rgb >> 16 & 0xFF)) <= 24
                        && Math.abs((p >> 8 & 0xFF) - (rgb >> 8 & 0xFF)) <= 24 && Math.abs((p & 0xFF) - (rgb & 0xFF)) <= 24;
                mask.append(near ? '#' : '.');
            }
        }
        return mask.toString();
    }
}
