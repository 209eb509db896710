package org.podium.export.pptx;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.podium.media.MediaStore;
import org.podium.model.MediaRef;

/** Temporary stand-in for the media package's decoder. */
final class ImageIoEncoder implements PictureEncoder {

    @Override
    public EncodedPicture encode(MediaRef ref, MediaStore store, PhotoQuality quality) throws IOException {
        if (UprightPictureEncoder.keepsOriginal(ref, quality)) {
            return new UprightPictureEncoder().encode(ref, store, quality);
        }
        BufferedImage source;
        try (InputStream in = store.open(ref)) {
            source = ImageIO.read(in);
        }
        int w = ref.displayWidthPx();
        int h = ref.displayHeightPx();
        double scale = quality.limits(Math.max(w, h)) ? (double) quality.longEdgePx() / Math.max(w, h) : 1;
        int tw = (int) Math.round(w * scale);
        int th = (int) Math.round(h * scale);
        BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t = new AffineTransform();
        t.scale(scale, scale);
        int sw = ref.widthPx();
        int sh = ref.heightPx();
        switch (ref.exifOrientation()) {
            case 6 -> { t.translate(sh, 0); t.rotate(Math.PI / 2); }
            case 8 -> { t.translate(0, sw); t.rotate(-Math.PI / 2); }
            case 3 -> { t.translate(sw, sh); t.rotate(Math.PI); }
            default -> { }
        }
        g.drawImage(source, t, null);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(out, "jpeg", bytes);
        return new EncodedPicture(bytes.toByteArray(), "image/jpeg", tw, th);
    }
}
