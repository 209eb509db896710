package org.podium.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class UiLocaleTest {

    @Test
    void requestedScriptGetsItsUsualRegion() {
        assertThat(UiLocale.resolve("zh-Hant", Locale.ENGLISH)).isEqualTo(Locale.forLanguageTag("zh-Hant-TW"));
        assertThat(UiLocale.resolve("zh-Hans", Locale.ENGLISH)).isEqualTo(Locale.forLanguageTag("zh-Hans-CN"));
        assertThat(UiLocale.resolve("zh_TW", Locale.ENGLISH)).isEqualTo(Locale.TAIWAN);
    }

    @Test
    void nothingRequestedKeepsTheSystemLocale() {
        assertThat(UiLocale.resolve(null, Locale.GERMANY)).isEqualTo(Locale.GERMANY);
        assertThat(UiLocale.resolve(" ", Locale.GERMANY)).isEqualTo(Locale.GERMANY);
    }

    @Test
    void taiwanHongKongAndHantAreTraditional() {
        assertThat(UiLocale.isTraditionalChinese(Locale.TAIWAN)).isTrue();
        assertThat(UiLocale.isTraditionalChinese(new Locale("zh", "HK"))).isTrue();
        assertThat(UiLocale.isTraditionalChinese(Locale.forLanguageTag("zh-Hant"))).isTrue();
        assertThat(UiLocale.isTraditionalChinese(Locale.CHINA)).isFalse();
        assertThat(UiLocale.isTraditionalChinese(Locale.forLanguageTag("zh-Hans-HK"))).isFalse();
    }

    @Test
    void systemLocalesReachTheMatchingBundle() {
        assertThat(text(Locale.TAIWAN)).isEqualTo("檔案(_F)");
        assertThat(text(new Locale("zh", "HK"))).isEqualTo("檔案(_F)");
        assertThat(text(UiLocale.resolve("zh-Hant", Locale.ENGLISH))).isEqualTo("檔案(_F)");
        assertThat(text(Locale.CHINA)).isEqualTo("文件(_F)");
        assertThat(text(UiLocale.resolve("zh-Hans", Locale.ENGLISH))).isEqualTo("文件(_F)");
        assertThat(text(Locale.UK)).isEqualTo("_File");
    }

    private static String text(Locale locale) {
        Locale saved = Locale.getDefault();
        // getBundle falls back through the default locale; pin it so the system's cannot answer.
        Locale.setDefault(Locale.ROOT);
        try {
            return ResourceBundle.getBundle(Messages.BUNDLE, locale).getString("shell.menu.file");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
