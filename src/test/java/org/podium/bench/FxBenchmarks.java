package org.podium.bench;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/** What the export benchmarks share: how they end, and POI's limits for the generated deck. */
final class FxBenchmarks {

    /** A benchmark's body. */
    interface Body {
        void run() throws Exception;
    }

    private FxBenchmarks() {
    }

    /** Runs {@code body} and exits: the JavaFX platform thread would keep the JVM alive. */
    static void runAndExit(Body body) {
        try {
            body.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /**
     * Lets POI open and write the generated deck: its photos are smooth and compress very well (POI
     * would take them for a zip bomb), and 448 slides with notes are some 2,000 package parts, over
     * POI's default of 1,000.
     */
    static void allowGeneratedDecks() {
        ZipSecureFile.setMinInflateRatio(0.001);
        ZipSecureFile.setMaxFileCount(100_000);
    }
}
