package org.podium.export.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.export.ExportProgress;
import org.podium.media.FileMediaStore;
import org.podium.media.TestImages;
import org.podium.model.Language;
import org.podium.model.MediaRef;
import org.podium.model.Photo;
import org.podium.model.PhotoFit;
import org.podium.model.PhotoGrid;
import org.podium.model.Programme;
import org.podium.model.SegmentKind;
import org.podium.model.SinglePhoto;

/** What the deck stores for each photo, at each quality. */
class DeckPhotosTest {

    @TempDir
    Path dir;

    private final FileMediaStore store = new FileMediaStore();
    private MediaRef big;
    private MediaRef sideways;
    private MediaRef small;
    private MediaRef transparent;
    private Programme programme;

    @BeforeEach
    void photos() throws IOException {
        big = ExportProgrammes.jpeg(store, dir, "chorus.jpg", 3000, 2250, 1);
        // stored 1200 × 900 with its top half red; EXIF 6 turns it a quarter clockwise to show it,
        // so it shows 900 × 1200 with the red half on the right
        sideways = ExportProgrammes.photo(store, dir, "dialogue.jpg",
                TestImages.withExifOrientation(halves(1200, 900), 6));
        small = ExportProgrammes.jpeg(store, dir, "medal.jpg", 800, 600, 3);
        transparent = ExportProgrammes.photo(store, dir, "emblem.png", transparentPng(2800, 1600));
        assertThat(sideways.exifOrientation()).isEqualTo(6);
        programme = ExportProgrammes.programme(Language.ZH_HANT, List.of(
                ExportProgrammes.segment("s-photos", SegmentKind.PHOTO_MONTAGE, "活動剪影", List.of(), 5,
                        ExportProgrammes.slide("t-big", new SinglePhoto(Photo.of(big))),
                        ExportProgrammes.slide("t-side", new SinglePhoto(Photo.of(sideways).withFit(PhotoFit.FIT))),
                        ExportProgrammes.slide("t-small-1", new SinglePhoto(Photo.of(small))),
                        ExportProgrammes.slide("t-grid", new PhotoGrid(List.of(Photo.of(small), Photo.of(big)), "", "")),
                        ExportProgrammes.slide("t-small-3", new SinglePhoto(Photo.of(small).withCaption("紀念章"))),
                        ExportProgrammes.slide("t-emblem", new SinglePhoto(Photo.of(transparent).withFit(PhotoFit.FIT))))));
    }

    @Test
    void highQualityKeepsTheLongEdgeWithin2560AndStoresEachPhotoOnce() throws Exception {
        Path pptx = export(PhotoQuality.HIGH);

        assertThat(Decks.entries(pptx, "ppt/media/")).hasSize(4);
        try (XMLSlideShow deck = Decks.open(pptx)) {
            BufferedImage chorus = image(picture(deck, 0));
            assertThat(chorus.getWidth()).isEqualTo(2560);
            assertThat(chorus.getHeight()).isEqualTo(1920);
            assertThat(picture(deck, 0).getContentType()).isEqualTo("image/jpeg");
            for (XSLFPictureData data : deck.getPictureData()) {
                BufferedImage image = image(data);
                assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(2560);
            }
        }
    }

    @Test
    void aSidewaysPhotoIsStoredUpright() throws Exception {
        Path pptx = export(PhotoQuality.HIGH);

        try (XMLSlideShow deck = Decks.open(pptx)) {
            BufferedImage upright = image(picture(deck, 1));
            assertThat(upright.getWidth()).isEqualTo(900);
            assertThat(upright.getHeight()).isEqualTo(1200);
            assertThat(new Color(upright.getRGB(675, 600)).getRed()).as("right half").isGreaterThan(200);
            assertThat(new Color(upright.getRGB(225, 600)).getBlue()).as("left half").isGreaterThan(200);
        }
    }

    @Test
    void aPhotoShownThreeTimesIsStoredOnceWithItsOriginalBytes() throws Exception {
        Path pptx = export(PhotoQuality.HIGH);

        try (XMLSlideShow deck = Decks.open(pptx)) {
            XSLFPictureData first = picture(deck, 2);
            assertThat(picture(deck, 4).getFileName()).isEqualTo(first.getFileName());
            assertThat(first.getData()).isEqualTo(Files.readAllBytes(dir.resolve("medal.jpg")));
        }
    }

    @Test
    void aTransparentPhotoStaysPngWithItsTransparency() throws Exception {
        Path pptx = export(PhotoQuality.HIGH);

        try (XMLSlideShow deck = Decks.open(pptx)) {
            XSLFPictureData emblem = picture(deck, 5);
            assertThat(emblem.getContentType()).isEqualTo("image/png");
            BufferedImage image = image(emblem);
            assertThat(image.getWidth()).isEqualTo(2560);
            assertThat(image.getColorModel().hasAlpha()).isTrue();
            assertThat(image.getRGB(5, 5) >>> 24).as("a transparent corner").isZero();
        }
    }

    @Test
    void compactQualityKeepsTheLongEdgeWithin1600() throws Exception {
        Path pptx = export(PhotoQuality.COMPACT);

        try (XMLSlideShow deck = Decks.open(pptx)) {
            assertThat(image(picture(deck, 0)).getWidth()).isEqualTo(1600);
            long compactBytes = picture(deck, 0).getData().length;
            Path high = export(PhotoQuality.HIGH);
            try (XMLSlideShow highDeck = Decks.open(high)) {
                assertThat(compactBytes).isLessThan(picture(highDeck, 0).getData().length);
            }
        }
    }

    @Test
    void originalQualityKeepsUprightPhotosByteForByteAndTurnsSidewaysOnesAtFullSize() throws Exception {
        Path pptx = export(PhotoQuality.ORIGINAL);

        try (XMLSlideShow deck = Decks.open(pptx)) {
            assertThat(picture(deck, 0).getData()).isEqualTo(Files.readAllBytes(dir.resolve("chorus.jpg")));
            assertThat(picture(deck, 5).getData()).isEqualTo(Files.readAllBytes(dir.resolve("emblem.png")));
            BufferedImage upright = image(picture(deck, 1));
            assertThat(upright.getWidth()).isEqualTo(900);
            assertThat(upright.getHeight()).isEqualTo(1200);
        }
    }

    private Path export(PhotoQuality quality) throws IOException {
        Path pptx = dir.resolve(quality.id() + ".pptx");
        new PptxExporter(Decks.engine()).export(programme, store, PptxOptions.defaults().withQuality(quality), pptx,
                ExportProgress.none());
        return pptx;
    }

    /** The picture of the first photo on slide {@code index}. */
    private static XSLFPictureData picture(XMLSlideShow deck, int index) {
        return deck.getSlides().get(index).getShapes().stream().filter(XSLFPictureShape.class::isInstance)
                .map(shape -> ((XSLFPictureShape) shape).getPictureData()).findFirst().orElseThrow();
    }

    private static BufferedImage image(XSLFPictureData data) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(data.getData()));
    }

    /** A JPEG whose top half is red and bottom half blue. */
    private static byte[] halves(int widthPx, int heightPx) throws IOException {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, widthPx, heightPx / 2);
        g.setColor(Color.BLUE);
        g.fillRect(0, heightPx / 2, widthPx, heightPx - heightPx / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** A PNG with a transparent surround and an opaque gold disc. */
    private static byte[] transparentPng(int widthPx, int heightPx) throws IOException {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xd4af37));
        g.fillOval(widthPx / 4, heightPx / 4, widthPx / 2, heightPx / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
