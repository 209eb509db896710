package org.podium.io;

import org.podium.model.MediaRef;

/**
 * A photo inside a {@code .podium} file whose bytes cannot be read or do not match their SHA-256.
 *
 * @param media   the photo, as the media table lists it
 * @param entry   its archive entry, e.g. {@code media/3f…a1.jpg}
 * @param message names the file, the entry and the problem
 */
public record MediaProblem(MediaRef media, String entry, String message) {
}
