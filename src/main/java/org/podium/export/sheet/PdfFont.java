package org.podium.export.sheet;

import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.podium.export.ExportException;
import org.podium.export.ExportReason;
import org.podium.export.ExportReason.Kind;
import org.podium.layout.FontSpec;
import org.podium.layout.TextMeasurer;
import org.podium.model.Language;

/**
 * The CJK font of a PDF document: a TrueType font found on this machine, embedded as a subset of
 * the glyphs the document uses. PDFBox subsets only TrueType outlines, so the CFF-based Noto Sans
 * CJK is not a candidate; see {@code docs/decisions/0007-documents.md}. Measures text for line
 * breaking, with the font's own advances.
 *
 * <p>Keeps the font file open until {@link #close()}: the subset is made when the document is
 * saved, so close this after saving.
 */
public final class PdfFont implements AutoCloseable, TextMeasurer {

    /** System property naming a TrueType font file (.ttf or .ttc) to use before the built-in list. */
    public static final String FONT_PROPERTY = "podium.pdf.font";

    private static final System.Logger LOG = System.getLogger(PdfFont.class.getName());
    /** Printed in place of a character the font lacks. */
    private static final int MISSING = '?';

    /** TrueType-outline fonts with Traditional and Simplified Chinese, best first; Windows, macOS, Linux. */
    private static final List<String> COMMON = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
            "/Library/Fonts/Arial Unicode.ttf");

    private final TrueTypeCollection collection;
    private final TrueTypeFont trueType;
    private final CmapLookup cmap;
    private final PDType0Font font;
    private final Path file;
    private final Map<Integer, Float> advances = new HashMap<>();

    private PdfFont(TrueTypeCollection collection, TrueTypeFont trueType, PDType0Font font, Path file)
            throws IOException {
        this.collection = collection;
        this.trueType = trueType;
        this.cmap = trueType.getUnicodeCmapLookup();
        this.font = font;
        this.file = file;
    }

    /**
     * Loads the first usable font for {@code language} into {@code document}.
     *
     * @throws IOException when no TrueType CJK font is installed, saying which to install
     */
    public static PdfFont load(PDDocument document, Language language) throws IOException {
        List<String> tried = new ArrayList<>();
        for (Path candidate : candidates(language)) {
            if (!Files.isRegularFile(candidate)) {
                continue;
            }
            tried.add(candidate.toString());
            PdfFont loaded = tryLoad(document, candidate);
            if (loaded != null) {
                return loaded;
            }
        }
        throw new ExportException(null, tried.isEmpty() ? ExportReason.of(Kind.NO_CJK_FONT, FONT_PROPERTY)
                : ExportReason.of(Kind.NO_USABLE_CJK_FONT, FONT_PROPERTY, String.join(", ", tried)));
    }

    static List<Path> candidates(Language language) {
        List<Path> paths = new ArrayList<>();
        String chosen = System.getProperty(FONT_PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            paths.add(Path.of(chosen));
        }
        String windir = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
        Path windows = Path.of(windir, "Fonts");
        // Microsoft JhengHei for Traditional and YaHei for Simplified, as the XLSX names them
        List<String> office = language == Language.ZH_HANS
                ? List.of("msyh.ttc", "msjh.ttc", "simsun.ttc", "mingliu.ttc")
                : List.of("msjh.ttc", "msyh.ttc", "mingliu.ttc", "simsun.ttc");
        for (String name : office) {
            paths.add(windows.resolve(name));
        }
        for (String path : COMMON) {
            paths.add(Path.of(path));
        }
        return paths;
    }

    private static PdfFont tryLoad(PDDocument document, Path file) {
        TrueTypeCollection collection = null;
        try {
            TrueTypeFont trueType;
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                collection = new TrueTypeCollection(file.toFile());
                List<TrueTypeFont> fonts = new ArrayList<>();
                collection.processAllFonts(fonts::add);
                trueType = fonts.get(0);
            } else {
                trueType = new org.apache.fontbox.ttf.TTFParser().parse(
                        new org.apache.pdfbox.io.RandomAccessReadBufferedFile(new File(file.toString())));
            }
            if (trueType instanceof OpenTypeFont otf && otf.isPostScript()) {
                LOG.log(Level.DEBUG, "{0} has CFF outlines, which PDFBox cannot subset", file);
                close(collection, trueType);
                return null;
            }
            if (trueType.getUnicodeCmapLookup().getGlyphId('中') == 0) {
                LOG.log(Level.DEBUG, "{0} has no Chinese characters", file);
                close(collection, trueType);
                return null;
            }
            PDType0Font font = PDType0Font.load(document, trueType, true);
            return new PdfFont(collection, trueType, font, file);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot use the font {0}: {1}", file, e.getMessage());
            close(collection, null);
            return null;
        }
    }

    private static void close(TrueTypeCollection collection, TrueTypeFont font) {
        try {
            if (collection != null) {
                collection.close();
            } else if (font != null) {
                font.close();
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing a font: {0}", e.getMessage());
        }
    }

    public PDType0Font font() {
        return font;
    }

    /** The font file used. */
    public Path file() {
        return file;
    }

    /**
     * {@code text} with every character the font lacks replaced by '?' (a space for a missing
     * space character, e.g. no-break space), and controls dropped.
     */
    public String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                return;
            }
            out.appendCodePoint(has(c) ? c : Character.isSpaceChar(c) ? ' ' : MISSING);
        });
        return out.toString();
    }

    private boolean has(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /** Advance of {@code text} at {@code sizePt}, in points. */
    public double widthPt(String text, double sizePt) {
        double units = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            units += advance(c);
            i += Character.charCount(c);
        }
        return units / 1000 * sizePt;
    }

    private float advance(int codePoint) {
        return advances.computeIfAbsent(codePoint, c -> {
            int glyph = has(c) ? cmap.getGlyphId(c) : cmap.getGlyphId(MISSING);
            try {
                return trueType.getAdvanceWidth(glyph) * 1000f / trueType.getUnitsPerEm();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the advance of U+" + Integer.toHexString(c) + " in "
                        + file, e);
            }
        });
    }

    @Override
    public double advancePt(String text, FontSpec spec) {
        return widthPt(text, spec.sizePt());
    }

    @Override
    public void close() {
        close(collection, collection == null ? trueType : null);
    }
}
