package org.podium.ui.inspector;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.podium.model.Crop;
import org.podium.model.FocalPoint;
import org.podium.model.MediaRef;

/**
 * A photo's crop as the inspector shows it: one percentage per edge (what is cut off that edge, of
 * the photo as displayed), and ratio presets that cut the photo to a shape around its focal point.
 */
public final class CropText {

    /** Opposite edges together may cut at most this percentage, so some of the photo always shows. */
    static final int MAX_PAIR_PERCENT = 95;

    /** The presets offered; {@code none} removes the crop, {@code custom} stands for edges typed by hand. */
    public static final String NONE = "none";
    public static final String CUSTOM = "custom";
    /** The shapes offered, width:height. */
    public static final List<String> RATIOS = List.of("16:9", "4:3", "3:2", "1:1", "3:4");

    /** Two crops whose shapes differ by less than this fraction count as the same preset. */
    private static final double RATIO_TOLERANCE = 0.01;

    /** An edge of the photo, and how to read and change its share of a {@link Crop}. */
    enum Edge {
        LEFT, TOP, RIGHT, BOTTOM;

        double of(Crop crop) {
            return switch (this) {
                case LEFT -> crop.left();
                case TOP -> crop.top();
                case RIGHT -> crop.right();
                case BOTTOM -> crop.bottom();
            };
        }

        Edge opposite() {
            return switch (this) {
                case LEFT -> RIGHT;
                case TOP -> BOTTOM;
                case RIGHT -> LEFT;
                case BOTTOM -> TOP;
            };
        }

        /** {@code crop} with this edge cutting {@code fraction}; the caller has checked it fits. */
        Crop with(Crop crop, double fraction) {
            return switch (this) {
                case LEFT -> new Crop(fraction, crop.top(), crop.right(), crop.bottom());
                case TOP -> new Crop(crop.left(), fraction, crop.right(), crop.bottom());
                case RIGHT -> new Crop(crop.left(), crop.top(), fraction, crop.bottom());
                case BOTTOM -> new Crop(crop.left(), crop.top(), crop.right(), fraction);
            };
        }

        String fieldId() {
            return "crop" + name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    private CropText() {
    }

    /**
     * The fraction a typed percentage cuts: blank is 0; "12", "12.5" and "12,5" are read as per cent.
     * Empty when the text is not a number from 0 to 100 - {@code oppositeFraction} × 100 within
     * {@link #MAX_PAIR_PERCENT}.
     */
    static Optional<Double> fraction(String text, double oppositeFraction) {
        String s = text.strip().replace(',', '.').replace("%", "").strip();
        if (s.isEmpty()) {
            return Optional.of(0.0);
        }
        BigDecimal percent;
        try {
            percent = new BigDecimal(s);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        double fraction = percent.doubleValue() / 100;
        if (percent.signum() < 0 || fraction + oppositeFraction > MAX_PAIR_PERCENT / 100.0 + 1e-9) {
            return Optional.empty();
        }
        return Optional.of(fraction);
    }

    /** The most a field may cut when the opposite edge cuts {@code oppositeFraction}, in per cent. */
    static String maxPercent(double oppositeFraction) {
        return percent(Math.max(0, MAX_PAIR_PERCENT / 100.0 - oppositeFraction));
    }

    /** "12.5" for 0.125: per cent, at most one decimal, no trailing zeros; "0" for none. */
    static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** The preset a crop matches: {@link #NONE}, one of {@link #RATIOS}, or {@link #CUSTOM}. */
    public static String presetOf(Crop crop, MediaRef media) {
        if (crop.isNone()) {
            return NONE;
        }
        double shown = media.displayWidthPx() * (1 - crop.left() - crop.right())
                / (media.displayHeightPx() * (1 - crop.top() - crop.bottom()));
        for (String ratio : RATIOS) {
            if (Math.abs(shown / ratio(ratio) - 1) < RATIO_TOLERANCE) {
                return ratio;
            }
        }
        return CUSTOM;
    }

    /**
     * The crop of a preset: none, or the largest part of the photo of that shape, centred on the
     * focal point as far as the photo's edges allow. Empty for {@link #CUSTOM} (nothing to change).
     */
    public static Optional<Crop> cropFor(String preset, MediaRef media, FocalPoint focal) {
        if (NONE.equals(preset)) {
            return Optional.of(Crop.NONE);
        }
        if (CUSTOM.equals(preset)) {
            return Optional.empty();
        }
        double photo = (double) media.displayWidthPx() / media.displayHeightPx();
        double wanted = ratio(preset);
        double least = 1 - MAX_PAIR_PERCENT / 100.0;
        double keptWidth = Math.max(least, Math.min(1, wanted / photo));
        double keptHeight = Math.max(least, Math.min(1, photo / wanted));
        double left = place(focal.x(), keptWidth);
        double top = place(focal.y(), keptHeight);
        return Optional.of(new Crop(left, top, clean(1 - keptWidth - left), clean(1 - keptHeight - top)));
    }

    /** Where a span of {@code kept} starts so it is centred on {@code centre}, within 0–1. */
    private static double place(double centre, double kept) {
        return clean(Math.max(0, Math.min(1 - kept, centre - kept / 2)));
    }

    /** Rounding noise below a millionth becomes 0, so an uncut edge reads "0". */
    private static double clean(double fraction) {
        return Math.abs(fraction) < 1e-6 ? 0 : fraction;
    }

    static double ratio(String preset) {
        int colon = preset.indexOf(':');
        return Double.parseDouble(preset.substring(0, colon)) / Double.parseDouble(preset.substring(colon + 1));
    }
}
