package org.podium.layout;

import java.util.ArrayList;
import java.util.List;
import org.podium.model.Language;
import org.podium.model.Programme;
import org.podium.model.SlideKind;

/**
 * Everything one slide's layout needs: the theme, the slide size, the programme's language, and
 * helpers that turn theme styles into fitted, positioned text. Type sizes and theme measures are
 * given for a slide 540 pt high and scaled by {@link #scale()}: with the height of a landscape
 * slide, with the width of a portrait one (so a 9:16 screen does not get type too wide for it).
 */
final class LayoutContext {

    /** Reference slide height the theme's sizes are written for. */
    static final double REFERENCE_HEIGHT_PT = 540;

    private final Theme theme;
    private final Programme programme;
    private final TextFitter fitter;
    private final TextMeasurer measurer;
    private final FontChooser fonts;
    private final double widthPt;
    private final double heightPt;

    LayoutContext(Theme theme, Programme programme, TextFitter fitter, TextMeasurer measurer, FontChooser fonts) {
        this.theme = theme;
        this.programme = programme;
        this.fitter = fitter;
        this.measurer = measurer;
        this.fonts = fonts;
        this.widthPt = programme.format().widthPt();
        this.heightPt = programme.format().heightPt();
    }

    Theme theme() {
        return theme;
    }

    Programme programme() {
        return programme;
    }

    Language language() {
        return programme.language();
    }

    TextFitter fitter() {
        return fitter;
    }

    double widthPt() {
        return widthPt;
    }

    double heightPt() {
        return heightPt;
    }

    double scale() {
        return Math.min(widthPt, heightPt) / REFERENCE_HEIGHT_PT;
    }

    /** A length given for a 540 pt high slide, scaled to this slide. */
    double pt(double at540) {
        return at540 * scale();
    }

    Rect slide() {
        return new Rect(0, 0, widthPt, heightPt);
    }

    Rect content() {
        return theme.margins().content(widthPt, heightPt);
    }

    Palette palette() {
        return theme.palette();
    }

    /** The theme's style for a role, with the family resolved for this text and sizes scaled. */
    TextStyle style(TextRole role, String text) {
        TypeStyle type = theme.type(role);
        String family = fonts.resolve(theme.fonts(type.face()).forText(language(), text));
        double max = roundToStep(pt(type.maxPt()));
        double min = Math.min(max, roundToStep(pt(type.minPt())));
        return new TextStyle(family, type.bold(), max, Math.max(TextFitter.SIZE_STEP_PT, min), type.lineHeight(),
                type.letterSpacingEm(), 0, defaultMode(role));
    }

    private static double roundToStep(double sizePt) {
        return Math.max(TextFitter.SIZE_STEP_PT, Math.floor(sizePt / TextFitter.SIZE_STEP_PT) * TextFitter.SIZE_STEP_PT);
    }

    private static BreakMode defaultMode(TextRole role) {
        switch (role) {
            case TITLE:
            case SECTION:
            case HEADING:
            case NAME:
            case ROLL_NAME:
            case QUOTE:
            case SUBTITLE:
            case DETAILS:
            case CAPTION:
            case CREDIT:
                return BreakMode.BALANCED;
            case BODY:
            case ROLE:
            case ATTRIBUTION:
                return BreakMode.NO_WIDOW;
            default:
                return BreakMode.GREEDY;
        }
    }

    FittedText fit(String text, TextStyle style, double widthPt, double heightPt) {
        return fitter.fit(text, style, widthPt, heightPt);
    }

    /**
     * A text box for fitted text: the lines set in a column {@code columnX … columnX + columnWidth},
     * the block's top at {@code topPt}.
     */
    TextBox place(FittedText text, TextRole role, double columnXPt, double columnWidthPt, double topPt, TextAlign align) {
        return place(text, role, theme.type(role).colour(), columnXPt, columnWidthPt, topPt, align);
    }

    TextBox place(FittedText text, TextRole role, Rgba colour, double columnXPt, double columnWidthPt, double topPt,
                  TextAlign align) {
        LineMetrics metrics = measurer.metrics(text.font());
        double lineHeight = text.lineHeightPt();
        double baselineOffset = (lineHeight - metrics.ascentPt() - metrics.descentPt()) / 2 + metrics.ascentPt();
        List<TextLine> lines = new ArrayList<>(text.lines().size());
        for (int i = 0; i < text.lines().size(); i++) {
            double lineWidth = text.lineWidthsPt().get(i);
            double hang = Hanging.hangPt(text.lines().get(i), text.font(), measurer);
            double x;
            switch (align) {
                case CENTRE:
                    // half the hang: the bracket's blank half still counts towards the visual centre
                    x = columnXPt + (columnWidthPt - lineWidth) / 2 - hang / 2;
                    break;
                case RIGHT:
                    x = columnXPt + columnWidthPt - lineWidth;
                    break;
                default:
                    x = columnXPt - hang;
            }
            lines.add(new TextLine(text.lines().get(i), x, topPt + i * lineHeight + baselineOffset, lineWidth));
        }
        Rect rect = new Rect(columnXPt, topPt, Math.max(0, columnWidthPt), text.heightPt());
        return new TextBox(rect, lines, text.font(), colour, align, lineHeight, text.letterSpacingPt(), role,
                text.overflow());
    }

    /** A solid bar, e.g. a rule. */
    FillBox bar(Rect rect, Rgba colour) {
        return FillBox.of(rect, colour);
    }

    /** A horizontal rule of the theme's rule weight, centred on {@code centreXPt}, its top at {@code topPt}. */
    FillBox rule(double centreXPt, double topPt, double lengthPt) {
        return bar(new Rect(centreXPt - lengthPt / 2, topPt, lengthPt, ruleWeightPt()), palette().rule());
    }

    double ruleWeightPt() {
        return Math.max(0.5, pt(theme.measures().rulePt()));
    }

    double hairlinePt() {
        return Math.max(0.25, pt(theme.measures().hairlinePt()));
    }

    /** The theme's decorations for a slide kind, placed on this slide. */
    List<Box> decorations(SlideKind kind) {
        List<Box> out = new ArrayList<>();
        for (Decoration decoration : theme.decorations()) {
            if (decoration.appliesTo(kind)) {
                Rect rect = decoration.place(widthPt, heightPt);
                if (!rect.isEmpty()) {
                    out.add(new FillBox(rect, decoration.fill(), decoration.cornerRadius() * Math.min(widthPt, heightPt),
                            decoration.opacity()));
                }
            }
        }
        return out;
    }

    SlideLayout slide(SlideKind kind, List<Box> content) {
        List<Box> boxes = new ArrayList<>(decorations(kind));
        boxes.addAll(content);
        return new SlideLayout(widthPt, heightPt, theme.background(), boxes);
    }
}
