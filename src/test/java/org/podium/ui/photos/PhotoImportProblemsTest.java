package org.podium.ui.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.podium.TestProgrammes;
import org.podium.media.HostileImages;
import org.podium.ui.common.Messages;
import org.podium.ui.common.SameThreadRunner;
import org.podium.ui.runningorder.RunningOrderViewModel;
import org.podium.ui.session.EditorSession;
import org.podium.ui.shell.Fakes;

/**
 * The files an import refuses are explained in the organiser's language: each line names the file
 * first, says what is wrong and what to do, with no English left in a Chinese message.
 */
class PhotoImportProblemsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of(Locale.forLanguageTag("zh-Hant"), "3 個檔案未加入；已加入 0 張照片。", List.of(
                        "：尚不支援 HEIC 格式的照片（iPhone 常用）；請匯出為 JPEG 後再加入",
                        "：檔案是空的；請從手機或相機重新複製這張照片後再加入",
                        "：照片有 30000 × 30000 像素（900 百萬像素），Podium 最多只能顯示 100 百萬像素的照片；"
                                + "請製作一個較小的副本後再加入")),
                Arguments.of(Locale.SIMPLIFIED_CHINESE, "3 个文件未添加；已添加 0 张照片。", List.of(
                        "：暂不支持 HEIC 格式的照片（iPhone 常用）；请导出为 JPEG 后再添加",
                        "：文件是空的；请从手机或相机重新复制这张照片后再添加",
                        "：照片有 30000 × 30000 像素（900 百万像素），Podium 最多只能显示 100 百万像素的照片；"
                                + "请制作一个较小的副本后再添加")),
                Arguments.of(Locale.ENGLISH, "3 files were not added; no photos were added.", List.of(
                        ": HEIC photos are not supported yet; export it as JPEG and add that",
                        ": the file is empty; copy the photo again from the phone or camera and add that",
                        ": the photo is 30000 × 30000 pixels (900 megapixels); Podium shows photos of up to "
                                + "100 megapixels; make a smaller copy and add that")));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void eachRefusedFileIsNamedWithItsProblemAndWhatToDoInTheUsersLanguage(Locale locale, String summary,
                                                                            List<String> reasons) throws IOException {
        Path heic = Files.write(dir.resolve("IMG_0001.heic"), HostileImages.heic());
        Path empty = Files.write(dir.resolve("空白.jpg"), new byte[0]);
        Path bomb = Files.write(dir.resolve("海報.png"), HostileImages.pngBomb(30000, 30000, 4));
        Fakes.Dialogs dialogs = new Fakes.Dialogs();
        Messages messages = Messages.load(locale);
        EditorSession session = new EditorSession(TestProgrammes.jianye());
        PhotoImportViewModel model = new PhotoImportViewModel(session, new RunningOrderViewModel(session, messages),
                new SameThreadRunner(), dialogs, messages);

        model.importFiles(List.of(heic, empty, bomb), null, false);

        assertThat(dialogs.errors).singleElement().satisfies(error -> {
            List<String> lines = error.lines().toList();
            assertThat(lines.get(0)).isEqualTo(messages.get("photos.problems.title"));
            assertThat(lines.get(1)).isEqualTo(summary);
            assertThat(lines.subList(3, lines.size())).containsExactly(
                    heic + reasons.get(0), empty + reasons.get(1), bomb + reasons.get(2));
        });
    }
}
