package org.podium.ui.presenter;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.podium.layout.Box;
import org.podium.layout.FillBox;
import org.podium.layout.ImageBox;
import org.podium.layout.Rgba;
import org.podium.layout.SlideLayout;
import org.podium.layout.TextBox;
import org.podium.layout.TextLine;

/** A plain drawing of a layout: flat colours, text lines at their baselines, pictures cropped into boxes. */
final class StandInDrawer implements SlideDrawer {

    @Override
    public Region draw(SlideLayout layout, double pxPerPt, CachedPhotos photos) {
        double widthPx = layout.widthPt() * pxPerPt;
        double heightPx = layout.heightPt() * pxPerPt;
        Pane slide = new Pane();
        Rectangle background = new Rectangle(widthPx, heightPx, colour(layout.background().averageColour()));
        slide.getChildren().add(background);
        for (Box box : layout.boxes()) {
            slide.getChildren().add(box.accept(new Box.Visitor<Node>() {
                @Override
                public Node text(TextBox textBox) {
                    Pane lines = new Pane();
                    Font font = Font.font(textBox.font().family(),
                            textBox.font().bold() ? FontWeight.BOLD : FontWeight.NORMAL, textBox.font().sizePt() * pxPerPt);
                    for (TextLine line : textBox.lines()) {
                        Text text = new Text(line.xPt() * pxPerPt, line.baselineYPt() * pxPerPt, line.text());
                        text.setFont(font);
                        text.setFill(colour(textBox.colour()));
                        lines.getChildren().add(text);
                    }
                    return lines;
                }

                @Override
                public Node image(ImageBox imageBox) {
                    double w = imageBox.rect().widthPt() * pxPerPt;
                    double h = imageBox.rect().heightPt() * pxPerPt;
                    Image image = photos.picture(imageBox.media(), (int) Math.ceil(w / imageBox.crop().width()),
                            (int) Math.ceil(h / imageBox.crop().height()));
                    ImageView view = new ImageView(image);
                    view.setViewport(new Rectangle2D(imageBox.crop().x() * image.getWidth(),
                            imageBox.crop().y() * image.getHeight(), imageBox.crop().width() * image.getWidth(),
                            imageBox.crop().height() * image.getHeight()));
                    view.setX(imageBox.rect().xPt() * pxPerPt);
                    view.setY(imageBox.rect().yPt() * pxPerPt);
                    view.setFitWidth(w);
                    view.setFitHeight(h);
                    return view;
                }

                @Override
                public Node fill(FillBox fillBox) {
                    Rectangle r = new Rectangle(fillBox.rect().xPt() * pxPerPt, fillBox.rect().yPt() * pxPerPt,
                            fillBox.rect().widthPt() * pxPerPt, fillBox.rect().heightPt() * pxPerPt);
                    r.setFill(colour(fillBox.fill().averageColour()));
                    r.setOpacity(fillBox.opacity());
                    return r;
                }
            }));
        }
        slide.setMinSize(widthPx, heightPx);
        slide.setPrefSize(widthPx, heightPx);
        slide.setMaxSize(widthPx, heightPx);
        slide.setClip(new Rectangle(widthPx, heightPx));
        return slide;
    }

    private static Color colour(Rgba rgba) {
        return Color.rgb(rgba.red(), rgba.green(), rgba.blue(), rgba.alpha());
    }
}
