package org.podium.layout;

import java.util.ArrayList;
import java.util.List;
import org.podium.model.BlankCard;
import org.podium.model.Crop;
import org.podium.model.Quote;
import org.podium.model.SlideKind;
import org.podium.model.TextPoints;

/** Quote, text (heading and points) and blank slides. */
final class TextSlides {

    /** Gap between bullet points, in em of the body size. */
    static final double POINT_GAP_EM = 0.5;

    private TextSlides() {
    }

    /**
     * The quotation set large between the theme's marks, balanced; short quotes centred, longer
     * ones as a left-aligned block centred on the slide; the attribution below, right-aligned.
     */
    static SlideLayout quote(LayoutContext ctx, Quote quote) {
        Rect content = ctx.content();
        String body = quote.text().strip();
        String text = body.isEmpty() ? "" : ctx.theme().quoteMarks(ctx.language()).around(body);
        String attribution = Details.attribution(quote.attribution(), ctx.language());
        double width = Math.min(content.widthPt(), content.heightPt() * 2.6);
        FittedText attributionText = attribution.isEmpty() ? null
                : ctx.fit(attribution, ctx.style(TextRole.ATTRIBUTION, attribution).withMaxLines(2), width * 0.8,
                        content.heightPt() * 0.2);
        double gap = ctx.pt(30);
        double quoteHeight = content.heightPt() - (attributionText == null ? 0 : attributionText.heightPt() + gap);
        FittedText quoteText = ctx.fit(text, ctx.style(TextRole.QUOTE, text), width, quoteHeight);

        boolean centred = quoteText.lines().size() <= 2;
        double blockWidth = centred ? width : Math.min(width, Math.max(quoteText.maxLineWidthPt(),
                attributionText == null ? 0 : attributionText.maxLineWidthPt()));
        double blockX = content.centreXPt() - blockWidth / 2;
        VStack stack = new VStack();
        if (!quoteText.isEmpty()) {
            stack.addBox(quoteText.heightPt(), top -> ctx.place(quoteText, TextRole.QUOTE, blockX, blockWidth, top,
                    centred ? TextAlign.CENTRE : TextAlign.LEFT));
        }
        if (attributionText != null) {
            stack.gap(gap);
            stack.addBox(attributionText.heightPt(), top -> ctx.place(attributionText, TextRole.ATTRIBUTION, blockX,
                    blockWidth, top, TextAlign.RIGHT));
        }
        return ctx.slide(SlideKind.QUOTE, stack.placeCentred(content, TitleSlides.OPTICAL_LIFT));
    }

    /** Heading at the top left with a short rule under it, then the points, all at one fitted size. */
    static SlideLayout text(LayoutContext ctx, TextPoints points) {
        Rect content = ctx.content();
        List<Box> boxes = new ArrayList<>();
        double y = content.yPt();
        String heading = points.heading().strip();
        if (!heading.isEmpty()) {
            FittedText headingText = ctx.fit(heading, ctx.style(TextRole.HEADING, heading).withMaxLines(2),
                    content.widthPt(), content.heightPt() * 0.3);
            boxes.add(ctx.place(headingText, TextRole.HEADING, content.xPt(), content.widthPt(), y, TextAlign.LEFT));
            y += headingText.heightPt() + ctx.pt(16);
            double ruleLength = Math.min(ctx.pt(72), content.widthPt() * 0.2);
            boxes.add(ctx.rule(content.xPt() + ruleLength / 2, y, ruleLength));
            y += ctx.ruleWeightPt() + ctx.pt(28);
        }
        List<String> items = points.points().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!items.isEmpty()) {
            double indent = ctx.pt(34);
            double width = content.widthPt() - indent;
            TextStyle style = ctx.style(TextRole.BODY, String.join("", items));
            List<FittedText> fitted = ctx.fitter().fitTogether(items, style, POINT_GAP_EM, width, content.maxYPt() - y);
            for (FittedText item : fitted) {
                double size = item.sizePt();
                double dot = size * 0.3;
                double dotCentreY = y + item.lineHeightPt() / 2;
                boxes.add(new FillBox(new Rect(content.xPt() + ctx.pt(4), dotCentreY - dot / 2, dot, dot),
                        Fill.solid(ctx.palette().accent()), dot / 2, 1));
                boxes.add(ctx.place(item, TextRole.BODY, content.xPt() + indent, width, y, TextAlign.LEFT));
                y += item.heightPt() + POINT_GAP_EM * size;
            }
        }
        return ctx.slide(SlideKind.TEXT, boxes);
    }

    /** The background, the logo centred if there is one, and a line of text under it. */
    static SlideLayout blank(LayoutContext ctx, BlankCard card) {
        Rect content = ctx.content();
        String text = card.text().strip();
        FittedText line = text.isEmpty() ? null
                : ctx.fit(text, ctx.style(TextRole.SUBTITLE, text).withMaxLines(2), content.widthPt() * 0.85,
                        content.heightPt() * 0.25);
        VStack stack = new VStack();
        if (card.logo() != null) {
            double aspect = PhotoFraming.aspect(card.logo(), Crop.NONE);
            double maxHeight = content.heightPt() * (line == null ? 0.6 : 0.45);
            Rect logo = PhotoFraming.fitInto(new Rect(0, 0, content.widthPt() * 0.5, maxHeight), aspect);
            stack.addBox(logo.heightPt(), top -> new ImageBox(new Rect(content.centreXPt() - logo.widthPt() / 2, top,
                    logo.widthPt(), logo.heightPt()), card.logo(), ImageCrop.WHOLE, 0, Stroke.NONE, ""));
            stack.gap(ctx.pt(28));
        }
        TitleSlides.addCentred(stack, ctx, line, TextRole.SUBTITLE, content);
        return ctx.slide(SlideKind.BLANK, stack.placeCentred(content, TitleSlides.OPTICAL_LIFT));
    }
}
