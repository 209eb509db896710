package org.podium.export.pptx;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.Themes;
import org.w3c.dom.Document;

/** Builds exporters for tests and reads back what they wrote. */
final class Decks {

    static final Path SAMPLE = Path.of("assets/samples/jianye-sharing-session.podium");

    private static final Set<String> INSTALLED = Stream.of(
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT))
            .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

    private Decks() {
    }

    /** Fixed-advance measuring; fonts resolved against what this machine has, as the app does. */
    static SlideLayoutEngine engine() {
        return new SlideLayoutEngine(Themes.bundled(), new FixedMeasurer(),
                family -> INSTALLED.contains(family.toLowerCase(Locale.ROOT)));
    }

    static XMLSlideShow open(Path pptx) throws IOException {
        try (InputStream in = Files.newInputStream(pptx)) {
            return new XMLSlideShow(in);
        }
    }

    static List<String> entries(Path zip, String prefix) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            file.stream().map(ZipEntry::getName).filter(n -> n.startsWith(prefix)).forEach(names::add);
        }
        return names;
    }

    static byte[] entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(name);
            if (entry == null) {
                throw new IOException(zip + " has no " + name);
            }
            try (InputStream in = file.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }

    static Document xml(Path zip, String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = new java.io.ByteArrayInputStream(entry(zip, name))) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
