package org.podium.media;

/**
 * What the decoder refuses to allocate. A 40-byte PNG can declare 30000 × 30000 pixels (3.6 GB
 * decoded): sizes are checked from the header before any pixel memory is taken.
 *
 * @param maxSourcePixels  largest photo taken, in pixels as stored (width × height)
 * @param maxDecodedPixels largest picture decoded in one go after source subsampling; a larger
 *                         one is subsampled more coarsely (slightly softer) rather than refused
 */
public record DecodeLimits(long maxSourcePixels, long maxDecodedPixels) {

    /** 100 megapixels of source (a 50 MP camera shoots 8688 × 5792), 40 megapixels decoded (160 MB as ARGB). */
    public static final DecodeLimits DEFAULT = new DecodeLimits(100_000_000L, 40_000_000L);

    public DecodeLimits {
        if (maxSourcePixels < 1 || maxDecodedPixels < 1) {
            throw new IllegalArgumentException("decode limits must be positive");
        }
    }
}
