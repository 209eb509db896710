package org.podium.layout;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A colour: 8-bit sRGB channels and an opacity.
 *
 * @param red   0–255
 * @param green 0–255
 * @param blue  0–255
 * @param alpha opacity 0–1 (1 is opaque)
 */
public record Rgba(int red, int green, int blue, double alpha) {

    public static final Rgba BLACK = new Rgba(0, 0, 0, 1);
    public static final Rgba WHITE = new Rgba(255, 255, 255, 1);
    public static final Rgba TRANSPARENT = new Rgba(0, 0, 0, 0);

    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{6}|[0-9a-fA-F]{8})");

    public Rgba {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour channels must be 0–255: " + red + ", " + green + ", " + blue);
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be 0–1, was " + alpha);
        }
    }

    /** Parses {@code #rrggbb} or {@code #rrggbbaa} (the '#' is optional). */
    public static Rgba hex(String hex) {
        if (hex == null || !HEX.matcher(hex.trim()).matches()) {
            throw new IllegalArgumentException("'" + hex + "' is not a colour; expected #rrggbb or #rrggbbaa");
        }
        String digits = hex.trim().startsWith("#") ? hex.trim().substring(1) : hex.trim();
        int r = Integer.parseInt(digits.substring(0, 2), 16);
        int g = Integer.parseInt(digits.substring(2, 4), 16);
        int b = Integer.parseInt(digits.substring(4, 6), 16);
        double a = digits.length() == 8 ? Integer.parseInt(digits.substring(6, 8), 16) / 255.0 : 1;
        return new Rgba(r, g, b, a);
    }

    /** {@code #rrggbb} when opaque, else {@code #rrggbbaa}; lower case. */
    public String toHex() {
        String rgb = String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
        return isOpaque() ? rgb : rgb + String.format(Locale.ROOT, "%02x", alpha255());
    }

    /** {@code rrggbb} without '#' or alpha, as PPTX {@code srgbClr} wants it. */
    public String rgbHex() {
        return String.format(Locale.ROOT, "%02X%02X%02X", red, green, blue);
    }

    /** Opacity as 0–255. */
    public int alpha255() {
        return (int) Math.round(alpha * 255);
    }

    public boolean isOpaque() {
        return alpha255() == 255;
    }

    public Rgba withAlpha(double newAlpha) {
        return new Rgba(red, green, blue, newAlpha);
    }

    /** The colour {@code t} of the way from this one to {@code other} (0 gives this, 1 gives other). */
    public Rgba mix(Rgba other, double t) {
        return new Rgba(lerp(red, other.red, t), lerp(green, other.green, t), lerp(blue, other.blue, t),
                alpha + (other.alpha - alpha) * t);
    }

    private static int lerp(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
