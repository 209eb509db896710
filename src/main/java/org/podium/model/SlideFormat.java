package org.podium.model;

/**
 * Slide size in points (1/72 inch). 16:9 is 960 × 540 pt, PowerPoint's widescreen size.
 *
 * @param id       {@code 16:9}, {@code 4:3}, {@code 16:10} or {@code custom}
 * @param widthPt  width in points, positive
 * @param heightPt height in points, positive
 */
public record SlideFormat(String id, double widthPt, double heightPt) {

    public static final SlideFormat WIDE_16_9 = new SlideFormat("16:9", 960, 540);
    public static final SlideFormat STANDARD_4_3 = new SlideFormat("4:3", 720, 540);
    public static final SlideFormat WIDE_16_10 = new SlideFormat("16:10", 864, 540);
    /** A common LED-wall shape; any other size is made with {@link #custom}. */
    public static final SlideFormat LED_32_9 = custom(1920, 540);

    /** Largest side PowerPoint accepts: 56 inches. */
    public static final double MAX_SIDE_PT = 56 * 72;
    /** Smallest side PowerPoint accepts: 1 inch. */
    public static final double MIN_SIDE_PT = 72;

    public SlideFormat {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("slide format needs an id");
        }
        if (!(widthPt >= MIN_SIDE_PT && widthPt <= MAX_SIDE_PT && heightPt >= MIN_SIDE_PT && heightPt <= MAX_SIDE_PT)) {
            throw new IllegalArgumentException(
                    "slide size " + widthPt + " × " + heightPt + " pt is outside 72–4032 pt (1–56 inches)");
        }
    }

    public static SlideFormat custom(double widthPt, double heightPt) {
        return new SlideFormat("custom", widthPt, heightPt);
    }

    /** The preset with this id, or {@code null} for {@code custom} or an unknown id. */
    public static SlideFormat preset(String id) {
        return switch (id) {
            case "16:9" -> WIDE_16_9;
            case "4:3" -> STANDARD_4_3;
            case "16:10" -> WIDE_16_10;
            default -> null;
        };
    }

    public double aspectRatio() {
        return widthPt / heightPt;
    }
}
