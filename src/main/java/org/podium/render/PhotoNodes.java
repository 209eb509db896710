package org.podium.render;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;
import org.podium.layout.ImageBox;
import org.podium.layout.ImageCrop;
import org.podium.layout.Rect;

/**
 * Image boxes as nodes: the crop region of the displayed picture scaled into the box, corners
 * rounded by a clip, the frame drawn inside the edge. A picture that cannot be had becomes a
 * placeholder: a grey panel with a cross, which reads as "picture missing" to anyone.
 */
final class PhotoNodes {

    private static final System.Logger LOG = System.getLogger(PhotoNodes.class.getName());
    private static final Color PLACEHOLDER_FILL = Color.rgb(0x4a, 0x4a, 0x4a);
    private static final Color PLACEHOLDER_CROSS = Color.rgb(0x8c, 0x8c, 0x8c);

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
        Node content;
        try {
            // the whole picture at the size where its crop region fills the box pixel for pixel
            int wholeWidthPx = (int) Math.ceil(widthPx / crop.width());
            int wholeHeightPx = (int) Math.ceil(heightPx / crop.height());
            Image image = source.picture(box.media(), wholeWidthPx, wholeHeightPx);
            if (image == null || image.isError() || image.getWidth() < 1 || image.getHeight() < 1) {
                throw new IOException(box.media().originalName() + ": the picture could not be decoded"
                        + (image != null && image.getException() != null ? " (" + image.getException().getMessage() + ")" : ""));
            }
            ImageView view = new ImageView(image);
            view.setViewport(new Rectangle2D(crop.x() * image.getWidth(), crop.y() * image.getHeight(),
                    crop.width() * image.getWidth(), crop.height() * image.getHeight()));
            view.setX(xPx);
            view.setY(yPx);
            view.setFitWidth(widthPx);
            view.setFitHeight(heightPx);
            view.setPreserveRatio(false);
            view.setSmooth(true);
            content = view;
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.log(Level.WARNING, "photo {0} ({1}) drawn as a placeholder: {2}", box.media().originalName(),
                    box.media().sha256(), reason);
            problems.accept(new PhotoProblem(box.media(), reason));
            content = placeholder(xPx, yPx, widthPx, heightPx);
        }
        if (box.cornerRadiusPt() > 0) {
            content.setClip(SlideRenderer.rectangle(rect, box.cornerRadiusPt(), pxPerPt));
        }
        group.getChildren().add(content);
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

    private static Node placeholder(double xPx, double yPx, double widthPx, double heightPx) {
        Rectangle panel = new Rectangle(xPx, yPx, widthPx, heightPx);
        panel.setFill(PLACEHOLDER_FILL);
        double strokePx = Math.max(1, Math.min(widthPx, heightPx) / 100);
        Line down = new Line(xPx, yPx, xPx + widthPx, yPx + heightPx);
        Line up = new Line(xPx, yPx + heightPx, xPx + widthPx, yPx);
        for (Line line : new Line[] {down, up}) {
            line.setStroke(PLACEHOLDER_CROSS);
            line.setStrokeWidth(strokePx);
        }
        Group placeholder = new Group(panel, down, up);
        placeholder.setClip(new Rectangle(xPx, yPx, widthPx, heightPx));
        return placeholder;
    }
}
