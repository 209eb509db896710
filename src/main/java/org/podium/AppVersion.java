package org.podium;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version the build stamped into {@code org/podium/version.properties}. */
final class AppVersion {

    private static final String RESOURCE = "/org/podium/version.properties";

    private AppVersion() {
    }

    /** E.g. {@code 0.1.0}; "dev" when run from classes the build did not filter. */
    static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "dev");
            return version.startsWith("${") ? "dev" : version;
        } catch (IOException e) {
            return "dev";
        }
    }
}
