package org.podium.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.podium.media.MediaStore;
import org.podium.model.MediaRef;

/**
 * Decodes photos from a media store with ImageIO: subsampled while reading so a large photo is not
 * decoded whole for a small box, then turned by its EXIF orientation.
 */
public final class ImageIoPhotoSource implements PhotoSource {

    private final MediaStore store;

    public ImageIoPhotoSource(MediaStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Image picture(MediaRef media, int widthPx, int heightPx) throws IOException {
        String name = media.originalName() + " (" + media.sha256() + ")";
        if (!store.contains(media)) {
            throw new IOException(name + ": the photo is not stored in the programme file");
        }
        BufferedImage decoded;
        try (InputStream in = store.open(media); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new IOException(name + ": not a picture this Java runtime can read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                int storedWidth = reader.getWidth(0);
                int storedHeight = reader.getHeight(0);
                int wantWidth = media.quarterTurned() ? heightPx : widthPx;
                int wantHeight = media.quarterTurned() ? widthPx : heightPx;
                int step = Math.max(1, Math.min(storedWidth / Math.max(1, wantWidth), storedHeight / Math.max(1, wantHeight)));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                decoded = reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException(name + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        return oriented(decoded, media.exifOrientation());
    }

    /** The picture as it should be seen: EXIF orientations 2–8 mirror and turn the stored pixels. */
    private static Image oriented(BufferedImage stored, int orientation) {
        int w = stored.getWidth();
        int h = stored.getHeight();
        int[] pixels = stored.getRGB(0, 0, w, h, null, 0, w);
        boolean turned = orientation >= 5;
        int outWidth = turned ? h : w;
        int outHeight = turned ? w : h;
        int[] out = new int[pixels.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (orientation) {
                    case 2: tx = w - 1 - x; ty = y; break;
                    case 3: tx = w - 1 - x; ty = h - 1 - y; break;
                    case 4: tx = x; ty = h - 1 - y; break;
                    case 5: tx = y; ty = x; break;
                    case 6: tx = h - 1 - y; ty = x; break;
                    case 7: tx = h - 1 - y; ty = w - 1 - x; break;
                    case 8: tx = y; ty = w - 1 - x; break;
                    default: tx = x; ty = y;
                }
                out[ty * outWidth + tx] = pixels[y * w + x];
            }
        }
        WritableImage image = new WritableImage(outWidth, outHeight);
        image.getPixelWriter().setPixels(0, 0, outWidth, outHeight, PixelFormat.getIntArgbInstance(), out, 0, outWidth);
        return image;
    }
}
