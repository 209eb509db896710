package org.podium.reliability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counts what the file held after each kill, and every run where it held something it should not; thread-safe. */
final class Tally {

    /** Where the kill landed, judged by what the child printed and what the file holds. */
    enum Outcome {
        /** killed before it began its first save: the file is as the previous run left it */
        BEFORE_FIRST_SAVE,
        /** killed while saving: the file is still the one from before that save */
        OLD,
        /**
         * killed while saving, after the rename but before the child said so: the file is the one
         * being saved (a narrow window: the folder's fsync and one line of output)
         */
        NEW,
        /** killed between two saves: the file is the one just saved */
        BETWEEN_SAVES
    }

    private final String name;
    private final long seed;
    private final int lanes;
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private final List<String> failures = new ArrayList<>();
    private int runs;
    private int maxTempFiles;
    private int tempFilesAtEnd;
    private long delaySumMs;
    private long maxDelayMs;
    private long startSumMs;
    private int runsAfterASave;
    private int savesFinished;
    private long firstSaveSumMs;
    private int firstSaves;

    Tally(String name, long seed, int lanes) {
        this.name = name;
        this.seed = seed;
        this.lanes = lanes;
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
    }

    synchronized void run(ChildSaver.Run run, int tempFiles) {
        runs++;
        delaySumMs += run.delayMs();
        startSumMs += run.startMs();
        maxDelayMs = Math.max(maxDelayMs, run.delayMs());
        long finished = run.lines().stream().filter(line -> line.startsWith("saved ")).count();
        savesFinished += (int) finished;
        runsAfterASave += finished > 0 ? 1 : 0;
        if (run.firstSaveMs() >= 0) {
            firstSaveSumMs += run.firstSaveMs();
            firstSaves++;
        }
        maxTempFiles = Math.max(maxTempFiles, tempFiles);
        tempFilesAtEnd = tempFiles;
    }

    synchronized void count(Outcome outcome) {
        counts.merge(outcome, 1, Integer::sum);
    }

    synchronized void fail(String run, ChildSaver.Run child, String problem) {
        failures.add(run + " (killed " + child.delayMs() + " ms after ready, printed " + child.lines()
                + "): " + problem);
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    synchronized int maxTempFiles() {
        return maxTempFiles;
    }

    synchronized String summary() {
        StringBuilder text = new StringBuilder();
        text.append(name).append(": ").append(runs).append(" kill runs on ").append(lanes)
                .append(" targets side by side, seed ").append(seed).append('\n');
        for (Map.Entry<Outcome, Integer> entry : counts.entrySet()) {
            text.append(String.format(Locale.ROOT, "  %-18s %5d%n", entry.getKey().name().toLowerCase(Locale.ROOT),
                    entry.getValue()));
        }
        text.append(String.format(Locale.ROOT, "  %-18s %5d%n", "failures", failures.size()));
        text.append(String.format(Locale.ROOT, "  %d runs finished at least one save before the kill (%d saves in all),"
                + " so the file the kill met was one the child had written%n", runsAfterASave, savesFinished));
        if (runs > 0) {
            text.append(String.format(Locale.ROOT, "  a child started in %d ms on average; kill delay after ready: mean %d ms,"
                    + " max %d ms; a child's first save took %d ms on average%n", startSumMs / runs, delaySumMs / runs, maxDelayMs,
                    firstSaves == 0 ? 0 : firstSaveSumMs / firstSaves));
        }
        text.append(String.format(Locale.ROOT, "  unfinished temp files beside the target: at most %d at once, %d at "
                + "the end%n", maxTempFiles, tempFilesAtEnd));
        for (String failure : failures) {
            text.append("  FAILED ").append(failure).append('\n');
        }
        return text.toString();
    }
}
