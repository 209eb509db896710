package org.podium.export.pptx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.podium.export.ExportProgress;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.layout.ImageBox;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.layout.TextBox;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.Slide;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The bundled sample programme exported once, read back with POI and as plain XML. */
class SampleDeckTest {

    private static final String P = Ooxml.P_NS;
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    @TempDir
    static Path dir;

    private static Programme programme;
    private static List<SlidePage> pages;
    private static SlideLayoutEngine engine;
    private static Path pptx;
    private static final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void exportTheSample() throws Exception {
        engine = Decks.engine();
        try (OpenedProgramme opened = PodiumFile.read(Decks.SAMPLE)) {
            programme = opened.programme();
            pages = engine.layout(programme);
            pptx = dir.resolve("分享會.pptx");
            new PptxExporter(engine).export(programme, pages, opened.media(), PptxOptions.defaults(),
                    pptx, new ExportProgress() {
                        @Override
                        public void slideWritten(int done, int total) {
                            progress.add(done + "/" + total);
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    });
        }
    }

    @Test
    void oneSlidePerLaidOutPageAtTheLayoutsSize() throws Exception {
        try (XMLSlideShow deck = Decks.open(pptx)) {
            assertThat(deck.getSlides()).hasSize(pages.size()).hasSizeGreaterThanOrEqualTo(programme.slideCount());
            assertThat(deck.getPageSize()).isEqualTo(new Dimension(960, 540));
        }
        Element size = first(Decks.xml(pptx, "ppt/presentation.xml"), P, "sldSz");
        assertThat(size.getAttribute("cx")).isEqualTo("12192000");
        assertThat(size.getAttribute("cy")).isEqualTo("6858000");
        assertThat(size.hasAttribute("type")).as("no 4:3 preset type left from the template").isFalse();
    }

    @Test
    void progressIsReportedAfterEverySlide() {
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= pages.size(); i++) {
            expected.add(i + "/" + pages.size());
        }
        assertThat(progress).isEqualTo(expected);
    }

    @Test
    void everyTextBoxIsOnItsSlideWithTheLayoutsLinesAndPlace() throws Exception {
        try (XMLSlideShow deck = Decks.open(pptx)) {
            for (int i = 0; i < pages.size(); i++) {
                List<TextBox> boxes = pages.get(i).layout().textBoxes();
                List<XSLFTextShape> shapes = textShapes(deck.getSlides().get(i));
                assertThat(shapes).as("text boxes of slide %d", i + 1).hasSameSizeAs(boxes);
                for (int b = 0; b < boxes.size(); b++) {
                    TextBox box = boxes.get(b);
                    XSLFTextShape shape = shapes.get(b);
                    assertThat(shape.getText()).as("slide %d box %d", i + 1, b).isEqualTo(box.text());
                    Rectangle2D anchor = shape.getAnchor();
                    if (box.align() == org.podium.layout.TextAlign.LEFT) {
                        // every line starts where the layout put it, left of the column when it hangs
                        assertThat(lineStartsPt(shape)).as("slide %d box %d line starts", i + 1, b)
                                .hasSameSizeAs(box.lines());
                        List<Double> starts = lineStartsPt(shape);
                        for (int l = 0; l < starts.size(); l++) {
                            assertThat(starts.get(l)).as("slide %d box %d line %d", i + 1, b, l + 1)
                                    .isCloseTo(box.lines().get(l).xPt(), within(0.01));
                        }
                    } else {
                        assertThat(shape.getTextParagraphs()).hasSize(1);
                        assertThat(anchor.getX()).isCloseTo(box.rect().xPt(), within(0.01));
                    }
                    assertThat(anchor.getMaxX()).isCloseTo(box.rect().maxXPt(), within(0.01));
                    // PowerPoint's first baseline, 0.8 line heights below the top, is the layout's
                    assertThat(anchor.getY() + 0.8 * box.lineHeightPt())
                            .isCloseTo(box.lines().get(0).baselineYPt(), within(0.01));
                    assertThat(anchor.getHeight()).isCloseTo(box.rect().heightPt(), within(0.01));
                    assertThat(shape.getWordWrap()).as("PowerPoint must not re-wrap the layout's lines").isFalse();
                    assertThat(shape.getInsets()).isEqualTo(new Insets2D(0, 0, 0, 0));
                    String xml = shape.getXmlObject().xmlText();
                    assertThat(xml).contains("noAutofit").doesNotContain("normAutofit");
                    for (XSLFTextParagraph paragraph : shape.getTextParagraphs()) {
                        assertThat(paragraph.getLineSpacing()).as("exact line spacing in points")
                                .isCloseTo(-Math.round(box.lineHeightPt() * 100) / 100.0, within(1e-9));
                        assertThat(paragraph.getSpaceBefore()).isZero();
                        assertThat(paragraph.getSpaceAfter()).isZero();
                    }
                }
            }
        }
    }

    @Test
    void everyRunNamesItsFontForLatinAndEastAsianTextAndTheProgrammesLanguage() throws Exception {
        int runs = 0;
        int spaced = 0;
        try (XMLSlideShow deck = Decks.open(pptx)) {
            for (int i = 0; i < pages.size(); i++) {
                List<TextBox> boxes = pages.get(i).layout().textBoxes();
                List<XSLFTextShape> shapes = textShapes(deck.getSlides().get(i));
                for (int b = 0; b < boxes.size(); b++) {
                    for (CTRegularTextRun run : runs(shapes.get(b))) {
                        CTTextCharacterProperties rPr = run.getRPr();
                        assertThat(rPr.getLatin().getTypeface()).isEqualTo(boxes.get(b).font().family());
                        assertThat(rPr.getEa().getTypeface()).isEqualTo(boxes.get(b).font().family());
                        assertThat(rPr.getLang()).isEqualTo("zh-TW");
                        assertThat(rPr.getAltLang()).isEqualTo("en-US");
                        assertThat(rPr.getSz()).isEqualTo((int) Math.round(boxes.get(b).font().sizePt() * 100));
                        double spacingPt = boxes.get(b).letterSpacingPt();
                        if (spacingPt != 0) {
                            // spc is in 1/100 pt
                            assertThat(rPr.getSpc()).isEqualTo((int) Math.round(spacingPt * 100));
                            spaced++;
                        } else {
                            assertThat(rPr.isSetSpc()).isFalse();
                        }
                        runs++;
                    }
                }
            }
        }
        assertThat(runs).isGreaterThan(100);
        assertThat(spaced).as("letter-spaced runs (kickers)").isPositive();
    }

    @Test
    void themeFontsAreTheProgrammesResolvedFamiliesForLatinAndEastAsian() throws Exception {
        DeckFonts fonts = DeckFonts.of(engine, programme);
        Document theme = Decks.xml(pptx, "ppt/theme/theme1.xml");
        Element major = first(theme, A, "majorFont");
        Element minor = first(theme, A, "minorFont");
        assertThat(typeface(major, "latin")).isEqualTo(fonts.majorLatin());
        assertThat(typeface(major, "ea")).isEqualTo(fonts.majorEastAsian());
        assertThat(typeface(minor, "latin")).isEqualTo(fonts.minorLatin());
        assertThat(typeface(minor, "ea")).isEqualTo(fonts.minorEastAsian());
        assertThat(fonts.majorEastAsian()).isNotEqualTo(fonts.minorEastAsian()).as("serif display, sans text");
    }

    @Test
    void notesIntroduceEachSegmentOnItsFirstSlideThenGiveTheSlidesOwnNotes() throws Exception {
        try (XMLSlideShow deck = Decks.open(pptx)) {
            Set<Object> seen = new LinkedHashSet<>();
            for (int i = 0; i < pages.size(); i++) {
                SlidePage page = pages.get(i);
                Segment segment = programme.segment(page.segmentId()).orElseThrow();
                Slide slide = segment.slide(page.slideId()).orElseThrow();
                String notes = notesText(deck.getSlides().get(i));
                int number = programme.segments().indexOf(segment) + 1;
                if (seen.add(segment.id())) {
                    assertThat(notes).startsWith("環節 " + number + "：" + segment.title());
                    segment.people().forEach(p -> assertThat(notes).contains(p.name() + " — " + p.role()));
                    assertThat(notes).contains("計劃時長：" + segment.plannedDuration().toMinutes() + " 分鐘");
                    assertThat(notes).contains(segment.notes());
                } else {
                    assertThat(notes).doesNotContain("環節 ").doesNotContain(segment.notes());
                }
                assertThat(notes).contains(slide.notes());
                if (page.pageCount() > 1) {
                    assertThat(notes).contains("第 " + (page.pageIndex() + 1) + " 頁，共 " + page.pageCount() + " 頁");
                }
            }
        }
    }

    @Test
    void notesFitTheNotesPage() throws Exception {
        try (XMLSlideShow deck = Decks.open(pptx)) {
            double pageWidthPt = deck.getCTPresentation().getNotesSz().getCx() / 12700.0;
            double pageHeightPt = deck.getCTPresentation().getNotesSz().getCy() / 12700.0;
            for (XSLFTextShape shape : deck.getSlides().get(0).getNotes().getPlaceholders()) {
                Rectangle2D anchor = shape.getAnchor();
                assertThat(anchor.getMinX()).as("%s", shape.getTextType()).isGreaterThanOrEqualTo(0);
                assertThat(anchor.getMinY()).as("%s", shape.getTextType()).isGreaterThanOrEqualTo(0);
                assertThat(anchor.getMaxX()).as("%s", shape.getTextType()).isLessThanOrEqualTo(pageWidthPt);
                assertThat(anchor.getMaxY()).as("%s", shape.getTextType()).isLessThanOrEqualTo(pageHeightPt);
                if (shape.getTextType() == org.apache.poi.sl.usermodel.Placeholder.SLIDE_IMAGE) {
                    assertThat(anchor.getWidth() / anchor.getHeight()).isCloseTo(960 / 540.0, within(0.01));
                }
            }
        }
    }

    @Test
    void notesPagesHoldTheSlidePictureTheNotesAndThePageNumberOnly() throws Exception {
        try (XMLSlideShow deck = Decks.open(pptx)) {
            Set<org.apache.poi.sl.usermodel.Placeholder> wanted = Set.of(
                    org.apache.poi.sl.usermodel.Placeholder.SLIDE_IMAGE, org.apache.poi.sl.usermodel.Placeholder.BODY,
                    org.apache.poi.sl.usermodel.Placeholder.SLIDE_NUMBER);
            assertThat(deck.getNotesMaster().getPlaceholders()).extracting(XSLFTextShape::getTextType)
                    .containsExactlyInAnyOrderElementsOf(wanted);
            int notesPages = 0;
            for (var slide : deck.getSlides()) {
                if (slide.getNotes() != null) {
                    notesPages++;
                    assertThat(slide.getNotes().getPlaceholders()).extracting(XSLFTextShape::getTextType)
                            .containsExactlyInAnyOrderElementsOf(wanted);
                }
            }
            assertThat(notesPages).isEqualTo(deck.getSlides().size());
        }
    }

    /** Printed notes pages number themselves: the page number is a field, not the text "‹#›". */
    @Test
    void everyNotesPageBelongsToItsSlideAndNumbersItselfWithAField() throws Exception {
        try (XMLSlideShow deck = Decks.open(pptx)) {
            for (XSLFSlide slide : deck.getSlides()) {
                XSLFNotes notes = slide.getNotes();
                String slidePart = slide.getPackagePart().getPartName().getName();
                assertThat(notes.getRelations()).as("notes of %s", slidePart)
                        .filteredOn(XSLFSlide.class::isInstance).singleElement()
                        .extracting(part -> part.getPackagePart().getPartName().getName()).isEqualTo(slidePart);
                String name = notes.getPackagePart().getPartName().getName().substring(1);
                Document xml = Decks.xml(pptx, name);
                NodeList fields = xml.getElementsByTagNameNS(A, "fld");
                assertThat(fields.getLength()).as(name).isEqualTo(1);
                assertThat(((Element) fields.item(0)).getAttribute("type")).isEqualTo("slidenum");
                NodeList runs = xml.getElementsByTagNameNS(A, "r");
                for (int i = 0; i < runs.getLength(); i++) {
                    assertThat(((Element) runs.item(i)).hasAttribute("type")).as("a run of %s", name).isFalse();
                }
            }
        }
    }

    /** Photos are compressed already: they go in the zip as they are, the XML parts deflated. */
    @Test
    void picturesAreStoredAndTheXmlIsDeflated() throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(pptx.toFile())) {
            List<? extends java.util.zip.ZipEntry> entries = zip.stream().collect(Collectors.toList());
            assertThat(entries).filteredOn(e -> e.getName().startsWith("ppt/media/")).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getMethod()).as(e.getName()).isEqualTo(java.util.zip.ZipEntry.STORED));
            assertThat(entries).filteredOn(e -> e.getName().endsWith(".xml")).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getMethod()).as(e.getName()).isEqualTo(java.util.zip.ZipEntry.DEFLATED));
            for (java.util.zip.ZipEntry entry : entries) {
                // reading each entry whole checks its CRC
                try (var in = zip.getInputStream(entry)) {
                    assertThat(in.readAllBytes()).as(entry.getName()).hasSize((int) entry.getSize());
                }
            }
        }
    }

    @Test
    void oneSectionPerSegmentNamedByItsTitleListingItsSlides() throws Exception {
        Document presentation = Decks.xml(pptx, "ppt/presentation.xml");
        List<String> slideIds = new ArrayList<>();
        NodeList ids = first(presentation, P, "sldIdLst").getElementsByTagNameNS(P, "sldId");
        for (int i = 0; i < ids.getLength(); i++) {
            slideIds.add(((Element) ids.item(i)).getAttribute("id"));
        }
        Element extension = first(presentation, P, "ext");
        assertThat(extension.getAttribute("uri")).isEqualTo(Ooxml.SECTIONS_URI);
        NodeList sections = presentation.getElementsByTagNameNS(Ooxml.P14_NS, "section");
        assertThat(sections.getLength()).isEqualTo(programme.segments().size());
        for (int s = 0; s < sections.getLength(); s++) {
            Element section = (Element) sections.item(s);
            Segment segment = programme.segments().get(s);
            assertThat(section.getAttribute("name")).isEqualTo(segment.title());
            assertThat(section.getAttribute("id")).matches("\\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}}");
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).segmentId().equals(segment.id())) {
                    expected.add(slideIds.get(i));
                }
            }
            NodeList members = section.getElementsByTagNameNS(Ooxml.P14_NS, "sldId");
            List<String> actual = new ArrayList<>();
            for (int i = 0; i < members.getLength(); i++) {
                actual.add(((Element) members.item(i)).getAttribute("id"));
            }
            assertThat(actual).as("section %s", segment.title()).isEqualTo(expected).isNotEmpty();
        }
    }

    @Test
    void eachDistinctPhotoIsStoredOnceHoweverOftenItIsShown() throws Exception {
        long shown = pages.stream().mapToLong(p -> p.layout().imageBoxes().size()).sum();
        Set<String> distinct = pages.stream().flatMap(p -> p.layout().imageBoxes().stream())
                .map(box -> box.media().sha256()).collect(Collectors.toSet());
        assertThat(shown).isGreaterThan(distinct.size());
        assertThat(Decks.entries(pptx, "ppt/media/")).hasSize(distinct.size());
    }

    @Test
    void picturesShowTheLayoutsCropAndCarryTheirNameAndCaption() throws Exception {
        int pictures = 0;
        try (XMLSlideShow deck = Decks.open(pptx)) {
            for (int i = 0; i < pages.size(); i++) {
                List<ImageBox> boxes = pages.get(i).layout().imageBoxes();
                List<XSLFPictureShape> shapes = deck.getSlides().get(i).getShapes().stream()
                        .filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast).toList();
                assertThat(shapes).hasSameSizeAs(boxes);
                for (int b = 0; b < boxes.size(); b++) {
                    ImageBox box = boxes.get(b);
                    XSLFPictureShape shape = shapes.get(b);
                    assertThat(shape.getAnchor().getWidth()).isCloseTo(box.rect().widthPt(), within(0.01));
                    assertThat(shape.getShapeName()).isEqualTo("Photo: " + box.media().originalName());
                    java.awt.Insets clip = shape.getClipping();
                    if (clip != null) {
                        // srcRect is in 1/1000 %
                        assertThat(clip.left / 100_000.0).isCloseTo(box.crop().x(), within(1e-5));
                        assertThat(clip.top / 100_000.0).isCloseTo(box.crop().y(), within(1e-5));
                        assertThat(clip.right / 100_000.0).isCloseTo(box.crop().right(), within(1e-5));
                        assertThat(clip.bottom / 100_000.0).isCloseTo(box.crop().bottom(), within(1e-5));
                    } else {
                        assertThat(box.crop().width() * box.crop().height()).isCloseTo(1, within(1e-9));
                    }
                    pictures++;
                }
            }
        }
        assertThat(pictures).isGreaterThan(5);
    }

    @Test
    void documentPropertiesDescribeTheEvent() throws Exception {
        try (XMLSlideShow deck = Decks.open(pptx)) {
            var core = deck.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(programme.title());
            assertThat(core.getSubject()).isEqualTo(programme.subtitle());
            assertThat(core.getCreator()).isEqualTo(programme.organiser());
            assertThat(core.getCreated().toInstant()).isEqualTo(LocalDateTime.of(programme.date(), programme.startTime())
                    .atZone(ZoneId.systemDefault()).toInstant());
            var app = deck.getProperties().getExtendedProperties();
            assertThat(app.getApplication()).isEqualTo("Podium");
            assertThat(app.getCompany()).isEqualTo(programme.organiser());
            assertThat(app.getSlides()).isEqualTo(pages.size());
        }
        assertThat(Decks.entries(pptx, "docProps/thumbnail")).as("the template's blank thumbnail").isEmpty();
    }

    @Test
    void everySlideFadesAndTimedSlidesAdvanceByThemselves() throws Exception {
        int timed = 0;
        for (int i = 0; i < pages.size(); i++) {
            Document slideXml = Decks.xml(pptx, "ppt/slides/slide" + (i + 1) + ".xml");
            Element transition = first(slideXml, P, "transition");
            assertThat(transition.getElementsByTagNameNS(P, "fade").getLength()).isEqualTo(1);
            SlidePage page = pages.get(i);
            Duration advance = programme.segment(page.segmentId()).orElseThrow().slide(page.slideId()).orElseThrow()
                    .autoAdvance();
            if (advance == null) {
                assertThat(transition.hasAttribute("advTm")).isFalse();
            } else {
                assertThat(transition.getAttribute("advTm")).isEqualTo(Long.toString(advance.toMillis()));
                timed++;
            }
        }
        assertThat(timed).isEqualTo(2);
    }

    @Test
    void backgroundIsTheLayoutsFillOverTheWholeSlide() throws Exception {
        Document slideXml = Decks.xml(pptx, "ppt/slides/slide1.xml");
        Element background = first(slideXml, P, "bgPr");
        var fill = (org.podium.layout.Fill.LinearGradient) pages.get(0).layout().background();
        NodeList stops = background.getElementsByTagNameNS(A, "srgbClr");
        assertThat(stops.getLength()).isEqualTo(fill.stops().size());
        assertThat(((Element) stops.item(0)).getAttribute("val")).isEqualTo(fill.stops().get(0).colour().rgbHex());
        assertThat(first(slideXml, A, "lin").getAttribute("ang"))
                .isEqualTo(Integer.toString(Ooxml.angle(fill.angleDeg())));
    }

    private static List<XSLFTextShape> textShapes(XSLFSlide slide) {
        List<XSLFTextShape> shapes = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape text && text.getXmlObject().xmlText().contains("txBox=")) {
                shapes.add(text);
            }
        }
        return shapes;
    }

    private static List<CTRegularTextRun> runs(XSLFTextShape shape) {
        List<CTRegularTextRun> runs = new ArrayList<>();
        for (XSLFTextParagraph paragraph : shape.getTextParagraphs()) {
            for (XmlObject run : paragraph.getXmlObject().getRArray()) {
                runs.add((CTRegularTextRun) run);
            }
        }
        return runs;
    }

    private static String notesText(XSLFSlide slide) {
        XSLFNotes notes = slide.getNotes();
        if (notes == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == org.apache.poi.sl.usermodel.Placeholder.BODY) {
                text.append(shape.getText());
            }
        }
        return text.toString();
    }

    private static Element first(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        assertThat(nodes.getLength()).as("<%s> elements", name).isPositive();
        return (Element) nodes.item(0);
    }

    private static String typeface(Element collection, String child) {
        return ((Element) collection.getElementsByTagNameNS(A, child).item(0)).getAttribute("typeface");
    }

    /**
     * Where each line of a left-aligned shape starts, in points: the shape's left edge plus the
     * paragraph's left margin, plus its (negative) indent on the paragraph's first line.
     */
    private static List<Double> lineStartsPt(XSLFTextShape shape) {
        List<Double> starts = new ArrayList<>();
        for (XSLFTextParagraph paragraph : shape.getTextParagraphs()) {
            double marginPt = paragraph.getLeftMargin() == null ? 0 : paragraph.getLeftMargin();
            double indentPt = paragraph.getIndent() == null ? 0 : paragraph.getIndent();
            int lines = paragraph.getText().split("\n", -1).length;
            for (int l = 0; l < lines; l++) {
                starts.add(shape.getAnchor().getX() + marginPt + (l == 0 ? indentPt : 0));
            }
        }
        return starts;
    }
}
