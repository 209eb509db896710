package org.podium.render;

import java.lang.System.Logger.Level;
import java.nio.IntBuffer;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;
import org.podium.layout.ImageBox;
import org.podium.layout.ImageCrop;
import org.podium.layout.Rect;
import org.podium.media.DecodedPhoto;
import org.podium.media.PhotoDecodeException;
import org.podium.media.PhotoPlaceholder;
import org.podium.media.PhotoRequest;

/**
 * Image boxes as nodes: the crop region of the displayed picture scaled into the box, corners
 * rounded by a clip, the frame drawn inside the edge. A photo that cannot be decoded is replaced by
 * media's {@link PhotoPlaceholder} (grey box, broken-photo mark, name and reason), the one every
 * consumer shows, and reported.
 */
final class PhotoNodes {

    private static final System.Logger LOG = System.getLogger(PhotoNodes.class.getName());

    private final PhotoSource source;

    PhotoNodes(PhotoSource source) {
        this.source = source;
    }

    Node picture(ImageBox box, double pxPerPt, Consumer<PhotoProblem> problems) {
        Rect rect = box.rect();
        double xPx = rect.xPt() * pxPerPt;
        double yPx = rect.yPt() * pxPerPt;
        double widthPx = rect.widthPt() * pxPerPt;
        double heightPx = rect.heightPt() * pxPerPt;
        Group group = new Group();
        if (widthPx < 0.5 || heightPx < 0.5) {
            return group;
        }
        ImageCrop crop = box.crop();
        ImageView view;
        try {
            // the whole picture at the size where its crop region fills the box pixel for pixel
            PhotoRequest request = PhotoRequest.cover((int) Math.ceil(widthPx / crop.width()),
                    (int) Math.ceil(heightPx / crop.height()));
            DecodedPhoto photo = source.photo(box.media(), request);
            view = new ImageView(image(photo));
            view.setViewport(new Rectangle2D(crop.x() * photo.widthPx(), crop.y() * photo.heightPx(),
                    crop.width() * photo.widthPx(), crop.height() * photo.heightPx()));
        } catch (PhotoDecodeException e) {
            LOG.log(Level.DEBUG, "photo {0} drawn as a placeholder: {1}", box.media().sha256(), e.getMessage());
            problems.accept(new PhotoProblem(box.media(), e.detail()));
            DecodedPhoto placeholder = PhotoPlaceholder.paint(Math.max(1, (int) Math.round(widthPx)),
                    Math.max(1, (int) Math.round(heightPx)), box.media().originalName(), e.reason().shortText(Locale.getDefault()));
            view = new ImageView(image(placeholder));
        }
        view.setX(xPx);
        view.setY(yPx);
        view.setFitWidth(widthPx);
        view.setFitHeight(heightPx);
        view.setPreserveRatio(false);
        view.setSmooth(true);
        if (box.cornerRadiusPt() > 0) {
            view.setClip(SlideRenderer.rectangle(rect, box.cornerRadiusPt(), pxPerPt));
        }
        group.getChildren().add(view);
        if (!box.frame().isNone()) {
            Rectangle frame = SlideRenderer.rectangle(rect, box.cornerRadiusPt(), pxPerPt);
            frame.setFill(null);
            frame.setStroke(FxPaints.colour(box.frame().colour()));
            frame.setStrokeWidth(box.frame().widthPt() * pxPerPt);
            frame.setStrokeType(StrokeType.INSIDE);
            group.getChildren().add(frame);
        }
        return group;
    }

    /**
     * A JavaFX image over the decoded pixels without copying them: both use premultiplied ARGB
     * ints, and a decoded photo is never written to, so sharing its array is safe.
     */
    static Image image(DecodedPhoto photo) {
        PixelBuffer<IntBuffer> pixels = new PixelBuffer<>(photo.widthPx(), photo.heightPx(),
                IntBuffer.wrap(photo.argbPre()), PixelFormat.getIntArgbPreInstance());
        return new WritableImage(pixels);
    }
}
