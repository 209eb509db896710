package org.podium.media;

/**
 * A photo encoded as a file's bytes.
 *
 * @param bytes     the file's bytes (owned by the caller once returned)
 * @param mediaType {@code image/jpeg} or {@code image/png}
 */
public record EncodedPhoto(byte[] bytes, String mediaType) {

    /** File extension without the dot: {@code jpg} or {@code png}. */
    public String extension() {
        return "image/png".equals(mediaType) ? "png" : "jpg";
    }
}
