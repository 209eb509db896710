package org.podium.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The band along the bottom of a photo slide: caption on the left, credit on the right, both
 * vertically centred. Without caption and credit it has no height and the photo takes the slide.
 */
final class CaptionBand {

    /** Largest share of the band's inner width a credit takes beside a caption. */
    private static final double CREDIT_SHARE = 0.36;

    private final FittedText caption;
    private final FittedText credit;
    private final double heightPt;
    private final double sidePt;
    private final double captionWidthPt;
    private final double creditWidthPt;

    private CaptionBand(FittedText caption, FittedText credit, double heightPt, double sidePt,
                        double captionWidthPt, double creditWidthPt) {
        this.caption = caption;
        this.credit = credit;
        this.heightPt = heightPt;
        this.sidePt = sidePt;
        this.captionWidthPt = captionWidthPt;
        this.creditWidthPt = creditWidthPt;
    }

    static CaptionBand of(LayoutContext ctx, String captionText, String creditText) {
        String caption = captionText.strip();
        String credit = creditText.strip();
        double side = ctx.content().xPt();
        double inner = ctx.widthPt() - 2 * side;
        double gap = ctx.pt(32);
        TextStyle creditStyle = ctx.style(TextRole.CREDIT, credit).withMaxLines(2);
        // the credit keeps its one-line width when it can, up to a share of the band; the caption takes the rest
        double creditNatural = credit.isEmpty() ? 0 : ctx.fitter().widthPt(credit, creditStyle, creditStyle.maxSizePt());
        double creditWidth = caption.isEmpty() ? inner : Math.min(creditNatural, (inner - gap) * CREDIT_SHARE);
        double captionWidth = credit.isEmpty() ? inner : caption.isEmpty() ? 0 : inner - gap - creditWidth;
        double maxTextHeight = ctx.heightPt() * 0.16;
        FittedText captionFit = caption.isEmpty() ? null
                : ctx.fit(caption, ctx.style(TextRole.CAPTION, caption).withMaxLines(2), captionWidth, maxTextHeight);
        FittedText creditFit = credit.isEmpty() ? null : ctx.fit(credit, creditStyle, creditWidth, maxTextHeight);
        double padding = ctx.pt(16);
        double textHeight = Math.max(TitleSlides.heightOf(captionFit), TitleSlides.heightOf(creditFit));
        double height = textHeight == 0 ? 0 : textHeight + 2 * padding;
        return new CaptionBand(captionFit, creditFit, height, side, captionWidth, creditWidth);
    }

    double heightPt() {
        return heightPt;
    }

    List<Box> boxes(LayoutContext ctx) {
        List<Box> boxes = new ArrayList<>();
        if (heightPt == 0) {
            return boxes;
        }
        Rect band = Rect.ofEdges(0, ctx.heightPt() - heightPt, ctx.widthPt(), ctx.heightPt());
        boxes.add(FillBox.of(band, ctx.palette().captionBand()));
        boxes.add(ctx.bar(new Rect(0, band.yPt(), band.widthPt(), ctx.hairlinePt()), ctx.palette().rule()));
        if (caption != null) {
            boxes.add(ctx.place(caption, TextRole.CAPTION, sidePt, captionWidthPt,
                    band.centreYPt() - caption.heightPt() / 2, TextAlign.LEFT));
        }
        if (credit != null) {
            double x = ctx.widthPt() - sidePt - creditWidthPt;
            boxes.add(ctx.place(credit, TextRole.CREDIT, x, creditWidthPt, band.centreYPt() - credit.heightPt() / 2,
                    caption == null ? TextAlign.LEFT : TextAlign.RIGHT));
        }
        return boxes;
    }
}
