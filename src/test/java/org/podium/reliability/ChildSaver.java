package org.podium.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link SaveLoop} in a child JVM (this JVM's java binary and class path), waits until it
 * is ready, lets it save for a random time and kills it with {@link ProcessHandle#destroyForcibly()},
 * which is SIGKILL on Linux: no shutdown hook, no finally block, no flush runs in the child. (The
 * handle's kill is the same signal as {@link Process#destroyForcibly()}, which also closes the pipes
 * and would lose the child's last lines.)
 */
final class ChildSaver {

    /**
     * What one child did before it died.
     *
     * @param startMs how long the child took to start and say it was ready, in milliseconds
     * @param delayMs how long it was left to save after saying it was ready, in milliseconds
     * @param lines   what it printed after {@code ready}: {@code writing X} / {@code saved X MS}
     */
    record Run(long startMs, long delayMs, List<String> lines) {

        /** How long its first save took in milliseconds, or -1 when it finished none. */
        long firstSaveMs() {
            return lines.stream().filter(line -> line.startsWith("saved ")).findFirst()
                    .map(line -> Long.parseLong(line.split(" ")[2])).orElse(-1L);
        }

        /** The programme being written when the kill landed, or null when no save was under way. */
        String inFlight() {
            if (lines.isEmpty()) {
                return null;
            }
            String last = lines.get(lines.size() - 1);
            return last.startsWith("writing ") ? last.substring("writing ".length()) : null;
        }

        /** The last programme the child finished saving, or null when it finished none. */
        String lastSaved() {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).startsWith("saved ")) {
                    return lines.get(i).split(" ")[1];
                }
            }
            return null;
        }
    }

    /** Kill delays are spread over this many times a first save's median time. */
    private static final double WINDOW_FACTOR = 3;

    private final Path photos;
    private final String name;
    private final Random random;
    /** How long first saves took, in milliseconds: the kill window follows them. */
    private final List<Long> firstSavesMs = new ArrayList<>();
    /**
     * Stretches the window when killed children finish no save (a busy machine makes them slower
     * than the calibrating one) and shrinks it when they do: it settles where about a quarter of
     * the runs finish a save, so the kills cover the rename and the saves after it as well.
     */
    private double stretch = 1;

    /**
     * @param photos the folder of the photos {@link CrashProgrammes#writePhotos} wrote; the child's
     *               error output goes there too
     * @param name   tells this saver's error output from others'
     */
    ChildSaver(Path photos, String name, Random random) {
        this.photos = photos;
        this.name = name;
        this.random = random;
    }

    /**
     * Runs one child that saves to {@code target} starting with programme {@code first}, and kills
     * it between 0 and 3 times the {@link #window()} after it is ready, so kills land before and
     * inside the first save, around its rename, between saves and in the later saves.
     */
    Run runAndKill(String mode, Path target, String first) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process child = start(mode, target, first);
        try (BufferedReader out = reader(child)) {
            String ready = out.readLine();
            if (!"ready".equals(ready)) {
                child.destroyForcibly().waitFor();
                throw new IllegalStateException("the saving process did not start: " + ready + "\n"
                        + Files.readString(errors()));
            }
            long startMs = (System.nanoTime() - started) / 1_000_000;
            long delayMs = (long) (random.nextDouble() * WINDOW_FACTOR * window());
            // waits for the child to exit, which it never does by itself: a wait of delayMs
            if (child.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the saving process stopped by itself:\n" + Files.readString(errors()));
            }
            child.toHandle().destroyForcibly();
            child.waitFor();
            // the pipe keeps every line the child printed before it died
            List<String> lines = new ArrayList<>();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
            Run run = new Run(startMs, delayMs, List.copyOf(lines));
            if (run.firstSaveMs() >= 0) {
                firstSavesMs.add(run.firstSaveMs());
                stretch = Math.max(0.5, stretch / 1.15);
            } else {
                stretch = Math.min(10, stretch * 1.05);
            }
            return run;
        } finally {
            child.destroyForcibly();
        }
    }

    private Process start(String mode, Path target, String first) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        // C1 only and the serial collector: a cold child starts and makes its first save about twice as fast
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                SaveLoop.class.getName(), mode, target.toString(), photos.toString(), first)
                .redirectError(errors().toFile())
                .start();
    }

    private static BufferedReader reader(Process child) {
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }

    private Path errors() {
        return photos.resolve("errors-" + name + ".txt");
    }

    /**
     * Times a child's first save to {@code target} without killing it during the save, so the
     * first kill runs already spread over the right window.
     */
    void calibrate(String mode, Path target) throws IOException, InterruptedException {
        Process child = start(mode, target, "A");
        try (BufferedReader out = reader(child)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("saved ")) {
                    firstSavesMs.add(Long.parseLong(line.split(" ")[2]));
                    break;
                }
            }
        } finally {
            child.toHandle().destroyForcibly();
            child.waitFor();
        }
        if (firstSavesMs.isEmpty()) {
            throw new IllegalStateException("the saving process never saved:\n" + Files.readString(errors()));
        }
    }

    /** The median time of a child's first save so far, stretched, in milliseconds. */
    long window() {
        List<Long> sorted = firstSavesMs.stream().sorted().toList();
        return Math.round(sorted.get(sorted.size() / 2) * stretch);
    }
}
