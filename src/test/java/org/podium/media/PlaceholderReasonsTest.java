package org.podium.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A photo that cannot be shown says why in the window's language, on the slide as well. */
class PlaceholderReasonsTest {

    private static final Locale TRADITIONAL = Locale.forLanguageTag("zh-Hant-TW");
    private static final Locale TAIWAN = Locale.TAIWAN;
    private static final Locale SIMPLIFIED = Locale.forLanguageTag("zh-Hans-CN");

    @Test
    void everyReasonHasItsOwnWordsInEachLanguage() {
        for (PhotoDecodeException.Reason reason : PhotoDecodeException.Reason.values()) {
            assertThat(reason.shortText(Locale.ENGLISH)).as("%s in English", reason).isEqualTo(reason.shortText());
            assertThat(reason.shortText(TRADITIONAL)).as("%s in Traditional Chinese", reason)
                    .isNotBlank().isNotEqualTo(reason.shortText());
            assertThat(reason.shortText(SIMPLIFIED)).as("%s in Simplified Chinese", reason)
                    .isNotBlank().isNotEqualTo(reason.shortText());
        }
    }

    @Test
    void taiwanAndTraditionalReadTheSameAndSimplifiedUsesItsOwnCharacters() {
        assertThat(PhotoDecodeException.Reason.DAMAGED.shortText(TAIWAN)).isEqualTo("檔案損毀或不完整");
        assertThat(PhotoDecodeException.Reason.DAMAGED.shortText(TRADITIONAL)).isEqualTo("檔案損毀或不完整");
        assertThat(PhotoDecodeException.Reason.DAMAGED.shortText(SIMPLIFIED)).isEqualTo("文件损坏或不完整");
        assertThat(PhotoDecodeException.Reason.DAMAGED.shortText(Locale.CHINA)).isEqualTo("文件损坏或不完整");
    }
}
