package org.podium.media;

/** Packing and premultiplying of {@code 0xAARRGGBB} pixels. */
final class Argb {

    private Argb() {
    }

    static int pack(int alpha, int red, int green, int blue) {
        return alpha << 24 | red << 16 | green << 8 | blue;
    }

    /** Straight ARGB to premultiplied, rounding to nearest. */
    static int premultiply(int argb) {
        int alpha = argb >>> 24;
        if (alpha == 0xFF) {
            return argb;
        }
        if (alpha == 0) {
            return 0;
        }
        return pack(alpha, mul(argb >> 16 & 0xFF, alpha), mul(argb >> 8 & 0xFF, alpha), mul(argb & 0xFF, alpha));
    }

    /** Premultiplied ARGB to straight; a fully transparent pixel becomes 0. */
    static int unpremultiply(int argbPre) {
        int alpha = argbPre >>> 24;
        if (alpha == 0xFF) {
            return argbPre;
        }
        if (alpha == 0) {
            return 0;
        }
        return pack(alpha, div(argbPre >> 16 & 0xFF, alpha), div(argbPre >> 8 & 0xFF, alpha),
                div(argbPre & 0xFF, alpha));
    }

    /** {@code value × alpha / 255}, rounded. */
    private static int mul(int value, int alpha) {
        int t = value * alpha + 128;
        return (t + (t >> 8)) >> 8;
    }

    private static int div(int value, int alpha) {
        return Math.min(255, (value * 255 + alpha / 2) / alpha);
    }
}
