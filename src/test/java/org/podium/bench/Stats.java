package org.podium.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Small statistics for the benchmarks: medians and percentiles of nanosecond samples, peak heap. */
final class Stats {

    private Stats() {
    }

    /** The q-quantile (0–1) of the samples in milliseconds, nearest-rank. */
    static double quantileMs(List<Long> nanos, double q) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }

    static double medianMs(List<Long> nanos) {
        return quantileMs(nanos, 0.5);
    }

    static String summary(String what, List<Long> nanos) {
        return String.format(Locale.ROOT, "%-40s n=%4d  median %8.2f ms  p90 %8.2f ms  p99 %8.2f ms", what,
                nanos.size(), medianMs(nanos), quantileMs(nanos, 0.9), quantileMs(nanos, 0.99));
    }

    /** Sum of the heap pools' peak usage since the last {@link #resetPeakHeap()}, in MiB. */
    static double peakHeapMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }
}
