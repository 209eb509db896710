package org.podium.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.MediaRef;

class MediaStoresTest {

    @TempDir
    Path dir;

    @Test
    void importedFileIsStreamedBack() throws IOException {
        byte[] bytes = TestImages.jpeg(60, 40, 1);
        FileMediaStore store = new FileMediaStore();

        MediaRef ref = store.importFile(Files.write(dir.resolve("a.jpg"), bytes));

        assertThat(store.contains(ref)).isTrue();
        try (InputStream in = store.open(ref)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void fileChangedAfterImportFailsItsHashCheck() throws IOException {
        Path file = Files.write(dir.resolve("a.jpg"), TestImages.jpeg(60, 40, 1));
        FileMediaStore store = new FileMediaStore();
        MediaRef ref = store.importFile(file);
        Files.write(file, TestImages.jpeg(60, 40, 2));

        assertThatThrownBy(() -> {
            try (InputStream in = store.open(ref)) {
                in.readAllBytes();
            }
        }).isInstanceOfSatisfying(PhotoBytesException.class, e -> {
            assertThat(e.kind()).isEqualTo(PhotoBytesException.Kind.CHANGED);
            assertThat(e).hasMessage("the photo \"a.jpg\" (" + file + ") has changed or is damaged: its bytes no "
                    + "longer match those that were imported; import the photo again from its original, or open a "
                    + "backup copy of the programme");
            assertThat(e.text(Locale.TAIWAN)).isEqualTo("照片「a.jpg」（" + file + "）已被更動或已損毀：內容與匯入時不符。"
                    + "請從原始檔案重新匯入這張照片，或開啟節目的備份副本。");
            assertThat(e.text(Locale.CHINA)).isEqualTo("照片“a.jpg”（" + file + "）已被改动或已损坏：内容与导入时不一致。"
                    + "请从原始文件重新导入这张照片，或打开节目的备份副本。");
        });
    }

    @Test
    void fileDeletedAfterImportIsNamed() throws IOException {
        Path file = Files.write(dir.resolve("gone.jpg"), TestImages.jpeg(20, 20, 1));
        FileMediaStore store = new FileMediaStore();
        MediaRef ref = store.importFile(file);
        Files.delete(file);

        assertThatThrownBy(() -> store.open(ref)).hasMessageContaining(file.toString())
                .hasMessageContaining("no longer there");
    }

    @Test
    void compositeAsksItsStoresInOrder() throws IOException {
        byte[] first = TestImages.png(10, 10, 1);
        byte[] second = TestImages.png(12, 12, 2);
        FileMediaStore opened = new FileMediaStore();
        FileMediaStore imported = new FileMediaStore();
        MediaRef a = opened.importFile(Files.write(dir.resolve("a.png"), first));
        MediaRef b = imported.importFile(Files.write(dir.resolve("b.png"), second));
        MediaRef unknown = new MediaRef("0".repeat(64), "x.png", "image/png", 1, 1, 1);

        CompositeMediaStore both = CompositeMediaStore.of(opened, imported);

        assertThat(both.contains(a)).isTrue();
        assertThat(both.contains(b)).isTrue();
        assertThat(both.contains(unknown)).isFalse();
        try (InputStream in = both.open(b)) {
            assertThat(in.readAllBytes()).isEqualTo(second);
        }
        assertThatThrownBy(() -> both.open(unknown)).isInstanceOf(IOException.class).hasMessageContaining("x.png");
    }

    @Test
    void digestStreamPassesMatchingBytesAndCountsThem() throws IOException {
        byte[] bytes = "bytes of a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (DigestCheckingInputStream in = new DigestCheckingInputStream(new ByteArrayInputStream(bytes),
                Sha256.of(bytes), 1000, "test")) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
            assertThat(in.count()).isEqualTo(bytes.length);
        }
    }

    @Test
    void digestStreamStopsAtItsByteLimit() {
        byte[] bytes = new byte[5000];
        assertThatThrownBy(() -> {
            try (InputStream in = new DigestCheckingInputStream(new ByteArrayInputStream(bytes), Sha256.of(bytes), 4096,
                    "big.bmp")) {
                in.readAllBytes();
            }
        }).isInstanceOfSatisfying(PhotoBytesException.class, e -> {
            assertThat(e).hasMessageStartingWith("the photo \"big.bmp\" (" + Sha256.of(bytes) + ") holds more than 4096 "
                    + "bytes, so it is damaged or too large");
            assertThat(e.text(Locale.forLanguageTag("zh-Hant"))).startsWith("照片「big.bmp」（" + Sha256.of(bytes)
                    + "）超過 4096 位元組，可能已損毀或過大。");
        });
    }
}
