package org.podium.export.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.junit.jupiter.api.Test;
import org.podium.media.TestImages;

/** POI is told a picture's size and checksum instead of decoding the picture to find them. */
class PictureSizesTest {

    @Test
    void theShippedPoiTakesTheSizeWithoutDecodingThePicture() throws Exception {
        assertThat(PictureSizes.available()).as("POI's private fields are where PictureSizes looks").isTrue();
        // the bytes are a 16 × 10 JPEG; the size given is what the encoder would say of a 2560 × 1600 one,
        // so the dimension read back shows whether POI decoded or took what it was given
        byte[] bytes = TestImages.jpeg(16, 10, 1);
        try (XMLSlideShow deck = new XMLSlideShow()) {
            XSLFPictureData data = deck.addPicture(bytes, PictureType.JPEG);

            PictureSizes.prime(data, new EncodedPicture(bytes, "image/jpeg", 2560, 1600));

            assertThat(data.getImageDimension()).isEqualTo(new Dimension(1920, 1200));
        }
    }

    @Test
    void theSizeAndChecksumAreThoseThatPoiWorksOutItself() throws Exception {
        byte[] bytes = TestImages.jpeg(640, 427, 2);
        try (XMLSlideShow primed = new XMLSlideShow(); XMLSlideShow decoded = new XMLSlideShow()) {
            XSLFPictureData given = primed.addPicture(bytes, PictureType.JPEG);
            PictureSizes.prime(given, new EncodedPicture(bytes, "image/jpeg", 640, 427));
            XSLFPictureData workedOut = decoded.addPicture(bytes, PictureType.JPEG);

            assertThat(given.getImageDimension()).isEqualTo(workedOut.getImageDimension());
            assertThat(given.getChecksum()).isEqualTo(workedOut.getChecksum());
            assertThat(primed.addPicture(bytes, PictureType.JPEG)).as("the same bytes are still stored once")
                    .isSameAs(given);
            assertThat(primed.getPictureData()).hasSize(1);
        }
    }
}
