package org.podium.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Properties every laid-out slide must have. */
final class LayoutChecks {

    private LayoutChecks() {
    }

    /** Every box on the slide, text lines inside their boxes, no two text boxes overlapping. */
    static void assertWellFormed(SlideLayout layout, String what) {
        Rect slide = layout.bounds();
        for (Box box : layout.boxes()) {
            assertThat(slide.contains(box.rect())).as("%s: %s lies within the slide %s", what, box, slide).isTrue();
        }
        List<TextBox> texts = layout.textBoxes();
        for (TextBox text : texts) {
            for (TextLine line : text.lines()) {
                // a line starting with an opening bracket may hang out by the bracket's blank half
                double hang = Hanging.hangPt(line.text(), text.font(), FakeMeasurer.INSTANCE);
                assertThat(line.xPt()).as("%s: line '%s' starts inside its box", what, line.text())
                        .isGreaterThanOrEqualTo(text.rect().xPt() - hang - 0.01);
                assertThat(line.xPt() + line.widthPt()).as("%s: line '%s' ends inside its box", what, line.text())
                        .isLessThanOrEqualTo(text.rect().maxXPt() + 0.01);
                assertThat(line.baselineYPt()).as("%s: baseline of '%s' inside its box", what, line.text())
                        .isBetween(text.rect().yPt(), text.rect().maxYPt());
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                assertThat(texts.get(i).rect().overlaps(texts.get(j).rect()))
                        .as("%s: '%s' and '%s' overlap", what, texts.get(i).text(), texts.get(j).text()).isFalse();
            }
        }
    }

    static TextBox text(SlideLayout layout, TextRole role) {
        return layout.textBoxes().stream().filter(t -> t.role() == role).findFirst()
                .orElseThrow(() -> new AssertionError("no " + role + " text on " + layout.textBoxes()));
    }

    static List<TextBox> texts(SlideLayout layout, TextRole role) {
        return layout.textBoxes().stream().filter(t -> t.role() == role).toList();
    }
}
