package org.podium.layout;

import java.util.ArrayList;
import java.util.List;
import org.podium.model.SectionHeading;
import org.podium.model.Segment;
import org.podium.model.SlideKind;
import org.podium.model.TitleCard;

/** Title and section slides: centred, large, balanced type with rules. */
final class TitleSlides {

    /** Share of the free vertical space by which centred groups are lifted towards the top. */
    static final double OPTICAL_LIFT = 0.12;

    private TitleSlides() {
    }

    static SlideLayout title(LayoutContext ctx, TitleCard card) {
        String title = Details.firstNonBlank(card.title(), ctx.programme().title());
        String subtitle = Details.firstNonBlank(card.subtitle(), ctx.programme().subtitle());
        String details = Details.line(ctx.programme(), title + "\n" + subtitle);
        Rect content = ctx.content();
        double width = content.widthPt();
        double height = content.heightPt();

        FittedText detailsText = details.isEmpty() ? null
                : fitDetails(ctx, title + "\n" + subtitle, width * 0.9, height * 0.18);
        FittedText subtitleText = subtitle.isEmpty() ? null
                : ctx.fit(subtitle, ctx.style(TextRole.SUBTITLE, subtitle).withMaxLines(2), width * 0.85, height * 0.2);
        double ruleGap = ctx.pt(24);
        double others = heightOf(detailsText) + heightOf(subtitleText) + 2 * ruleGap + ctx.ruleWeightPt()
                + (subtitleText == null ? 0 : ctx.pt(18));
        FittedText titleText = title.isEmpty() ? null
                : ctx.fit(title, ctx.style(TextRole.TITLE, title).withMaxLines(3), width * 0.94,
                        Math.min(height * 0.62, height - others));

        VStack stack = new VStack();
        addCentred(stack, ctx, titleText, TextRole.TITLE, content);
        if (subtitleText != null) {
            stack.gap(ctx.pt(18));
            addCentred(stack, ctx, subtitleText, TextRole.SUBTITLE, content);
        }
        stack.gap(ruleGap);
        double ruleLength = Math.min(ctx.pt(140), width * 0.3);
        stack.addBox(ctx.ruleWeightPt(), top -> ctx.rule(content.centreXPt(), top, ruleLength));
        if (detailsText != null) {
            stack.gap(ruleGap);
            addCentred(stack, ctx, detailsText, TextRole.DETAILS, content);
        }
        return ctx.slide(SlideKind.TITLE, stack.placeCentred(content, OPTICAL_LIFT));
    }

    static SlideLayout section(LayoutContext ctx, SectionHeading section, Segment segment) {
        String heading = section.heading().strip();
        String subheading = section.subheading().strip();
        String kicker = segment == null || segment.title().strip().equals(heading) ? "" : segment.title().strip();
        Rect content = ctx.content();
        double width = content.widthPt();
        double height = content.heightPt();
        double flankPt = Math.min(ctx.pt(64), width * 0.1);
        double flankGapPt = ctx.pt(16);

        FittedText kickerText = kicker.isEmpty() ? null
                : ctx.fit(kicker, ctx.style(TextRole.KICKER, kicker).withMaxLines(1),
                        width - 2 * (flankPt + flankGapPt), height * 0.12);
        FittedText subText = subheading.isEmpty() ? null
                : ctx.fit(subheading, ctx.style(TextRole.SUBTITLE, subheading).withMaxLines(2), width * 0.85, height * 0.22);
        double gap = ctx.pt(26);
        double others = heightOf(kickerText) + heightOf(subText) + 2 * gap + ctx.ruleWeightPt() + gap;
        FittedText headingText = heading.isEmpty() ? null
                : ctx.fit(heading, ctx.style(TextRole.SECTION, heading).withMaxLines(3), width * 0.92,
                        Math.min(height * 0.6, height - others));

        VStack stack = new VStack();
        double ruleLength = Math.min(ctx.pt(96), width * 0.2);
        if (kickerText != null) {
            FittedText k = kickerText;
            stack.add(k.heightPt(), top -> flanked(ctx, k, content, top, flankPt, flankGapPt));
            stack.gap(gap);
        } else {
            stack.addBox(ctx.ruleWeightPt(), top -> ctx.rule(content.centreXPt(), top, ruleLength));
            stack.gap(gap);
        }
        addCentred(stack, ctx, headingText, TextRole.SECTION, content);
        if (subText != null) {
            stack.gap(gap);
            stack.addBox(ctx.ruleWeightPt(), top -> ctx.rule(content.centreXPt(), top, ruleLength));
            stack.gap(gap);
            addCentred(stack, ctx, subText, TextRole.SUBTITLE, content);
        }
        return ctx.slide(SlideKind.SECTION, stack.placeCentred(content, OPTICAL_LIFT));
    }

    /** The first arrangement of the details that fits without breaking inside a part; else the last one, fitted. */
    private static FittedText fitDetails(LayoutContext ctx, String shownAbove, double width, double height) {
        List<String> arrangements = Details.arrangements(ctx.programme(), shownAbove);
        for (String text : arrangements) {
            int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
            FittedText fitted = ctx.fit(text, ctx.style(TextRole.DETAILS, text).withMaxLines(lines), width, height);
            if (!fitted.overflow()) {
                return fitted;
            }
        }
        String last = arrangements.get(arrangements.size() - 1);
        return ctx.fit(last, ctx.style(TextRole.DETAILS, last), width, height);
    }

    /** The kicker centred, with a rule on each side at the middle of its line. */
    private static List<Box> flanked(LayoutContext ctx, FittedText kicker, Rect content, double top, double flankPt,
                                     double gapPt) {
        List<Box> boxes = new ArrayList<>();
        double textWidth = kicker.maxLineWidthPt();
        double centre = content.centreXPt();
        double ruleY = top + kicker.lineHeightPt() / 2 - ctx.hairlinePt() / 2;
        double leftEnd = centre - textWidth / 2 - gapPt;
        double rightStart = centre + textWidth / 2 + gapPt;
        boxes.add(ctx.bar(new Rect(leftEnd - flankPt, ruleY, flankPt, ctx.hairlinePt()), ctx.palette().rule()));
        boxes.add(ctx.bar(new Rect(rightStart, ruleY, flankPt, ctx.hairlinePt()), ctx.palette().rule()));
        boxes.add(ctx.place(kicker, TextRole.KICKER, content.xPt(), content.widthPt(), top, TextAlign.CENTRE));
        return boxes;
    }

    static void addCentred(VStack stack, LayoutContext ctx, FittedText text, TextRole role, Rect content) {
        if (text != null && !text.isEmpty()) {
            stack.addBox(text.heightPt(), top -> ctx.place(text, role, content.xPt(), content.widthPt(), top,
                    TextAlign.CENTRE));
        }
    }

    static double heightOf(FittedText text) {
        return text == null ? 0 : text.heightPt();
    }
}
