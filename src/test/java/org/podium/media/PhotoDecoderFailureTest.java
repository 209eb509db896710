package org.podium.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.media.PhotoDecodeException.Reason;
import org.podium.model.MediaRef;

class PhotoDecoderFailureTest {

    @TempDir
    Path dir;

    private final BytesMediaStore store = new BytesMediaStore();
    private final PhotoDecoder decoder = new PhotoDecoder();

    @Test
    void aPngDeclaring30000By30000PixelsIsRefusedFromItsHeaderAlone() {
        byte[] png = Pictures.pngHeaderOnly(30000, 30000);
        MediaRef ref = store.put("巨幅.png", "image/png", 30000, 30000, png);

        PhotoDecodeException e = failure(ref, PhotoRequest.contain(320, 320));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        // only the header check knows these numbers; an attempted 3.6 GB decode would fail differently
        assertThat(e.getMessage()).startsWith("巨幅.png: ").contains("30000 × 30000", "900 megapixels",
                "up to 100 megapixels");
    }

    @Test
    void aJpegCutShortIsReportedAsDamagedNotShownHalfGrey() {
        byte[] jpeg = Pictures.write(Pictures.scene(600, 400), "jpg");
        MediaRef ref = store.put("頒獎典禮.jpg", "image/jpeg", 600, 400, Arrays.copyOf(jpeg, jpeg.length / 2));

        PhotoDecodeException e = failure(ref, PhotoRequest.contain(300, 300));

        assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(e.getMessage()).startsWith("頒獎典禮.jpg: ").contains("cut short", "import the original");
    }

    @Test
    void aJpegCutInsideItsHeaderIsReportedAsDamaged() {
        byte[] jpeg = Pictures.write(Pictures.scene(600, 400), "jpg");
        MediaRef ref = store.put("合唱.jpg", "image/jpeg", 600, 400, Arrays.copyOf(jpeg, 300));

        PhotoDecodeException e = failure(ref, PhotoRequest.contain(300, 300));

        assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(e.getMessage()).startsWith("合唱.jpg: ");
    }

    @Test
    void aPngCutShortIsReportedAsDamaged() {
        byte[] png = Pictures.write(Pictures.scene(300, 200), "png");
        MediaRef ref = store.put("證書.png", "image/png", 300, 200, Arrays.copyOf(png, png.length * 2 / 3));

        PhotoDecodeException e = failure(ref, PhotoRequest.contain(300, 300));

        assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(e.getMessage()).startsWith("證書.png: ").contains("PNG");
    }

    @Test
    void aHeicPhotoSavedAsJpgIsNamedWithWhatToDo() {
        byte[] heic = new byte[64];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
        MediaRef ref = store.put("IMG_0001.jpg", "image/jpeg", 4032, 3024, heic);

        PhotoDecodeException e = failure(ref, PhotoRequest.contain(320, 320));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
        assertThat(e.getMessage()).isEqualTo("IMG_0001.jpg: HEIC photos are not supported yet; export it as JPEG");
    }

    @Test
    void aPhotoNoStoreHasIsMissing() {
        MediaRef ref = new BytesMediaStore().put("遺失.jpg", "image/jpeg", 10, 10, new byte[] {1, 2, 3});

        PhotoDecodeException e = failure(ref, PhotoRequest.contain(320, 320));

        assertThat(e.reason()).isEqualTo(Reason.MISSING);
        assertThat(e.getMessage()).startsWith("遺失.jpg: ").contains("import it again");
    }

    @Test
    void anImportedFileDeletedSinceIsMissing() throws Exception {
        Path file = dir.resolve("講者.jpg");
        Files.write(file, TestImages.jpeg(40, 30, 1));
        FileMediaStore files = new FileMediaStore();
        MediaRef ref = files.importFile(file);
        Files.delete(file);

        PhotoDecodeException e = catchThrowableOfType(PhotoDecodeException.class,
                () -> decoder.decode(ref, files, PhotoRequest.contain(40, 40)));

        assertThat(e.reason()).isEqualTo(Reason.MISSING);
        assertThat(e.getMessage()).startsWith("講者.jpg: ").contains("no longer there");
    }

    @Test
    void aReadErrorIsReportedAsUnreadable() {
        MediaRef ref = store.put("usb.jpg", "image/jpeg", 10, 10, new byte[] {1});
        MediaStore failing = new MediaStore() {
            @Override
            public boolean contains(MediaRef r) {
                return true;
            }

            @Override
            public InputStream open(MediaRef r) throws IOException {
                throw new IOException("Input/output error");
            }
        };

        PhotoDecodeException e = catchThrowableOfType(PhotoDecodeException.class,
                () -> decoder.decode(ref, failing, PhotoRequest.contain(40, 40)));

        assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(e.getMessage()).isEqualTo("usb.jpg: the photo could not be read: Input/output error");
    }

    @Test
    void aFailedPhotoGetsAPlaceholderOfTheSizeThePhotoWouldHaveHad() {
        byte[] jpeg = Pictures.write(Pictures.scene(600, 400), "jpg");
        MediaRef ref = store.put("頒獎典禮.jpg", "image/jpeg", 600, 400, Arrays.copyOf(jpeg, jpeg.length / 2));
        PhotoRequest request = PhotoRequest.contain(300, 300);
        PhotoDecodeException e = failure(ref, request);

        DecodedPhoto placeholder = PhotoPlaceholder.forFailure(ref, request, e);

        assertThat(placeholder.size()).isEqualTo(new PixelSize(300, 200));
        assertThat(placeholder.opaque()).isTrue();
    }

    private PhotoDecodeException failure(MediaRef ref, PhotoRequest request) {
        return catchThrowableOfType(PhotoDecodeException.class, () -> decoder.decode(ref, store, request));
    }
}
