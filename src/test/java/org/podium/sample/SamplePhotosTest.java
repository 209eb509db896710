package org.podium.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SamplePhotosTest {

    @Test
    void regeneratingGivesByteIdenticalFiles() {
        Map<String, byte[]> first = SamplePhotos.generateAll();
        Map<String, byte[]> second = SamplePhotos.generateAll();
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void sidewaysStandInIsStoredLandscapeWithOrientationSix() throws Exception {
        SamplePhotos.StandIn sideways = SamplePhotos.catalogue().stream().filter(SamplePhotos.StandIn::sideways)
                .findFirst().orElseThrow();
        byte[] bytes = SamplePhotos.bytes(sideways);
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(stored.getWidth()).isEqualTo(sideways.displayHeightPx()).isGreaterThan(stored.getHeight());
        ExifIFD0Directory ifd0 = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes))
                .getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertThat(ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);
    }

    @Test
    void turningForOrientationSixIsUndoneByAQuarterTurnClockwise() {
        BufferedImage upright = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        int colour = 1;
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                upright.setRGB(x, y, colour++ * 0x101010);
            }
        }
        BufferedImage stored = SamplePhotos.turnedForOrientation6(upright);
        assertThat(stored.getWidth()).isEqualTo(2);
        assertThat(stored.getHeight()).isEqualTo(3);
        // Turning the stored raster 90° clockwise puts stored (x, y) at (storedHeight − 1 − y, x).
        for (int y = 0; y < stored.getHeight(); y++) {
            for (int x = 0; x < stored.getWidth(); x++) {
                assertThat(stored.getRGB(x, y)).isEqualTo(upright.getRGB(stored.getHeight() - 1 - y, x));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 6, 8})
    void exifSegmentIsReadByAnIndependentReaderAndLeavesThePictureDecodable(int orientation) throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bytes = JpegExif.withOrientation(SamplePhotos.jpeg(image, 0.85f), orientation);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xFF);
        assertThat(bytes[3] & 0xFF).as("APP1 right after SOI").isEqualTo(0xE1);
        ExifIFD0Directory ifd0 = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes))
                .getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertThat(ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(orientation);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(decoded.getWidth()).isEqualTo(64);
        assertThat(decoded.getHeight()).isEqualTo(48);
    }

    @Test
    void logoIsASquarePngWithTransparentCorners() throws Exception {
        byte[] bytes = SamplePhotos.logoPng();
        assertThat(MediaFile.mediaType(bytes)).isEqualTo("image/png");
        BufferedImage logo = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(logo.getWidth()).isEqualTo(logo.getHeight()).isEqualTo(SamplePhotos.LOGO_SIZE_PX);
        assertThat(logo.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
        assertThat(logo.getRGB(logo.getWidth() / 2, logo.getHeight() / 2) >>> 24).as("centre alpha").isEqualTo(255);
    }
}
