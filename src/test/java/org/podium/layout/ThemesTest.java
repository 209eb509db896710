package org.podium.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.model.Language;
import org.podium.model.Programme;
import org.podium.model.SlideKind;

class ThemesTest {

    private final Themes themes = Themes.bundled();

    @Test
    void theFourBundledThemesAreListedWithTheDefaultFirst() {
        assertThat(themes.ids()).containsExactly("crimson-gold", "memorial", "formal-blue", "paper");
        assertThat(themes.ids().get(0)).isEqualTo(Programme.DEFAULT_THEME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"crimson-gold", "memorial", "formal-blue", "paper"})
    void everyBundledThemeLoadsCompletely(String id) {
        Theme theme = themes.load(id);
        assertThat(theme.id()).isEqualTo(id);
        for (Language language : Language.values()) {
            assertThat(theme.names().in(language)).isNotBlank();
            assertThat(theme.quoteMarks(language).open()).isNotBlank();
        }
        for (TextRole role : TextRole.values()) {
            assertThat(theme.type(role)).as(role.key()).isNotNull();
        }
        assertThat(theme.textFonts().zhHant()).isNotEmpty();
        assertThat(themes.load(id)).isSameAs(theme);
    }

    @ParameterizedTest
    @ValueSource(strings = {"crimson-gold", "memorial", "formal-blue", "paper"})
    void textIsReadableOnTheBackground(String id) {
        Theme theme = themes.load(id);
        for (TextRole role : TextRole.values()) {
            double contrast = contrast(theme.type(role).colour(), theme.background().averageColour());
            assertThat(contrast).as("%s %s contrast", id, role.key()).isGreaterThanOrEqualTo(4.5);
        }
        double band = contrast(theme.type(TextRole.CAPTION).colour(), theme.palette().captionBand());
        assertThat(band).as("%s caption on its band", id).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void chineseQuotesUseCornerBracketsAndEnglishCurlyQuotes() {
        Theme theme = themes.load("crimson-gold");
        assertThat(theme.quoteMarks(Language.ZH_HANT).around("初心")).isEqualTo("「初心」");
        assertThat(theme.quoteMarks(Language.EN).around("Hope")).isEqualTo("\u201cHope\u201d");
    }

    @Test
    void crimsonGoldHasGoldRulesOnItsTitleSlideButNotOverPhotos() {
        Theme theme = themes.load("crimson-gold");
        assertThat(theme.decorations()).anyMatch(d -> d.appliesTo(SlideKind.TITLE));
        assertThat(theme.decorations()).noneMatch(d -> d.appliesTo(SlideKind.PHOTO));
        assertThat(theme.palette().rule().red()).isGreaterThan(theme.palette().rule().blue() + 80);
    }

    @Test
    void anUnknownIdIsRefusedNamingTheAvailableThemes() {
        assertThatThrownBy(() -> themes.load("rainbow"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'rainbow'")
                .hasMessageContaining("crimson-gold, memorial, formal-blue, paper");
    }

    @Test
    void aBrokenThemeFileIsReportedWithFileAndField() {
        String json = "{\"id\":\"x\",\"names\":{\"en\":\"X\",\"zh-Hans\":\"X\",\"zh-Hant\":\"X\"},"
                + "\"palette\":{\"background\":\"#000000\",\"surface\":\"#000000\",\"primary\":\"#000000\","
                + "\"accent\":\"#000000\",\"text\":\"red\",\"mutedText\":\"#000000\",\"photoBackdrop\":\"#000000\","
                + "\"captionBand\":\"#000000\",\"rule\":\"#000000\",\"frame\":\"#000000\"}}";
        assertThatThrownBy(() -> read("themes/x.json", json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("themes/x.json")
                .hasMessageContaining("palette.text")
                .hasMessageContaining("'red' is not a colour");
        assertThatThrownBy(() -> read("themes/y.json", "{\"id\": "))
                .hasMessageContaining("themes/y.json").hasMessageContaining("not valid JSON");
    }

    @Test
    void aMissingTypeStyleIsNamed() throws IOException {
        String json;
        try (InputStream in = Themes.class.getResourceAsStream(Themes.FOLDER + "paper.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String broken = json.replace("\"page-marker\"", "\"page-markr\"");
        assertThatThrownBy(() -> read("paper.json", broken)).hasMessageContaining("type.page-marker: missing");
    }

    private static Theme read(String source, String json) throws IOException {
        return ThemeReader.read(source, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    private static double contrast(Rgba a, Rgba b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Rgba c) {
        return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
