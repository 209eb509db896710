package org.podium.export.pptx;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.podium.layout.Box;
import org.podium.layout.FillBox;
import org.podium.layout.ImageBox;
import org.podium.layout.ImageCrop;
import org.podium.layout.Rect;
import org.podium.layout.SlideLayout;
import org.podium.layout.TextBox;

/**
 * Draws one {@link SlideLayout} onto a PowerPoint slide as native, editable shapes, in the
 * layout's painting order: background, then each box (fills, pictures, text boxes).
 */
final class SlideShapes {

    /** A fill this thin (in points) is a rule, not a panel; only its shape name depends on it. */
    private static final double RULE_MAX_PT = 4;

    private final TextShapes text;
    private final PictureStore pictures;

    SlideShapes(TextShapes text, PictureStore pictures) {
        this.text = text;
        this.pictures = pictures;
    }

    void draw(XSLFSlide slide, SlideLayout layout) throws IOException {
        Ooxml.background(slide, layout.background());
        try {
            for (Box box : layout.boxes()) {
                box.accept(new Box.Visitor<Void>() {
                    @Override
                    public Void text(TextBox textBox) {
                        text.add(slide, textBox);
                        return null;
                    }

                    @Override
                    public Void image(ImageBox imageBox) {
                        try {
                            addPicture(slide, imageBox);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return null;
                    }

                    @Override
                    public Void fill(FillBox fillBox) {
                        addFill(slide, fillBox);
                        return null;
                    }
                });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void addPicture(XSLFSlide slide, ImageBox box) throws IOException {
        XSLFPictureShape shape = slide.createPicture(pictures.picture(box.media()));
        shape.setAnchor(anchor(box.rect()));
        if (!box.crop().equals(ImageCrop.WHOLE)) {
            Ooxml.crop(shape, box.crop());
        }
        if (box.cornerRadiusPt() > 0) {
            Ooxml.roundCorners(shape, box.cornerRadiusPt(), box.rect().widthPt(), box.rect().heightPt());
        }
        if (!box.frame().isNone()) {
            shape.setLineColor(colour(box.frame().colour()));
            shape.setLineWidth(box.frame().widthPt());
            Ooxml.insideOutline(shape);
        }
        String name = box.media().originalName().isBlank() ? "Photo" : "Photo: " + box.media().originalName();
        Ooxml.describe(shape, name, box.altText());
    }

    private static void addFill(XSLFSlide slide, FillBox box) {
        XSLFAutoShape shape = slide.createAutoShape();
        shape.setShapeType(ShapeType.RECT);
        shape.setAnchor(anchor(box.rect()));
        Ooxml.shapeFill(shape, box.fill(), box.opacity());
        if (box.cornerRadiusPt() > 0) {
            Ooxml.roundCorners(shape, box.cornerRadiusPt(), box.rect().widthPt(), box.rect().heightPt());
        }
        boolean rule = Math.min(box.rect().widthPt(), box.rect().heightPt()) <= RULE_MAX_PT;
        Ooxml.describe(shape, rule ? "Rule" : "Panel", "");
    }

    private static Rectangle2D anchor(Rect rect) {
        return new Rectangle2D.Double(rect.xPt(), rect.yPt(), rect.widthPt(), rect.heightPt());
    }

    private static Color colour(org.podium.layout.Rgba rgba) {
        return new Color(rgba.red(), rgba.green(), rgba.blue(), rgba.alpha255());
    }
}
