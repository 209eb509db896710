package org.podium.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/**
 * XML external entities. Podium's own code creates no XML parser (only POI parses XML: its blank
 * templates when exporting, and PPTX/XLSX files when tests and users reopen exports). A deck or
 * workbook carrying {@code <!DOCTYPE x [<!ENTITY e SYSTEM "file:…">]>} in a part is opened the way
 * the export tests reopen files; the referenced file's contents must appear nowhere: not in the
 * text read back, not in the content types, not in an error message.
 */
class XmlEntityTest {

    private static final String SECRET = "PODIUM-SECRET-4711";
    private static final String PLACEHOLDER = "PLACEHOLDER";

    @TempDir
    Path dir;

    private String doctype;

    @BeforeEach
    void secretFile() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        doctype = "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\"><!ENTITY p SYSTEM \"file:///etc/passwd\">]>";
    }

    @Test
    void poiParsersRefuseDoctypesAndSecureProcessingIsOn() throws Exception {
        DocumentBuilderFactory factory = XMLHelper.getDocumentBuilderFactory();

        assertThat(factory.getFeature(XMLConstants.FEATURE_SECURE_PROCESSING)).isTrue();
        assertThat(factory.getFeature("http://apache.org/xml/features/disallow-doctype-decl")).isTrue();
        assertThat(factory.isExpandEntityReferences()).isFalse();
        String xml = "<?xml version=\"1.0\"?>" + doctype + "<a>&e;</a>";
        String leaked = parseOrMessage(() -> XMLHelper.newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml))).getDocumentElement().getTextContent());
        assertThat(leaked).doesNotContain(SECRET).doesNotContain("root:");
    }

    /** The payload is live: a parser with the JDK's defaults reads the secret file into the text. */
    @Test
    void theSamePayloadLeaksThroughAParserWithTheJdkDefaults() throws Exception {
        String xml = "<?xml version=\"1.0\"?>" + doctype.replace("<!ENTITY p SYSTEM \"file:///etc/passwd\">", "")
                + "<a>&e;</a>";

        String text = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml))).getDocumentElement().getTextContent();

        assertThat(text).contains(SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ppt/slides/slide1.xml", "[Content_Types].xml", "ppt/presentation.xml", "docProps/core.xml",
            "_rels/.rels"})
    void deckWithAnExternalEntityLeaksNothing(String part) throws IOException {
        byte[] deck = withPayload(deck(), part);

        String seen = parseOrMessage(() -> {
            try (XMLSlideShow opened = new XMLSlideShow(new ByteArrayInputStream(deck))) {
                List<String> texts = new ArrayList<>();
                for (XSLFSlide slide : opened.getSlides()) {
                    for (XSLFShape shape : slide.getShapes()) {
                        if (shape instanceof XSLFTextShape text) {
                            texts.add(text.getText());
                        }
                    }
                }
                for (PackagePart packagePart : opened.getPackage().getParts()) {
                    texts.add(packagePart.getContentType());
                }
                texts.add(String.valueOf(opened.getProperties().getCoreProperties().getTitle()));
                return String.join("\n", texts);
            }
        });

        assertThat(seen).doesNotContain(SECRET).doesNotContain("root:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xl/sharedStrings.xml", "[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"})
    void workbookWithAnExternalEntityLeaksNothing(String part) throws IOException {
        byte[] workbook = withPayload(workbook(), part);

        String seen = parseOrMessage(() -> {
            try (XSSFWorkbook opened = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
                List<String> texts = new ArrayList<>();
                for (Sheet sheet : opened) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            texts.add(cell.toString());
                        }
                    }
                }
                return String.join("\n", texts);
            }
        });

        assertThat(seen).doesNotContain(SECRET).doesNotContain("root:");
    }

    private interface Parse {
        String run() throws Exception;
    }

    /** What the parse made visible: the text read, or the message of every exception in the chain. */
    private static String parseOrMessage(Parse parse) {
        try {
            return parse.run();
        } catch (Exception e) {
            StringBuilder messages = new StringBuilder("refused:");
            for (Throwable t = e; t != null; t = t.getCause()) {
                messages.append(' ').append(t);
            }
            return messages.toString();
        }
    }

    /** {@code part} with the DOCTYPE after its XML declaration and the entity in place of the placeholder or its first text. */
    private byte[] withPayload(byte[] ooxml, String part) {
        Map<String, byte[]> entries = new LinkedHashMap<>(ZipBytes.entries(ooxml));
        String xml = new String(entries.get(part), StandardCharsets.UTF_8);
        int declarationEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        xml = xml.substring(0, declarationEnd) + doctype + xml.substring(declarationEnd);
        xml = xml.contains(PLACEHOLDER) ? xml.replace(PLACEHOLDER, "&e;&p;")
                : xml.replaceFirst(">([^<>]+)</", ">&e;&p;$1</");
        entries.put(part, xml.getBytes(StandardCharsets.UTF_8));
        return ZipBytes.zip(entries);
    }

    private static byte[] deck() throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSLFTextBox box = deck.createSlide().createTextBox();
            box.setText(PLACEHOLDER);
            deck.getProperties().getCoreProperties().setTitle("分享會");
            deck.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("流程").createRow(0).createCell(0).setCellValue(PLACEHOLDER);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
