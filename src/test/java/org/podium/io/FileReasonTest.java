package org.podium.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.BundleFiles;
import org.podium.io.FileReason.Kind;

/** The reasons a file is refused read the same in English, Simplified and Traditional Chinese. */
class FileReasonTest {

    private static final String BASE = "org/podium/io/reasons";
    private static final Locale TRADITIONAL = Locale.forLanguageTag("zh-Hant-TW");
    private static final Locale SIMPLIFIED = Locale.forLanguageTag("zh-Hans-CN");

    @TempDir
    Path dir;

    @Test
    void everyKindIsInEveryLanguageWithItsArgumentsAndNothingElseIs() throws IOException {
        BundleFiles.assertOneSentencePerKind(BASE,
                Arrays.stream(Kind.values()).collect(Collectors.toMap(Kind::key, Kind::arity)));
    }

    @Test
    void everyKindIsTranslatedIntoChineseCharacters() throws IOException {
        BundleFiles.assertTranslatedIntoChinese(BASE, Set.of(Kind.SIZE_MIB.key()));
    }

    @Test
    void nestedReasonsAreSaidInTheSameLanguage() {
        FileReason reason = FileReason.of(Kind.NOT_A_ZIP, FileReason.of(Kind.ENDS_TOO_EARLY));

        assertThat(reason.english())
                .isEqualTo("not a Podium file: it is not a zip archive, or it is truncated (it ends too early)");
        assertThat(reason.text(TRADITIONAL)).isEqualTo("不是 Podium 節目檔：它不是 zip 壓縮檔，或是檔案不完整（檔案在結尾之前就中斷了）。");
        assertThat(reason.text(Locale.TAIWAN)).isEqualTo(reason.text(TRADITIONAL));
        assertThat(reason.text(Locale.forLanguageTag("zh-HK"))).isEqualTo(reason.text(TRADITIONAL));
        assertThat(reason.text(SIMPLIFIED)).isEqualTo("不是 Podium 节目文件：它不是 zip 压缩包，或者文件不完整（文件在结尾之前就中断了）。");
        assertThat(reason.text(Locale.CHINA)).isEqualTo(reason.text(SIMPLIFIED));
    }

    @Test
    void otherLanguagesAndTheEnglishMessageReadEnglishWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CHINA);
            FileReason reason = FileReason.of(Kind.NO_SUCH_FILE);

            assertThat(reason.english()).isEqualTo("no such file");
            assertThat(reason.text(Locale.FRANCE)).isEqualTo("no such file");
            assertThat(new PodiumFileException(Path.of("a.podium"), reason)).hasMessage("a.podium: no such file");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void numbersKeepTheirDigitsAndAnApostropheSurvivesTheFormat() {
        assertThat(FileReason.of(Kind.ENTRY_TOO_LARGE, "programme.json", 67_108_865L,
                FileReason.of(Kind.SIZE_MIB, 64)).english())
                .isEqualTo("entry \"programme.json\" is 67108865 bytes, over the limit of 64 MiB");
        assertThat(FileReason.of(Kind.ENTRY_TOO_LARGE, "programme.json", 67_108_865L,
                FileReason.of(Kind.SIZE_MIB, 64)).text(TRADITIONAL))
                .isEqualTo("項目「programme.json」有 67108865 位元組，超過 64 MiB 的上限。");
        assertThat(FileReason.of(Kind.MEDIA_UNLISTED, "media/a.jpg").english())
                .isEqualTo("entry \"media/a.jpg\" is not listed in programme.json's media table");
        assertThat(FileReason.of(Kind.EXPECTED_OBJECT).text(SIMPLIFIED)).isEqualTo("这里应为对象 { … }");
    }

    @Test
    void aReasonWithTheWrongNumberOfArgumentsIsAProgrammingError() {
        assertThatThrownBy(() -> FileReason.of(Kind.ENTRY_TWICE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ENTRY_TWICE takes 1");
    }

    @Test
    void jsonErrorKeepsItsPathAndLineInTraditionalChinese() throws IOException {
        Path file = Files.write(dir.resolve("分享會.podium"), Zips.podium(Documents.withSlides(
                "{ \"id\": \"t\", \"kind\": \"title\", \"title\": 5 }"), Map.of()));

        assertThatThrownBy(() -> PodiumFile.read(file)).isInstanceOfSatisfying(PodiumFileException.class, e ->
                assertThat(e.reason(TRADITIONAL)).isEqualTo("programme.json 第 " + Documents.FIRST_SLIDE_LINE
                        + " 行第 40 欄（$.programme.segments[0].slides[0].title）：此處應為字串。"));
    }

    @Test
    void newerVersionSaysToUpdatePodiumInSimplifiedChinese() throws IOException {
        Path file = Files.write(dir.resolve("新版.podium"), Zips.podium(Documents.minimal()
                .replace("\"formatVersion\": 1", "\"formatVersion\": 7"), Map.of()));

        assertThatThrownBy(() -> PodiumFile.read(file)).isInstanceOfSatisfying(PodiumFileException.class, e ->
                assertThat(e.reason(SIMPLIFIED)).isEqualTo(
                        "这个文件是 Podium 0.1.0 用格式版本 7 生成的，而当前的 Podium 最高只能读取版本 1。请升级 Podium 后再打开。"));
    }
}