package org.podium.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.podium.reliability.LoaderProbe.Ending;
import org.podium.reliability.LoaderProbe.Outcome;

/** What a fuzz run did: inputs per family, endings, refusals by kind, failures, the slowest case, peak heap. */
final class FuzzFigures {

    private final Map<String, Map<Ending, Integer>> byFamily = new TreeMap<>();
    private final Map<String, Integer> byKind = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> oneByOne = new ArrayList<>();
    private long slowestNanos;
    private String slowest = "";
    private long maxSampledHeapBytes;
    private long photosDecoded;
    private long photosRefused;
    private int total;

    FuzzFigures() {
        for (MemoryPoolMXBean pool : heapPools()) {
            pool.resetPeakUsage();
        }
    }

    void record(int index, FuzzInput input, Outcome outcome, long nanos) {
        total++;
        photosDecoded += outcome.photosDecoded();
        photosRefused += outcome.photosRefused();
        byFamily.computeIfAbsent(input.family(), f -> new TreeMap<>()).merge(outcome.ending(), 1, Integer::sum);
        byKind.merge(outcome.ending() + "  " + outcome.kind(), 1, Integer::sum);
        if (outcome.ending() == Ending.FAILURE) {
            failures.add("#" + index + " " + input.family() + " (" + input.detail() + "): " + outcome.detail());
        }
        if (nanos > slowestNanos) {
            slowestNanos = nanos;
            slowest = "#" + index + " " + input.family() + " (" + input.detail() + ")";
        }
        maxSampledHeapBytes = Math.max(maxSampledHeapBytes,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** Records {@code input} as {@link #record} does and lists it on its own line in the report. */
    void recordListed(int index, FuzzInput input, Outcome outcome, long nanos) {
        record(index, input, outcome, nanos);
        oneByOne.add(String.format(Locale.ROOT, "%6.2f s  %-18s %-15s %s%n          -> %s", nanos / 1e9, input.family(),
                outcome.ending(), input.detail(), outcome.kind()));
    }

    List<String> failures() {
        return failures;
    }

    int total() {
        return total;
    }

    /** Sum of each heap pool's peak since the run began: an upper bound of the heap in use at any instant. */
    static long peakHeapBytes() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    String report(long seed, long elapsedNanos) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Podium loader fuzz: %d inputs, seed %d, %.1f s%n", total, seed,
                elapsedNanos / 1e9));
        out.append(String.format(Locale.ROOT, "max heap (-Xmx) %d MiB; peak heap used %d MiB (sum of pool peaks), "
                + "max sampled after a case %d MiB%n", Runtime.getRuntime().maxMemory() >> 20, peakHeapBytes() >> 20,
                maxSampledHeapBytes >> 20));
        out.append(String.format(Locale.ROOT, "photos decoded for a 64 px thumbnail %d, refused by the decoder %d%n",
                photosDecoded, photosRefused));
        out.append(String.format(Locale.ROOT, "slowest case %.2f s: %s%n%n", slowestNanos / 1e9, slowest));
        out.append(String.format(Locale.ROOT, "%nheavy cases, one by one%n"));
        oneByOne.forEach(line -> out.append(line).append('\n'));
        out.append(String.format(Locale.ROOT, "%n%-36s %7s %8s %8s %8s %8s %8s%n", "family", "inputs", "accepted",
                "mediaBad", "photoNo", "refused", "FAILURE"));
        for (Map.Entry<String, Map<Ending, Integer>> row : byFamily.entrySet()) {
            Map<Ending, Integer> e = row.getValue();
            int sum = e.values().stream().mapToInt(Integer::intValue).sum();
            out.append(String.format(Locale.ROOT, "%-36s %7d %8d %8d %8d %8d %8d%n", row.getKey(), sum,
                    e.getOrDefault(Ending.ACCEPTED, 0), e.getOrDefault(Ending.MEDIA_PROBLEMS, 0),
                    e.getOrDefault(Ending.PHOTO_REFUSED, 0), e.getOrDefault(Ending.REFUSED, 0),
                    e.getOrDefault(Ending.FAILURE, 0)));
        }
        out.append(String.format(Locale.ROOT, "%nendings by message kind (particulars blanked)%n"));
        byKind.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.append(String.format(Locale.ROOT, "%7d  %s%n", e.getValue(), e.getKey())));
        out.append(String.format(Locale.ROOT, "%nfailures: %d%n", failures.size()));
        failures.stream().limit(200).forEach(f -> out.append("  ").append(f).append('\n'));
        return out.toString();
    }
}
