package org.podium.export.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.podium.export.ExportProgress;
import org.podium.media.MediaStore;
import org.podium.model.HonourRoll;
import org.podium.model.Language;
import org.podium.model.Person;
import org.podium.model.Programme;
import org.podium.model.Quote;
import org.podium.model.SegmentKind;
import org.podium.model.SlideFormat;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;
import org.w3c.dom.Element;

/** Languages, slide sizes and export options on small programmes without photos. */
class DeckOptionsTest {

    @TempDir
    Path dir;

    private static Programme programme(Language language) {
        return ExportProgrammes.programme(language, List.of(
                ExportProgrammes.segment("s-open", SegmentKind.OPENING, "Opening", List.of(), 2,
                        ExportProgrammes.slide("t-title", new TitleCard("Outstanding Party Members 2021", "")),
                        ExportProgrammes.slide("t-loop", new TextPoints("Welcome", List.of("Please silence phones")))
                                .withAutoAdvance(Duration.ofSeconds(8))),
                ExportProgrammes.segment("s-address", SegmentKind.ADDRESS, "Address",
                        List.of(new Person("Chen Huaijian", "Secretary")), 6,
                        ExportProgrammes.slide("t-quote", new Quote("Taking responsibility is the theme of today. 擔當",
                                new Person("Chen Huaijian", ""))).withNotes("Switch after one minute."))));
    }

    @Test
    void anEnglishProgrammesRunsAreEnglishWithChineseAsTheAlternative() throws Exception {
        Path pptx = export(programme(Language.EN), PptxOptions.defaults(), "english.pptx");

        try (XMLSlideShow deck = Decks.open(pptx)) {
            int runs = 0;
            for (var slide : deck.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape text) {
                        for (var paragraph : text.getTextParagraphs()) {
                            for (XSLFTextRun run : paragraph.getTextRuns()) {
                                if (run.getXmlObject() instanceof CTRegularTextRun regular) {
                                    assertThat(regular.getRPr().getLang()).isEqualTo("en-US");
                                    assertThat(regular.getRPr().getAltLang()).isEqualTo("zh-CN");
                                    runs++;
                                }
                            }
                        }
                    }
                }
            }
            assertThat(runs).isPositive();
            assertThat(notes(deck, 2)).contains("Segment 2: Address", "People: Chen Huaijian — Secretary",
                    "Planned: 6 min", "Switch after one minute.");
        }
        DeckFonts fonts = DeckFonts.of(Decks.engine(), programme(Language.EN));
        assertThat(fonts.majorLatin()).as("a Latin face for Latin text").isNotEqualTo(fonts.majorEastAsian());
        Element major = (Element) Decks.xml(pptx, "ppt/theme/theme1.xml")
                .getElementsByTagNameNS("http://schemas.openxmlformats.org/drawingml/2006/main", "majorFont").item(0);
        assertThat(major.getElementsByTagNameNS("*", "ea").item(0).getAttributes().getNamedItem("typeface")
                .getNodeValue()).isEqualTo(fonts.majorEastAsian());
    }

    @Test
    void anLedWallSizeIsWrittenExactlyInEmu() throws Exception {
        Programme wall = programme(Language.ZH_HANT).withFormat(SlideFormat.custom(1366.5, 384));
        Path pptx = export(wall, PptxOptions.defaults(), "wall.pptx");

        Element size = (Element) Decks.xml(pptx, "ppt/presentation.xml")
                .getElementsByTagNameNS(Ooxml.P_NS, "sldSz").item(0);
        assertThat(size.getAttribute("cx")).isEqualTo(Long.toString(Math.round(1366.5 * 12700)));
        assertThat(size.getAttribute("cy")).isEqualTo(Long.toString(384 * 12700));
        assertThat(new String(Decks.entry(pptx, "docProps/app.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<PresentationFormat>Custom</PresentationFormat>");
    }

    @Test
    void withoutNotesNoNotesPagesAreWritten() throws Exception {
        Path pptx = export(programme(Language.ZH_HANT), PptxOptions.defaults().withNotes(false), "bare.pptx");

        assertThat(Decks.entries(pptx, "ppt/notesSlides/")).isEmpty();
        assertThat(Decks.entries(pptx, "ppt/slides/slide")).hasSize(3);
    }

    @Test
    void withoutFadesOnlyTimedSlidesHaveATransition() throws Exception {
        Path pptx = export(programme(Language.ZH_HANT), PptxOptions.defaults().withFade(false), "still.pptx");

        String first = new String(Decks.entry(pptx, "ppt/slides/slide1.xml"), java.nio.charset.StandardCharsets.UTF_8);
        String timed = new String(Decks.entry(pptx, "ppt/slides/slide2.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(first).doesNotContain("transition");
        assertThat(timed).contains("<p:transition spd=\"fast\" advTm=\"8000\"/>").doesNotContain("fade");
    }

    @Test
    void aLongHonourRollPagesItselfWithinItsSegmentsSectionAndItsNotesSayWhichPage() throws Exception {
        List<Person> names = new java.util.ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            names.add(new Person("「微星光」黨員 " + i, "建鄴區發改委"));
        }
        Programme roll = ExportProgrammes.programme(Language.ZH_HANT, List.of(
                ExportProgrammes.segment("s-award", SegmentKind.AWARD, "頒獎", List.of(), 10,
                        ExportProgrammes.slide("t-roll", new HonourRoll("「微星光」黨員", names))
                                .withNotes("逐一唱名。"))));
        int pages = Decks.engine().layout(roll).size();
        assertThat(pages).isGreaterThan(1);

        Path pptx = export(roll, PptxOptions.defaults(), "roll.pptx");

        try (XMLSlideShow deck = Decks.open(pptx)) {
            assertThat(deck.getSlides()).hasSize(pages);
            assertThat(notes(deck, 0)).contains("環節 1：頒獎", "第 1 頁，共 " + pages + " 頁", "逐一唱名。");
            assertThat(notes(deck, 1)).doesNotContain("環節").contains("第 2 頁，共 " + pages + " 頁", "逐一唱名。");
        }
        org.w3c.dom.NodeList members = Decks.xml(pptx, "ppt/presentation.xml")
                .getElementsByTagNameNS(Ooxml.P14_NS, "sldId");
        assertThat(members.getLength()).isEqualTo(pages);
    }

    private static String notes(XMLSlideShow deck, int slide) {
        StringBuilder text = new StringBuilder();
        for (XSLFTextShape shape : deck.getSlides().get(slide).getNotes().getPlaceholders()) {
            text.append(shape.getText()).append('\n');
        }
        return text.toString();
    }

    private Path export(Programme programme, PptxOptions options, String name) throws IOException {
        Path pptx = dir.resolve(name);
        new PptxExporter(Decks.engine()).export(programme, MediaStore.empty(), options, pptx, ExportProgress.none());
        return pptx;
    }
}
