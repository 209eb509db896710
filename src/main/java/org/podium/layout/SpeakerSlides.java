package org.podium.layout;

import java.util.ArrayList;
import java.util.List;
import org.podium.model.Crop;
import org.podium.model.FocalPoint;
import org.podium.model.MediaRef;
import org.podium.model.Segment;
import org.podium.model.SlideKind;
import org.podium.model.Speaker;
import org.podium.model.SpeakerCard;

/**
 * Speaker cards. One person: portrait framed in the left third, name very large beside it, a rule,
 * the role beneath. Two people: two columns with matching type sizes. Without portraits the names
 * are centred. The segment's title is a small kicker above.
 */
final class SpeakerSlides {

    /** Portrait frames are 4:5, the usual head-and-shoulders shape. */
    static final double PORTRAIT_ASPECT = 0.8;
    /** Faces sit in the upper part of a portrait; the crop keeps this point centred. */
    static final FocalPoint FACE = new FocalPoint(0.5, 0.38);

    /** Two names side by side are set smaller than one name alone, smaller still above portraits. */
    static final double TWO_NAME_SHARE = 0.85;
    static final double TWO_NAME_SHARE_WITH_PORTRAITS = 0.7;

    private SpeakerSlides() {
    }

    static SlideLayout layout(LayoutContext ctx, SpeakerCard card, Segment segment) {
        String kicker = segment == null ? "" : segment.title().strip();
        List<Box> boxes = card.speakers().size() == 1
                ? one(ctx, card.speakers().get(0), kicker)
                : two(ctx, card.speakers().get(0), card.speakers().get(1), kicker);
        return ctx.slide(SlideKind.SPEAKER, boxes);
    }

    private static List<Box> one(LayoutContext ctx, Speaker speaker, String kicker) {
        Rect content = ctx.content();
        if (speaker.portrait() == null) {
            return textGroup(ctx, speaker, kicker, content, TextAlign.CENTRE, content.heightPt());
        }
        double third = content.widthPt() / 3;
        double frameWidth = Math.min(third * 0.92, content.heightPt() * PORTRAIT_ASPECT);
        double frameHeight = frameWidth / PORTRAIT_ASPECT;
        Rect frame = new Rect(content.xPt() + (third - frameWidth) / 2, content.centreYPt() - frameHeight / 2,
                frameWidth, frameHeight);
        double gutter = ctx.pt(40);
        Rect column = Rect.ofEdges(frame.maxXPt() + gutter, content.yPt(), content.maxXPt(), content.maxYPt());
        List<Box> boxes = new ArrayList<>();
        boxes.add(portrait(ctx, speaker.portrait(), frame, speaker.person().name()));
        boxes.addAll(textGroup(ctx, speaker, kicker, column, TextAlign.LEFT, content.heightPt()));
        return boxes;
    }

    /** Kicker, name, rule and role stacked and centred vertically in {@code column}. */
    private static List<Box> textGroup(LayoutContext ctx, Speaker speaker, String kicker, Rect column, TextAlign align,
                                       double heightPt) {
        String name = speaker.person().name().strip();
        String role = speaker.person().role().strip();
        double width = column.widthPt();
        FittedText kickerText = kicker.isEmpty() ? null
                : ctx.fit(kicker, ctx.style(TextRole.KICKER, kicker).withMaxLines(1), width, heightPt * 0.1);
        FittedText roleText = role.isEmpty() ? null
                : ctx.fit(role, ctx.style(TextRole.ROLE, role).withMaxLines(3), width, heightPt * 0.32);
        FittedText nameText = fitName(ctx, name, ctx.style(TextRole.NAME, name), width, heightPt * 0.45);
        VStack stack = new VStack();
        double ruleLength = Math.min(ctx.pt(80), width * 0.4);
        double ruleX = align == TextAlign.CENTRE ? column.centreXPt() : column.xPt() + ruleLength / 2;
        if (kickerText != null) {
            stack.addBox(kickerText.heightPt(), top -> ctx.place(kickerText, TextRole.KICKER, column.xPt(), width, top, align));
            stack.gap(ctx.pt(14));
        }
        if (!nameText.isEmpty()) {
            stack.addBox(nameText.heightPt(), top -> ctx.place(nameText, TextRole.NAME, column.xPt(), width, top, align));
        }
        if (roleText != null) {
            stack.gap(ctx.pt(18));
            stack.addBox(ctx.ruleWeightPt(), top -> ctx.rule(ruleX, top, ruleLength));
            stack.gap(ctx.pt(18));
            stack.addBox(roleText.heightPt(), top -> ctx.place(roleText, TextRole.ROLE, column.xPt(), width, top, align));
        }
        return stack.placeCentred(column, TitleSlides.OPTICAL_LIFT);
    }

    private static List<Box> two(LayoutContext ctx, Speaker left, Speaker right, String kicker) {
        Rect content = ctx.content();
        List<Box> boxes = new ArrayList<>();
        double gutter = ctx.pt(56);
        double columnWidth = (content.widthPt() - gutter) / 2;
        double top = content.yPt();
        if (!kicker.isEmpty()) {
            FittedText kickerText = ctx.fit(kicker, ctx.style(TextRole.KICKER, kicker).withMaxLines(1),
                    content.widthPt(), content.heightPt() * 0.1);
            boxes.add(ctx.place(kickerText, TextRole.KICKER, content.xPt(), content.widthPt(), top, TextAlign.CENTRE));
            top += kickerText.heightPt() + ctx.pt(20);
        }
        Rect area = Rect.ofEdges(content.xPt(), top, content.maxXPt(), content.maxYPt());
        Rect leftColumn = new Rect(area.xPt(), area.yPt(), columnWidth, area.heightPt());
        Rect rightColumn = new Rect(area.maxXPt() - columnWidth, area.yPt(), columnWidth, area.heightPt());

        // one size for both names and one for both roles, so neither person looks more important
        boolean portraits = left.portrait() != null || right.portrait() != null;
        TextStyle nameStyle = ctx.style(TextRole.NAME, left.person().name() + right.person().name());
        nameStyle = nameStyle.withMaxSize(nameStyle.maxSizePt() * (portraits ? TWO_NAME_SHARE_WITH_PORTRAITS : TWO_NAME_SHARE));
        TextStyle roleStyle = ctx.style(TextRole.ROLE, left.person().role() + right.person().role()).withMaxLines(3);
        double nameHeight = area.heightPt() * (portraits ? 0.24 : 0.4);
        double roleHeight = area.heightPt() * (portraits ? 0.22 : 0.3);
        double nameSize = Math.min(nameSizeFor(ctx, left.person().name(), nameStyle, columnWidth, nameHeight),
                nameSizeFor(ctx, right.person().name(), nameStyle, columnWidth, nameHeight));
        double roleSize = Math.min(sizeFor(ctx, left.person().role(), roleStyle, columnWidth, roleHeight),
                sizeFor(ctx, right.person().role(), roleStyle, columnWidth, roleHeight));
        Column[] columns = {
                column(ctx, left, nameStyle, nameSize, roleStyle, roleSize, columnWidth),
                column(ctx, right, nameStyle, nameSize, roleStyle, roleSize, columnWidth)};
        double textHeight = Math.max(columns[0].textHeight(ctx), columns[1].textHeight(ctx));
        double frameHeight = 0;
        if (portraits) {
            double gap = ctx.pt(22);
            frameHeight = Math.min(area.heightPt() - textHeight - gap, Math.min(columnWidth * 0.7 / PORTRAIT_ASPECT,
                    area.heightPt() * 0.62));
            frameHeight = Math.max(0, frameHeight);
        }
        double groupHeight = textHeight + (portraits ? frameHeight + ctx.pt(22) : 0);
        double groupTop = area.yPt() + Math.max(0, (area.heightPt() - groupHeight) / 2 * (1 - TitleSlides.OPTICAL_LIFT));
        Rect[] columnRects = {leftColumn, rightColumn};
        Speaker[] speakers = {left, right};
        for (int i = 0; i < 2; i++) {
            Rect column = columnRects[i];
            double y = groupTop;
            if (portraits) {
                double frameWidth = frameHeight * PORTRAIT_ASPECT;
                Rect frame = new Rect(column.centreXPt() - frameWidth / 2, y, frameWidth, frameHeight);
                boxes.addAll(speakers[i].portrait() != null
                        ? List.of(portrait(ctx, speakers[i].portrait(), frame, speakers[i].person().name()))
                        : monogram(ctx, speakers[i].person().name(), frame));
                y += frameHeight + ctx.pt(22);
            }
            boxes.addAll(columns[i].place(ctx, column, y));
        }
        if (!portraits) {
            double dividerHeight = Math.min(groupHeight * 1.1, area.heightPt());
            boxes.add(ctx.bar(new Rect(area.centreXPt() - ctx.hairlinePt() / 2,
                    groupTop + groupHeight / 2 - dividerHeight / 2, ctx.hairlinePt(), dividerHeight), ctx.palette().rule()));
        }
        return boxes;
    }

    private static double sizeFor(LayoutContext ctx, String text, TextStyle style, double width, double height) {
        return text.isBlank() ? style.maxSizePt() : ctx.fit(text, style, width, height).sizePt();
    }

    /** A name on one line if it fits there at the theme's minimum size or larger, else on up to two. */
    static FittedText fitName(LayoutContext ctx, String name, TextStyle style, double width, double height) {
        FittedText oneLine = ctx.fit(name, style.withMaxLines(1), width, height);
        return oneLine.overflow() ? ctx.fit(name, style.withMaxLines(2), width, height) : oneLine;
    }

    private static double nameSizeFor(LayoutContext ctx, String name, TextStyle style, double width, double height) {
        return name.isBlank() ? style.maxSizePt() : fitName(ctx, name, style, width, height).sizePt();
    }

    private static Column column(LayoutContext ctx, Speaker speaker, TextStyle nameStyle, double nameSize,
                                 TextStyle roleStyle, double roleSize, double width) {
        String name = speaker.person().name().strip();
        String role = speaker.person().role().strip();
        FittedText nameText = ctx.fitter().atSize(name, nameStyle.withMaxLines(2), nameSize, width);
        FittedText roleText = role.isEmpty() ? null : ctx.fitter().atSize(role, roleStyle, roleSize, width);
        return new Column(nameText, roleText);
    }

    /** Name and role of one person in a two-person card. */
    private record Column(FittedText name, FittedText role) {

        double textHeight(LayoutContext ctx) {
            return name.heightPt() + (role == null ? 0 : 2 * ctx.pt(14) + ctx.ruleWeightPt() + role.heightPt());
        }

        List<Box> place(LayoutContext ctx, Rect column, double top) {
            List<Box> boxes = new ArrayList<>();
            double y = top;
            if (!name.isEmpty()) {
                boxes.add(ctx.place(name, TextRole.NAME, column.xPt(), column.widthPt(), y, TextAlign.CENTRE));
                y += name.heightPt();
            }
            if (role != null) {
                y += ctx.pt(14);
                boxes.add(ctx.rule(column.centreXPt(), y, Math.min(ctx.pt(64), column.widthPt() * 0.3)));
                y += ctx.ruleWeightPt() + ctx.pt(14);
                boxes.add(ctx.place(role, TextRole.ROLE, column.xPt(), column.widthPt(), y, TextAlign.CENTRE));
            }
            return boxes;
        }
    }

    static ImageBox portrait(LayoutContext ctx, MediaRef media, Rect frame, String altText) {
        ImageCrop crop = PhotoFraming.fill(media, Crop.NONE, FACE, frame.aspectRatio());
        Stroke stroke = ctx.theme().measures().frameWidthPt() > 0
                ? new Stroke(ctx.palette().frame(), ctx.pt(ctx.theme().measures().frameWidthPt())) : Stroke.NONE;
        return new ImageBox(frame, media, crop, ctx.pt(ctx.theme().measures().photoCornerRadiusPt()), stroke, altText);
    }

    /** A plate with the name's first character, standing in for a missing portrait beside one that exists. */
    private static List<Box> monogram(LayoutContext ctx, String name, Rect frame) {
        List<Box> boxes = new ArrayList<>();
        boxes.add(new FillBox(frame, Fill.solid(ctx.palette().surface()),
                ctx.pt(ctx.theme().measures().photoCornerRadiusPt()), 1));
        String initial = name.isBlank() ? "" : name.strip().substring(0, name.strip().offsetByCodePoints(0, 1));
        if (!initial.isEmpty()) {
            TextStyle style = ctx.style(TextRole.NAME, initial).withMaxLines(1);
            FittedText text = ctx.fit(initial, style, frame.widthPt() * 0.6, frame.heightPt() * 0.5);
            boxes.add(ctx.place(text, TextRole.NAME, ctx.palette().accent(), frame.xPt(), frame.widthPt(),
                    frame.centreYPt() - text.heightPt() / 2, TextAlign.CENTRE));
        }
        return boxes;
    }
}
