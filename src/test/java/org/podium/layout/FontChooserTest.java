package org.podium.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.podium.model.Language;
import org.podium.model.SlideFormat;
import org.podium.model.TitleCard;

class FontChooserTest {

    private static final List<String> STACK = List.of("Microsoft JhengHei", "PingFang TC", "Noto Sans CJK TC");

    @Test
    void picksTheFirstInstalledFamilyOfTheStack() {
        FontChooser chooser = new FontChooser(Set.of("Noto Sans CJK TC", "PingFang TC")::contains);
        assertThat(chooser.resolve(STACK)).isEqualTo("PingFang TC");
    }

    @Test
    void fallsBackToTheFirstNameWhenNoneIsInstalled() {
        FontChooser chooser = new FontChooser(family -> false);
        assertThat(chooser.resolve(STACK)).isEqualTo("Microsoft JhengHei");
    }

    @Test
    void boxesNameTheResolvedFamiliesForTheProgrammeLanguage() {
        Set<String> installed = Set.of("Noto Sans CJK TC", "Noto Serif CJK TC", "Noto Sans CJK SC", "DejaVu Sans");
        SlideLayoutEngine engine = new SlideLayoutEngine(Themes.bundled(), FakeMeasurer.INSTANCE, installed::contains);
        SlideLayout traditional = engine.layout(Samples.programme(SlideFormat.WIDE_16_9, Language.ZH_HANT,
                "crimson-gold", List.of(new TitleCard("分享會", "副題")))).get(0).layout();
        assertThat(LayoutChecks.text(traditional, TextRole.TITLE).font().family()).isEqualTo("Noto Serif CJK TC");
        assertThat(LayoutChecks.text(traditional, TextRole.SUBTITLE).font().family()).isEqualTo("Noto Sans CJK TC");

        SlideLayout english = engine.layout(Samples.programme(SlideFormat.WIDE_16_9, Language.EN, "formal-blue",
                List.of(new TitleCard("Sharing session", "Jianye District")))).get(0).layout();
        assertThat(LayoutChecks.text(english, TextRole.TITLE).font().family()).isEqualTo("DejaVu Sans");
    }
}
