package org.podium.layout;

import java.util.ArrayList;
import java.util.List;
import org.podium.model.Photo;
import org.podium.model.PhotoFit;
import org.podium.model.SinglePhoto;
import org.podium.model.SlideKind;

/**
 * Single photos. A landscape photo fills the slide above a caption band (caption left, credit
 * right), so the caption never covers the picture. A photo much narrower than the slide (a
 * portrait on a landscape slide, a 4:3 photo on an LED wall) goes to one side at full height with
 * caption and credit in a panel beside it, rather than between black bars.
 */
final class PhotoSlides {

    /**
     * A photo narrower than this share of the slide's aspect ratio gets a side panel: on 16:9
     * that is portrait and square photos; on a 32:9 wall also 4:3 and 3:2 ones.
     */
    static final double SIDE_PANEL_BELOW = 0.6;
    /** Widest share of the slide a photo with a side panel may take. */
    static final double SIDE_PHOTO_MAX_SHARE = 0.62;

    /** How much larger than in a caption band a caption may be in a side panel. */
    static final double PANEL_CAPTION_GROWTH = 1.25;

    private PhotoSlides() {
    }

    static SlideLayout layout(LayoutContext ctx, SinglePhoto single) {
        Photo photo = single.photo();
        Rect slide = ctx.slide();
        double aspect = PhotoFraming.aspect(photo.media(), photo.crop());
        boolean hasWords = !photo.caption().isBlank() || !photo.credit().isBlank();
        List<Box> boxes;
        if (aspect < slide.aspectRatio() * SIDE_PANEL_BELOW) {
            boxes = hasWords ? sidePanel(ctx, photo, aspect) : centred(ctx, photo, aspect);
        } else {
            CaptionBand band = CaptionBand.of(ctx, photo.caption(), photo.credit());
            Rect area = Rect.ofEdges(0, 0, slide.widthPt(), slide.heightPt() - band.heightPt());
            boxes = new ArrayList<>(framed(ctx, photo, area, photo.fit()));
            boxes.addAll(band.boxes(ctx));
        }
        return ctx.slide(SlideKind.PHOTO, boxes);
    }

    /** The photo in {@code area}: cropped to fill it, or whole and centred on the backdrop. */
    static List<Box> framed(LayoutContext ctx, Photo photo, Rect area, PhotoFit fit) {
        double radius = ctx.pt(ctx.theme().measures().photoCornerRadiusPt());
        if (fit == PhotoFit.FILL) {
            ImageCrop crop = PhotoFraming.fill(photo.media(), photo.crop(), photo.focal(), area.aspectRatio());
            return List.of(new ImageBox(area, photo.media(), crop, radius, Stroke.NONE, photo.caption()));
        }
        Rect picture = PhotoFraming.fitInto(area, PhotoFraming.aspect(photo.media(), photo.crop()));
        return List.of(FillBox.of(area, ctx.palette().photoBackdrop()),
                new ImageBox(picture, photo.media(), PhotoFraming.afterCrop(photo.crop()), radius, Stroke.NONE,
                        photo.caption()));
    }

    /** A narrow photo with no words: whole, full height, centred on the backdrop. */
    private static List<Box> centred(LayoutContext ctx, Photo photo, double aspect) {
        Rect slide = ctx.slide();
        Rect picture = PhotoFraming.fitInto(slide, aspect);
        return List.of(FillBox.of(slide, ctx.palette().photoBackdrop()),
                new ImageBox(picture, photo.media(), PhotoFraming.afterCrop(photo.crop()), 0, Stroke.NONE,
                        photo.caption()));
    }

    /** Photo on the left at full height, caption and credit in a panel on the right. */
    private static List<Box> sidePanel(LayoutContext ctx, Photo photo, double aspect) {
        Rect slide = ctx.slide();
        double photoWidth = Math.min(slide.heightPt() * aspect, slide.widthPt() * SIDE_PHOTO_MAX_SHARE);
        Rect area = new Rect(0, 0, photoWidth, slide.heightPt());
        List<Box> boxes = new ArrayList<>(framed(ctx, photo, area, photo.fit()));
        Rect margins = ctx.content();
        double padding = margins.xPt();
        Rect panel = Rect.ofEdges(photoWidth, 0, slide.widthPt(), slide.heightPt());
        boxes.add(FillBox.of(panel, ctx.palette().surface()));
        Rect column = Rect.ofEdges(panel.xPt() + padding, margins.yPt(), panel.maxXPt() - padding, margins.maxYPt());
        String caption = photo.caption().strip();
        String credit = photo.credit().strip();
        double width = column.widthPt();
        FittedText creditText = credit.isEmpty() ? null
                : ctx.fit(credit, ctx.style(TextRole.CREDIT, credit).withMaxLines(3), width, column.heightPt() * 0.25);
        double ruleGap = ctx.pt(20);
        double captionRoom = column.heightPt() - TitleSlides.heightOf(creditText) - 3 * ruleGap - ctx.ruleWeightPt();
        TextStyle captionStyle = ctx.style(TextRole.CAPTION, caption);
        // the panel has room for larger words than the band under a landscape photo
        captionStyle = captionStyle.withSizes(captionStyle.maxSizePt() * PANEL_CAPTION_GROWTH, captionStyle.minSizePt());
        FittedText captionText = caption.isEmpty() ? null : ctx.fit(caption, captionStyle, width, captionRoom);
        VStack stack = new VStack();
        double ruleLength = Math.min(ctx.pt(56), width * 0.3);
        stack.addBox(ctx.ruleWeightPt(), top -> ctx.rule(column.xPt() + ruleLength / 2, top, ruleLength));
        stack.gap(ruleGap);
        if (captionText != null) {
            stack.addBox(captionText.heightPt(), top -> ctx.place(captionText, TextRole.CAPTION, column.xPt(), width,
                    top, TextAlign.LEFT));
        }
        if (creditText != null) {
            stack.gap(captionText == null ? 0 : ruleGap);
            stack.addBox(creditText.heightPt(), top -> ctx.place(creditText, TextRole.CREDIT, column.xPt(), width, top,
                    TextAlign.LEFT));
        }
        boxes.addAll(stack.placeCentred(column, TitleSlides.OPTICAL_LIFT));
        return boxes;
    }
}
