package org.podium.io;

import org.podium.media.MediaProbe;

/**
 * Largest entries a {@code .podium} file may hold, in bytes, checked against both the sizes the
 * zip declares and the bytes actually inflated (a zip bomb declares small sizes).
 */
record Limits(long programmeJsonBytes, long photoBytes) {

    /** programme.json up to 64 MiB, a photo up to 256 MiB. */
    static final Limits DEFAULT = new Limits(64L * 1024 * 1024, MediaProbe.MAX_PHOTO_BYTES);

    Limits {
        if (programmeJsonBytes <= 0 || programmeJsonBytes >= Integer.MAX_VALUE || photoBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive, programme.json below 2 GiB");
        }
    }

    /** "64 MiB" for whole mebibytes, else "4096 bytes". */
    static FileReason describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? FileReason.of(FileReason.Kind.SIZE_MIB, bytes >> 20)
                : FileReason.of(FileReason.Kind.SIZE_BYTES, bytes);
    }
}
