package org.podium.reliability;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.podium.TestProgrammes;
import org.podium.io.PodiumFile;
import org.podium.io.RecoveryStore;
import org.podium.media.FileMediaStore;
import org.podium.media.MediaStore;

/**
 * The child process of {@link CrashSaveTest}: saves programme A, then B, then A… to one target
 * until it is killed. Its standard output is the protocol with the test, one line per step and
 * flushed at once, so every line printed before the kill reaches the parent: {@code ready}, then
 * {@code writing X} before and {@code saved X MS} after each save, which took MS milliseconds.
 *
 * <p>Arguments: {@code save TARGET PHOTOS FIRST} saves with {@link PodiumFile#write};
 * {@code recovery FOLDER PHOTOS FIRST} writes the copy of a {@link RecoveryStore} in FOLDER.
 * FIRST is the letter of the first programme to write.
 */
public final class SaveLoop {

    /** The file the recovery copy says it was edited from; never created, so the copy is always offered. */
    static final String SOURCE_NAME = "never-saved.podium";

    private SaveLoop() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path target = Path.of(args[1]);
        Path photos = Path.of(args[2]);
        String next = args[3];
        FileMediaStore store = new FileMediaStore();
        CrashProgrammes.Pair pair = CrashProgrammes.load(photos, store);
        // the child's stdout is its channel to the test, not a log
        PrintStream out = System.out;

        // a save without photos first loads the JSON and zip code, so the kills fall on writing, not class loading
        Path warmUp = photos.resolve("warm-up-" + ProcessHandle.current().pid() + PodiumFile.EXTENSION);
        PodiumFile.write(warmUp, TestProgrammes.withoutPhotos(), MediaStore.empty());
        Files.delete(warmUp);
        out.println("ready");
        out.flush();

        RecoveryStore recovery = new RecoveryStore(target);
        Path source = photos.resolve(SOURCE_NAME);
        while (true) {
            out.println("writing " + next);
            out.flush();
            long start = System.nanoTime();
            if (mode.equals("save")) {
                PodiumFile.write(target, pair.named(next), store);
            } else {
                recovery.write(pair.named(next), store, source);
            }
            out.println("saved " + next + " " + (System.nanoTime() - start) / 1_000_000);
            out.flush();
            next = next.equals("A") ? "B" : "A";
        }
    }
}
