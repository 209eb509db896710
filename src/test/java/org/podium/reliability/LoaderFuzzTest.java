package org.podium.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.podium.media.Sha256;
import org.podium.reliability.LoaderProbe.Ending;
import org.podium.reliability.LoaderProbe.Outcome;

/**
 * Thousands of damaged and hostile {@code .podium} files made from one sound file with photos.
 * Each must open, or be refused with a {@code PodiumFileException} whose message names the file;
 * photos that cannot be shown are refused with a {@code PhotoDecodeException} naming the photo.
 * No other exception or error, no hang, and the file and its folder are left as they were.
 *
 * <p>{@code -Dpodium.reliability.fuzz=20000} sets the number of random inputs (default
 * {@value #DEFAULT_COUNT}, about a minute with the heavy cases); {@code -Dpodium.reliability.seed}
 * the seed. Figures go to {@code target/reliability/fuzz.txt}, failing inputs to
 * {@code target/reliability/failures/}.
 */
class LoaderFuzzTest {

    private static final System.Logger LOG = System.getLogger(LoaderFuzzTest.class.getName());

    static final int DEFAULT_COUNT = 1000;
    private static final long DEFAULT_SEED = 20_261_127L;
    /** Only a guard against a hang; the slowest honest case takes well under a second. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final Path OUTPUT = Path.of("target", "reliability");

    @TempDir
    Path dir;

    private final LoaderProbe probe = new LoaderProbe();

    @Test
    void everyMutatedFileOpensOrIsRefusedByNameAndIsLeftUntouched() throws IOException {
        int count = Integer.getInteger("podium.reliability.fuzz", DEFAULT_COUNT);
        long seed = Long.getLong("podium.reliability.seed", DEFAULT_SEED);
        byte[] sound = SeedPodium.bytes();
        assertThat(run(-1, new FuzzInput("seed", "unchanged", sound)).ending()).isEqualTo(Ending.ACCEPTED);

        ByteMutations bytes = new ByteMutations(sound);
        JsonMutations json = new JsonMutations(sound);
        ZipAttacks zip = new ZipAttacks(sound);
        List<Function<Random, FuzzInput>> families = List.of(bytes::bitFlip, bytes::overwrite, bytes::truncate,
                bytes::bitFlip, bytes::overwrite, bytes::truncate,
                json::wrongType, json::removeField, json::unknownField, json::duplicateKey, json::numberRange,
                json::slideKind, json::mediaReference, json::textEdit,
                zip::hostileName, zip::duplicateEntry, zip::declaredSize, zip::lyingDescriptor, zip::shaMismatch);

        FuzzFigures figures = new FuzzFigures();
        long start = System.nanoTime();
        int index = 0;
        for (Supplier<FuzzInput> heavy : new HeavyCases(json).all()) {
            runAndRecord(index++, heavy.get(), figures, true);
        }
        for (int i = 0; i < count; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            runAndRecord(index++, families.get(i % families.size()).apply(random), figures, false);
        }

        String report = figures.report(seed, System.nanoTime() - start);
        Files.createDirectories(OUTPUT);
        Files.writeString(OUTPUT.resolve("fuzz.txt"), report, StandardCharsets.UTF_8);
        LOG.log(System.Logger.Level.INFO, report.lines().findFirst().orElse("") + "; figures in "
                + OUTPUT.resolve("fuzz.txt").toAbsolutePath());
        assertThat(figures.failures()).as(report).isEmpty();
    }

    private void runAndRecord(int index, FuzzInput input, FuzzFigures figures, boolean listed) throws IOException {
        long start = System.nanoTime();
        Outcome outcome = run(index, input);
        if (listed) {
            figures.recordListed(index, input, outcome, System.nanoTime() - start);
        } else {
            figures.record(index, input, outcome, System.nanoTime() - start);
        }
        if (outcome.ending() == Ending.FAILURE) {
            Path failures = Files.createDirectories(OUTPUT.resolve("failures"));
            Files.write(failures.resolve(index + "-" + input.family().replace(':', '-') + ".podium"), input.bytes());
        }
    }

    /** Writes the input into a folder of its own, opens it, and checks the file and folder are unchanged. */
    private Outcome run(int index, FuzzInput input) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("case-" + index));
        Path file = Files.write(folder.resolve("分享會.podium"), input.bytes());
        String before = Sha256.of(input.bytes());
        Outcome outcome;
        try {
            outcome = assertTimeoutPreemptively(HANG_GUARD, () -> probe.open(file));
        } catch (AssertionFailedError e) {
            outcome = Outcome.failure("no answer within " + HANG_GUARD.toSeconds() + " s", null);
        }
        List<Path> after = list(folder);
        if (!after.equals(List.of(file))) {
            outcome = Outcome.failure("the folder changed: " + after, null);
        } else if (!Sha256.of(Files.readAllBytes(file)).equals(before)) {
            outcome = Outcome.failure("the file's bytes changed", null);
        }
        for (Path path : after) {
            Files.delete(path);
        }
        Files.delete(folder);
        return outcome;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.sorted().toList();
        }
    }
}
