package org.podium.io;

import java.util.regex.Pattern;

/** The names a {@code .podium} zip may hold: {@code programme.json} and {@code media/<sha256>.<ext>}. */
final class ArchiveLayout {

    static final String PROGRAMME_JSON = ProgrammeJson.ENTRY;
    static final String MEDIA_FOLDER = "media/";

    private static final Pattern MEDIA_ENTRY = Pattern.compile("media/[0-9a-f]{64}\\.(jpg|png|gif|bmp)");
    /** {@code C:} and the like: absolute on Windows even without a leading slash. */
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private ArchiveLayout() {
    }

    static boolean isMedia(String name) {
        return MEDIA_ENTRY.matcher(name).matches();
    }

    /**
     * True when extracting {@code name} could write outside the folder extracted into: absolute
     * paths, drive letters, backslashes (a separator on Windows) and {@code ..} segments.
     */
    static boolean escapesRoot(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || DRIVE.matcher(name).matches()
                || name.indexOf('\0') >= 0) {
            return true;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
