package org.podium.media;

import java.util.Optional;

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

    /**
     * What is wrong with a photo of {@code stored} pixels for these limits, said for a person
     * (without the photo's name), or empty when it is within them. Import and decoding both ask,
     * so a photo the decoder would refuse is refused when it is imported.
     */
    public Optional<String> sourceSizeProblem(PixelSize stored) {
        if (stored.pixels() <= maxSourcePixels) {
            return Optional.empty();
        }
        return Optional.of("the photo is " + stored + " pixels (" + megapixels(stored.pixels())
                + " megapixels); Podium shows photos of up to " + megapixels(maxSourcePixels)
                + " megapixels; make a smaller copy and import that");
    }

    /**
     * {@link #sourceSizeProblem} as an {@link ImportProblem} of kind {@code TOO_LARGE}: width and
     * height in pixels, megapixels and the limit in megapixels (both rounded).
     */
    public Optional<ImportProblem> sourceSizeImportProblem(PixelSize stored) {
        return sourceSizeProblem(stored).map(detail -> ImportProblem.of(ImportProblem.Kind.TOO_LARGE, detail,
                stored.widthPx(), stored.heightPx(), megapixels(stored.pixels()), megapixels(maxSourcePixels)));
    }

    /** Pixels in whole megapixels, rounded. */
    private static long megapixels(long pixels) {
        return Math.round(pixels / 1e6);
    }
}
