package org.podium.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoEncoderTest {

    private final BytesMediaStore store = new BytesMediaStore();

    @Test
    void anOpaquePhotoExportsAsAJpegOfItsDecodedSize() throws Exception {
        byte[] original = Pictures.write(Pictures.scene(4000, 3000), "jpg");
        DecodedPhoto photo = new PhotoDecoder().decode(store.put("大合照.jpg", "image/jpeg", 4000, 3000, original),
                store, PhotoRequest.longEdge(2560));

        EncodedPhoto encoded = PhotoEncoder.encode(photo, 0.85f);

        assertThat(encoded.mediaType()).isEqualTo("image/jpeg");
        assertThat(encoded.extension()).isEqualTo("jpg");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(encoded.bytes()));
        assertThat(back.getWidth()).isEqualTo(2560);
        assertThat(back.getHeight()).isEqualTo(1920);
        assertThat(Pictures.near(photo.argbAt(100, 100), back.getRGB(100, 100), 12)).isTrue();
    }

    @Test
    void theJpegIsByteForByteWhatImageIoWritesFromTheSamePixelsInItsOwnBgrPicture() throws Exception {
        DecodedPhoto photo = new PhotoDecoder().decode(store.put("合照.jpg", "image/jpeg", 1200, 800,
                Pictures.write(Pictures.scene(1200, 800), "jpg")), store, PhotoRequest.contain(1200, 800));
        BufferedImage bgr = new BufferedImage(photo.widthPx(), photo.heightPx(), BufferedImage.TYPE_3BYTE_BGR);
        bgr.setRGB(0, 0, photo.widthPx(), photo.heightPx(), photo.argbPre(), 0, photo.widthPx());
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.plugins.jpeg.JPEGImageWriteParam param =
                (javax.imageio.plugins.jpeg.JPEGImageWriteParam) writer.getDefaultWriteParam();
        param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        param.setOptimizeHuffmanTables(true);
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream out = ImageIO.createImageOutputStream(expected)) {
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(bgr, null, null), param);
        } finally {
            writer.dispose();
        }

        assertThat(PhotoEncoder.encodeJpeg(photo, 0.85f)).isEqualTo(expected.toByteArray());
    }

    @Test
    void lowerQualityMakesASmallerJpeg() {
        DecodedPhoto photo = PhotoPlaceholder.paint(640, 360, "合唱.jpg", "photo missing");

        assertThat(PhotoEncoder.encodeJpeg(photo, 0.5f).length).isLessThan(PhotoEncoder.encodeJpeg(photo, 0.95f).length);
        assertThatThrownBy(() -> PhotoEncoder.encodeJpeg(photo, 1.5f)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPhotoWithTransparencyExportsAsAPngThatKeepsIt() throws Exception {
        DecodedPhoto photo = new PhotoDecoder().decode(
                store.put("徽章.png", "image/png", 40, 40, Pictures.pngPaletteWithTransparency(40, 40)), store,
                PhotoRequest.contain(40, 40));

        EncodedPhoto encoded = PhotoEncoder.encode(photo, 0.85f);

        assertThat(encoded.mediaType()).isEqualTo("image/png");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(encoded.bytes()));
        assertThat(back.getRGB(5, 5) >>> 24).isZero();
        assertThat(Pictures.hex(back.getRGB(30, 5))).isEqualTo("FFFF0000");
        assertThat(Pictures.hex(back.getRGB(30, 35))).isEqualTo("800000FF");
    }

    @Test
    void aTransparentPhotoForcedToJpegIsFlattenedOntoWhite() throws Exception {
        int[] halfRed = new int[4];
        Arrays.fill(halfRed, 0x80800000); // red at alpha 0x80, premultiplied
        DecodedPhoto photo = DecodedPhoto.of(2, 2, halfRed);

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PhotoEncoder.encodeJpeg(photo, 1f)));

        assertThat(Pictures.near(0xFFFF7F7F, back.getRGB(0, 0), 6)).as(Pictures.hex(back.getRGB(0, 0))).isTrue();
    }
}
