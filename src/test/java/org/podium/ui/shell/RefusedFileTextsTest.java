package org.podium.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.TestProgrammes;
import org.podium.io.PodiumFile;
import org.podium.io.PodiumFileException;
import org.podium.io.RecoveryStore;
import org.podium.media.MediaStore;
import org.podium.ui.common.Messages;
import org.podium.ui.common.SameThreadRunner;
import org.podium.ui.session.EditorSession;

/** A file Podium refuses is named, and the reason is said in the window's language. */
class RefusedFileTextsTest {

    private static final Locale TRADITIONAL = Locale.forLanguageTag("zh-TW");

    @TempDir
    Path dir;

    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();

    private MainWindowViewModel window(Locale locale) {
        Messages messages = Messages.load(locale);
        return new MainWindowViewModel(messages, new SameThreadRunner(), dialogs, new Fakes.Recent(),
                new PodiumFileStore(), Optional::empty, "1.2.3",
                new EditorSession(MainWindowViewModel.emptyProgramme(messages)), new RecoveryStore(dir.resolve("recovery")));
    }

    @Test
    void aCutShortFileIsRefusedInTraditionalChineseNamingTheFile() throws IOException {
        Path whole = dir.resolve("分享會.podium");
        PodiumFile.write(whole, TestProgrammes.withoutPhotos(), MediaStore.empty());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("複製中斷.podium"), Arrays.copyOf(bytes, bytes.length - 30));

        window(TRADITIONAL).open(cut);

        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0))
                .startsWith("無法開啟節目\n" + cut + "：不是 Podium 節目檔：它不是 zip 壓縮檔，或是檔案不完整（")
                .contains("沒有任何變更")
                .doesNotContain("not a Podium file");
    }

    @Test
    void aFileFromANewerPodiumSaysToUpdateInTraditionalChinese() throws IOException {
        Path newer = programmeWithJson("新版.podium", json -> json.replace("\"formatVersion\": 1", "\"formatVersion\": 3"));

        window(TRADITIONAL).open(newer);

        assertThat(dialogs.errors.get(0)).contains(newer + "：這個檔案是 ")
                .contains("以格式版本 3 寫成的，而這個 Podium 最多只能讀取版本 1。請更新 Podium 後再開啟。");
    }

    @Test
    void aWrongValueKeepsItsJsonPathAndLineInTheSentence() throws IOException {
        Path edited = programmeWithJson("手改.podium", json -> json.replaceFirst("\"language\": \"zh-Hant\"",
                "\"language\": 7"));
        PodiumFileException refused = catchThrowableOfType(() -> PodiumFile.read(edited), PodiumFileException.class);

        String text = new FileTexts(Messages.load(TRADITIONAL)).problem(edited, refused);

        assertThat(text).matches("\\Q" + edited + "：programme.json 第 \\E\\d+ 行第 \\d+ 欄（\\$\\.programme\\.language）：此處應為字串。");
    }

    @Test
    void aSaveIntoAFolderThatIsGoneIsRefusedInSimplifiedChinese() {
        Path gone = dir.resolve("拔掉的隨身碟").resolve("分享會.podium");
        MainWindowViewModel window = window(Locale.CHINA);
        dialogs.saveAnswers.push(Optional.of(gone));

        window.saveAs();

        assertThat(dialogs.errors.get(0)).startsWith("无法保存节目\n" + gone + "：未保存：文件夹 " + gone.getParent() + " 不存在。");
    }

    @Test
    void anEnglishWindowShowsTheMessageAsLogged() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.podium"), "閉幕詞");
        PodiumFileException refused = catchThrowableOfType(() -> PodiumFile.read(text), PodiumFileException.class);

        assertThat(new FileTexts(Messages.load(Locale.ENGLISH)).problem(text, refused)).isEqualTo(refused.getMessage());
    }

    /** A sound programme file whose programme.json went through {@code edit}. */
    private Path programmeWithJson(String name, UnaryOperator<String> edit) throws IOException {
        Path sound = dir.resolve("sound-" + name);
        PodiumFile.write(sound, TestProgrammes.withoutPhotos(), MediaStore.empty());
        String json;
        try (ZipFile zip = new ZipFile(sound.toFile())) {
            json = new String(zip.getInputStream(zip.getEntry("programme.json")).readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("programme.json"));
            zip.write(edit.apply(json).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
