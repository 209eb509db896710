package org.podium.render;

import java.util.List;
import org.podium.layout.Box;
import org.podium.layout.Fill;
import org.podium.layout.FontSpec;
import org.podium.layout.ImageBox;
import org.podium.layout.ImageCrop;
import org.podium.layout.Rect;
import org.podium.layout.Rgba;
import org.podium.layout.SlideLayout;
import org.podium.layout.Stroke;
import org.podium.layout.TextAlign;
import org.podium.layout.TextBox;
import org.podium.layout.TextLine;
import org.podium.layout.TextRole;
import org.podium.model.MediaRef;

/** Hand-made layouts for renderer tests: 960 × 540 pt slides with boxes at known places. */
final class Slides {

    static final Rgba BACKGROUND = Rgba.hex("#7c0d12");
    static final Rgba TEXT = Rgba.hex("#fff6e6");
    static final String CJK_FAMILY = "Noto Sans CJK TC";
    static final MediaRef PHOTO = new MediaRef("a".repeat(64), "台上.jpg", "image/jpeg", 400, 200, 1);

    private Slides() {
    }

    static SlideLayout slide(Box... boxes) {
        return new SlideLayout(960, 540, Fill.solid(BACKGROUND), List.of(boxes));
    }

    /** One line of text with its left end at {@code xPt} and baseline at {@code baselinePt}. */
    static TextBox line(String text, double xPt, double baselinePt, double sizePt, double letterSpacingPt) {
        FontSpec font = new FontSpec(CJK_FAMILY, sizePt, true);
        double widthPt = new FxTextMeasurer().advancePt(text, font)
                + letterSpacingPt * (text.codePointCount(0, text.length()) - 1);
        double lineHeightPt = sizePt * 1.2;
        double topPt = baselinePt - sizePt * 0.88 - sizePt * 0.1;
        return new TextBox(new Rect(xPt, topPt, widthPt, lineHeightPt),
                List.of(new TextLine(text, xPt, baselinePt, widthPt)), font, TEXT, TextAlign.LEFT, lineHeightPt,
                letterSpacingPt, TextRole.TITLE, false);
    }

    static ImageBox photo(Rect rect, ImageCrop crop) {
        return new ImageBox(rect, PHOTO, crop, 0, Stroke.NONE, "");
    }
}
