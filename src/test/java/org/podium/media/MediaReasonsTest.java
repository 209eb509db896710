package org.podium.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.podium.BundleFiles;

/** What the media package says about a photo reads the same in English, Simplified and Traditional Chinese. */
class MediaReasonsTest {

    private static final String BASE = "org/podium/media/reasons";

    @Test
    void everyReasonIsInEveryLanguageWithTheSameArgumentsAndNothingElseIs() throws IOException {
        Map<String, String> english = BundleFiles.assertSameKeysAndPlaceholders(BASE);

        assertThat(english.keySet()).isEqualTo(Stream.concat(
                Arrays.stream(PhotoDecodeException.Reason.values()).map(r -> "reason." + r.name()),
                Arrays.stream(PhotoBytesException.Kind.values()).map(PhotoBytesException.Kind::key))
                .collect(Collectors.toSet()));
        assertThat(BundleFiles.arguments(english.get(PhotoBytesException.Kind.CHANGED.key()))).isEqualTo(Set.of(0, 1));
        assertThat(BundleFiles.arguments(english.get(PhotoBytesException.Kind.TOO_LARGE.key())))
                .isEqualTo(Set.of(0, 1, 2));
    }

    @Test
    void everyReasonIsTranslatedIntoChineseCharacters() throws IOException {
        BundleFiles.assertTranslatedIntoChinese(BASE, Set.of());
    }

    @Test
    void theMessageIsEnglishWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.TAIWAN);
            PhotoBytesException e = new PhotoBytesException(PhotoBytesException.Kind.TOO_LARGE, "合唱.jpg",
                    "media/ab.jpg", 200_000_000L);

            assertThat(e).hasMessage("the photo \"合唱.jpg\" (media/ab.jpg) holds more than 200000000 bytes, so it is "
                    + "damaged or too large; import the photo again from its original, or open a backup copy of the "
                    + "programme");
            assertThat(e.text(Locale.ENGLISH)).isEqualTo(e.getMessage());
            assertThat(e.text(Locale.CHINA)).isEqualTo("照片“合唱.jpg”（media/ab.jpg）超过 200000000 字节，可能已损坏或过大。"
                    + "请从原始文件重新导入这张照片，或打开节目的备份副本。");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
