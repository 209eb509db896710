package org.podium.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.TestProgrammes;
import org.podium.media.MediaStore;

class RecoveryStoreTest {

    @TempDir
    Path dir;

    @Test
    void copyWrittenIsFoundWithItsSourceAndReadsBackEqual() throws IOException {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        Path source = dir.resolve("jianye.podium");
        Files.writeString(source, "older");
        Files.setLastModifiedTime(source, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

        store.write(TestProgrammes.withoutPhotos(), MediaStore.empty(), source);

        RecoveryStore.Recovery found = store.find().orElseThrow();
        assertThat(found.source()).isEqualTo(source.toAbsolutePath());
        try (OpenedProgramme opened = PodiumFile.read(found.file())) {
            assertThat(opened.programme()).isEqualTo(TestProgrammes.withoutPhotos());
        }
    }

    @Test
    void copyOlderThanItsSourceIsNotOffered() throws IOException {
        RecoveryStore store = new RecoveryStore(dir);
        Path source = dir.resolve("saved-later.podium");
        store.write(TestProgrammes.withoutPhotos(), MediaStore.empty(), source);
        Files.writeString(source, "saved after the copy");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(store.find()).isEmpty();
    }

    @Test
    void copyOfANeverSavedProgrammeIsOfferedAndClearRemovesIt() throws IOException {
        RecoveryStore store = new RecoveryStore(dir);
        assertThat(store.find()).isEmpty();
        store.write(TestProgrammes.withoutPhotos(), MediaStore.empty(), null);
        assertThat(store.find()).get().extracting(RecoveryStore.Recovery::source).isNull();
        store.clear();
        assertThat(store.find()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
