package org.podium.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.podium.layout.Box;
import org.podium.layout.FillBox;
import org.podium.layout.ImageBox;
import org.podium.layout.Rect;
import org.podium.layout.SlideLayout;
import org.podium.layout.TextBox;

/**
 * Draws a {@link SlideLayout} as JavaFX nodes at a scale: the one renderer behind the editor's
 * canvas, the thumbnails, the presenter and PNG output. It positions and measures nothing itself:
 * every rectangle, line and baseline comes from the layout, multiplied by the scale.
 *
 * <p>Threads: {@link #render} may run on any thread (it decodes photos through the
 * {@link PhotoSource}, which should not happen on the JavaFX thread); the node it returns is not in
 * a scene, and may be attached to one only on the JavaFX thread.
 */
public final class SlideRenderer {

    private final TextNodes text;
    private final PhotoNodes photos;

    public SlideRenderer(PhotoSource photos) {
        this(photos, new FxTextMeasurer());
    }

    SlideRenderer(PhotoSource photos, FxTextMeasurer measurer) {
        this.text = new TextNodes(Objects.requireNonNull(measurer, "measurer"));
        this.photos = new PhotoNodes(Objects.requireNonNull(photos, "photos"));
    }

    /**
     * The slide at {@code pxPerPt} pixels per point: a region of {@code widthPt × pxPerPt} by
     * {@code heightPt × pxPerPt} pixels, clipped to it. A photo that cannot be decoded is drawn as a
     * placeholder and reported in {@link RenderedSlide#problems()}; nothing is thrown for it.
     */
    public RenderedSlide render(SlideLayout layout, double pxPerPt) {
        if (!(pxPerPt > 0) || !Double.isFinite(pxPerPt)) {
            throw new IllegalArgumentException("scale must be a positive number of pixels per point, was " + pxPerPt);
        }
        double widthPx = layout.widthPt() * pxPerPt;
        double heightPx = layout.heightPt() * pxPerPt;
        List<PhotoProblem> problems = new ArrayList<>();
        List<Node> nodes = new ArrayList<>(layout.boxes().size() + 1);
        Rectangle background = new Rectangle(0, 0, widthPx, heightPx);
        background.setFill(FxPaints.paint(layout.background()));
        nodes.add(background);
        for (Box box : layout.boxes()) {
            nodes.add(box.accept(new Box.Visitor<Node>() {
                @Override
                public Node text(TextBox textBox) {
                    return text.lines(textBox, pxPerPt);
                }

                @Override
                public Node image(ImageBox imageBox) {
                    return photos.picture(imageBox, pxPerPt, problems::add);
                }

                @Override
                public Node fill(FillBox fillBox) {
                    return filled(fillBox, pxPerPt);
                }
            }));
        }
        Pane slide = new Pane();
        slide.getChildren().setAll(nodes);
        slide.setMinSize(widthPx, heightPx);
        slide.setPrefSize(widthPx, heightPx);
        slide.setMaxSize(widthPx, heightPx);
        slide.setClip(new Rectangle(0, 0, widthPx, heightPx));
        return new RenderedSlide(slide, widthPx, heightPx, problems);
    }

    private static Node filled(FillBox box, double pxPerPt) {
        Rectangle shape = rectangle(box.rect(), box.cornerRadiusPt(), pxPerPt);
        shape.setFill(FxPaints.paint(box.fill()));
        shape.setOpacity(box.opacity());
        return shape;
    }

    /** A rectangle in pixels; JavaFX takes the corners' diameters, the layout gives their radius. */
    static Rectangle rectangle(Rect rect, double cornerRadiusPt, double pxPerPt) {
        Rectangle shape = new Rectangle(rect.xPt() * pxPerPt, rect.yPt() * pxPerPt, rect.widthPt() * pxPerPt,
                rect.heightPt() * pxPerPt);
        if (cornerRadiusPt > 0) {
            shape.setArcWidth(2 * cornerRadiusPt * pxPerPt);
            shape.setArcHeight(2 * cornerRadiusPt * pxPerPt);
        }
        return shape;
    }
}
