package org.podium.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.podium.layout.FontStacks;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.Theme;
import org.podium.layout.Themes;

class FxFontResolverTest {

    @BeforeAll
    static void toolkit() {
        FxPlatform.startHeadless();
    }

    @Test
    void namesAreComparedWithoutCase() {
        FxFontResolver resolver = new FxFontResolver(List.of("Noto Sans CJK TC", "DejaVu Serif"));

        assertThat(resolver.isInstalled("noto sans cjk tc")).isTrue();
        assertThat(resolver.isInstalled("NOTO SANS CJK TC")).isTrue();
        assertThat(resolver.isInstalled("Microsoft JhengHei")).isFalse();
        assertThat(resolver.installedName("dejavu serif")).contains("DejaVu Serif");
    }

    @Test
    void everyThemeResolvesToFamiliesJavaFxHasOnThisMachine() {
        FxFontResolver resolver = new FxFontResolver();
        assumeTrue(resolver.isInstalled("Noto Sans CJK TC") && resolver.isInstalled("Noto Serif CJK TC"),
                "needs fonts-noto-cjk");
        SlideLayoutEngine engine = new SlideLayoutEngine(Themes.bundled(), new FxTextMeasurer(), resolver);
        List<String> families = Font.getFamilies();
        for (Theme theme : Themes.bundled().all()) {
            for (FontStacks stacks : List.of(theme.displayFonts(), theme.textFonts())) {
                for (List<String> stack : List.of(stacks.zhHant(), stacks.zhHans())) {
                    String family = engine.resolveFamily(stack);
                    assertThat(families).as("%s resolves %s", theme.id(), stack).contains(family);
                    assertThat(Font.font(family, 20).getFamily()).isEqualTo(family);
                }
            }
        }
    }
}
