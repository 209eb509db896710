package org.podium.io;

/** The version of Podium, written into every file as {@code writtenBy}; kept equal to the pom's by a test. */
public final class PodiumVersion {

    public static final String VERSION = "0.1.0";

    private PodiumVersion() {
    }

    /** {@code Podium 0.1.0}. */
    public static String writtenBy() {
        return "Podium " + VERSION;
    }
}
