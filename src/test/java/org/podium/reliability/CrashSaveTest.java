package org.podium.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.io.RecoveryStore;
import org.podium.media.FileMediaStore;

/**
 * Kills a process that is saving, again and again, and opens what it left: the file must always
 * open, its photos must match their hashes, and it must be exactly the programme from before the
 * save or the one being saved, never a mix, a broken zip or nothing. The same for the autosaved
 * recovery copy. Unfinished temp files must not pile up beside the target.
 *
 * <p>{@code -Dpodium.reliability.runs=N} sets the kills per test (default 100), shared among two
 * targets killed side by side; the tally goes to the log and to
 * {@code target/reliability/crash-save.txt}.
 */
class CrashSaveTest {

    static final String RUNS_PROPERTY = "podium.reliability.runs";
    static final int DEFAULT_RUNS = 100;
    static final long SEED = 20_261_127L;
    /** Children killed at once, each on its own target: one per core of a two-core machine. */
    static final int LANES = 2;
    private static final System.Logger LOG = System.getLogger(CrashSaveTest.class.getName());
    private static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();

    @TempDir
    static Path photos;
    private static CrashProgrammes.Pair pair;

    @BeforeAll
    static void photos() throws IOException {
        pair = CrashProgrammes.writePhotos(photos, new FileMediaStore());
    }

    @AfterAll
    static void writeTally() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("save", "recovery")) {
            Tally tally = TALLIES.get(name);
            if (tally != null) {
                text.append(tally.summary()).append('\n');
            }
        }
        Path report = Path.of("target", "reliability", "crash-save.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, text, StandardCharsets.UTF_8);
    }

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewProgramme(@TempDir Path dir) throws Exception {
        Tally tally = killRepeatedly("save", "PodiumFile.write", dir, folder -> {
            Path target = folder.resolve("分享會.podium");
            return new Lane(folder, target, () -> contentOf(target));
        });

        assertThat(tally.failures()).isEmpty();
        assertThat(tally.maxTempFiles()).as("unfinished saves left beside the target at once").isLessThanOrEqualTo(1);
    }

    @Test
    void anAutosaveKilledAtAnyMomentLeavesTheOldOrTheNewRecoveryCopy(@TempDir Path dir) throws Exception {
        Tally tally = killRepeatedly("recovery", "RecoveryStore.write + find", dir, folder -> {
            RecoveryStore store = new RecoveryStore(folder);
            return new Lane(folder, folder, () -> recovered(store));
        });

        assertThat(tally.failures()).isEmpty();
        assertThat(tally.maxTempFiles()).as("unfinished copies left in the recovery folder at once")
                .isLessThanOrEqualTo(1);
    }

    /** What the file holds after a kill: a letter, null for no file, or a problem. */
    @FunctionalInterface
    private interface Inspection {
        Found inspect() throws IOException;
    }

    /** {@code letter} "A", "B" or null (no file); {@code problem} non-null when the file is neither. */
    private record Found(String letter, String problem) {
    }

    /**
     * One sequence of kills on one target.
     *
     * @param dir    the folder the target is in, checked for stray files
     * @param target the file, or for the recovery store its folder, given to the child
     */
    private record Lane(Path dir, Path target, Inspection inspection) {
    }

    /**
     * Shares the runs among {@link #LANES} lanes, each its own folder and target, killing one child
     * at a time per lane, and tallies them together.
     */
    private static Tally killRepeatedly(String mode, String title, Path dir, Function<Path, Lane> lanes)
            throws Exception {
        int runs = Integer.getInteger(RUNS_PROPERTY, DEFAULT_RUNS);
        Tally tally = new Tally(title, SEED, LANES);
        TALLIES.put(mode, tally);
        ExecutorService pool = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int k = 0; k < LANES; k++) {
                int lane = k;
                int laneRuns = runs / LANES + (k < runs % LANES ? 1 : 0);
                Lane setup = lanes.apply(Files.createDirectory(dir.resolve("lane-" + k)));
                running.add(pool.submit(() -> {
                    killLane(mode, setup, laneRuns, lane, tally);
                    return null;
                }));
            }
            for (Future<Void> lane : running) {
                lane.get();
            }
        } finally {
            pool.shutdownNow();
        }
        LOG.log(System.Logger.Level.INFO, "{0}", tally.summary());
        return tally;
    }

    private static void killLane(String mode, Lane lane, int runs, int k, Tally tally) throws Exception {
        ChildSaver saver = new ChildSaver(photos, "lane-" + k, new Random(SEED + k));
        saver.calibrate(mode, photos.resolve("calibration-" + mode + "-" + k));
        String current = null;
        for (int i = 0; i < runs; i++) {
            String name = "lane " + k + " run " + i;
            ChildSaver.Run run = saver.runAndKill(mode, lane.target(), "A".equals(current) ? "B" : "A");
            Found found = lane.inspection().inspect();
            List<Path> temps = strays(lane.dir(), lane.target());
            tally.run(run, (int) temps.stream().filter(p -> p.getFileName().toString().contains(".tmp-")).count());
            for (Path stray : temps) {
                if (stray.getFileName().toString().endsWith(PodiumFile.EXTENSION)) {
                    tally.fail(name, run, "a stray file looks like a programme: " + stray.getFileName());
                }
            }
            if (found.problem() != null) {
                tally.fail(name, run, found.problem());
                Files.deleteIfExists(Files.isDirectory(lane.target())
                        ? lane.target().resolve("autosave" + PodiumFile.EXTENSION) : lane.target());
                current = null;
                continue;
            }
            judge(tally, name, run, current, found.letter());
            current = found.letter();
        }
    }

    private static void judge(Tally tally, String i, ChildSaver.Run run, String before, String found) {
        String inFlight = run.inFlight();
        String saved = run.lastSaved();
        String old = saved != null ? saved : before;
        if (run.lines().isEmpty()) {
            check(tally, i, run, Tally.Outcome.BEFORE_FIRST_SAVE, found, before);
        } else if (inFlight == null) {
            check(tally, i, run, Tally.Outcome.BETWEEN_SAVES, found, saved);
        } else if (Objects.equals(found, inFlight)) {
            tally.count(Tally.Outcome.NEW);
        } else if (Objects.equals(found, old)) {
            tally.count(Tally.Outcome.OLD);
        } else {
            tally.fail(i, run, "holds " + name(found) + ", expected " + name(old) + " (old) or " + inFlight + " (new)");
        }
    }

    private static void check(Tally tally, String i, ChildSaver.Run run, Tally.Outcome outcome, String found,
                              String expected) {
        if (Objects.equals(found, expected)) {
            tally.count(outcome);
        } else {
            tally.fail(i, run, "holds " + name(found) + ", expected " + name(expected));
        }
    }

    private static String name(String letter) {
        return letter == null ? "no file" : letter;
    }

    private static Found contentOf(Path file) {
        if (!Files.exists(file)) {
            return new Found(null, null);
        }
        try (OpenedProgramme opened = PodiumFile.read(file)) {
            if (!PodiumFile.verifyMedia(opened).isEmpty()) {
                return new Found(null, "damaged photos: " + PodiumFile.verifyMedia(opened));
            }
            String letter = pair.letterOf(opened.programme());
            return letter == null ? new Found(null, "holds neither A nor B: " + opened.programme().title())
                    : new Found(letter, null);
        } catch (IOException e) {
            return new Found(null, "does not open: " + e.getMessage());
        }
    }

    private static Found recovered(RecoveryStore store) {
        Path copy = store.directory().resolve("autosave" + PodiumFile.EXTENSION);
        Optional<RecoveryStore.Recovery> found = store.find();
        if (found.isEmpty()) {
            return Files.exists(copy) ? new Found(null, "a copy is there but not offered") : new Found(null, null);
        }
        if (!found.get().file().equals(copy)) {
            return new Found(null, "offers " + found.get().file() + " instead of " + copy);
        }
        return contentOf(found.get().file());
    }

    /** Files beside the target that are not the target nor the recovery store's own. */
    private static List<Path> strays(Path dir, Path target) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.equals(target))
                    .filter(p -> !List.of("autosave.podium", "autosave.source", "autosave.source.tmp")
                            .contains(p.getFileName().toString()))
                    .toList();
        }
    }
}
