package org.podium.export.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.junit.jupiter.api.Test;
import org.podium.model.Language;

class SavingAheadTest {

    /** Saving slides ahead changes when their XML is made, not what it is. */
    @Test
    void slidesSavedAheadAreTheBytesPoisOwnWriteMakes() throws IOException {
        Map<String, byte[]> byPoi = entries(deck(false));
        Map<String, byte[]> ahead = entries(deck(true));

        assertThat(ahead.keySet()).isEqualTo(byPoi.keySet())
                .contains("ppt/slides/slide3.xml", "ppt/notesSlides/notesSlide2.xml");
        byPoi.forEach((name, bytes) -> {
            if (!name.equals("docProps/core.xml")) { // holds the time of writing
                assertThat(ahead.get(name)).as(name).isEqualTo(bytes);
            }
        });
        assertThat(new String(ahead.get("ppt/slides/slide2.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("<?xml").contains("<p:sld ").contains("第 2 頁 Party");
    }

    private static byte[] deck(boolean savedAhead) throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow(); SavingAhead saving = new SavingAhead()) {
            TextShapes text = new TextShapes(Language.ZH_HANT);
            NotesMaster master = null;
            for (int i = 1; i <= 3; i++) {
                XSLFSlide slide = deck.createSlide(deck.getSlideMasters().get(0).getLayout(SlideLayout.BLANK));
                XSLFTextBox box = slide.createTextBox();
                box.setText("第 " + i + " 頁 Party");
                XSLFNotes notes = null;
                if (i % 2 == 0) {
                    if (master == null) {
                        master = NotesMaster.prepare(deck, 16 / 9.0);
                    }
                    notes = master.newPage(slide);
                    text.notes(notes, List.of("備註 " + i), "Noto Sans CJK TC", 12);
                }
                if (savedAhead) {
                    saving.save(slide, notes);
                }
            }
            saving.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            deck.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
