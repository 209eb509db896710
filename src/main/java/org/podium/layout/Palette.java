package org.podium.layout;

import java.util.Objects;

/**
 * A theme's named colours. Type styles and decorations in theme files refer to them by name.
 *
 * @param background    main background colour (also the solid fallback of a gradient background)
 * @param surface       panels laid over the background (photo side panel, monogram plates)
 * @param primary       the theme's main colour
 * @param accent        highlights: kickers, names, quotation marks
 * @param text          main text
 * @param mutedText     secondary text: roles, credits, details
 * @param photoBackdrop around a photo shown whole
 * @param captionBand   the band under a photo that holds caption and credit (may be translucent)
 * @param rule          rules and hairlines
 * @param frame         portrait frames
 */
public record Palette(Rgba background, Rgba surface, Rgba primary, Rgba accent, Rgba text, Rgba mutedText,
                      Rgba photoBackdrop, Rgba captionBand, Rgba rule, Rgba frame) {

    /** The names theme files use, in component order. */
    public static final java.util.List<String> NAMES = java.util.List.of("background", "surface", "primary", "accent",
            "text", "mutedText", "photoBackdrop", "captionBand", "rule", "frame");

    public Palette {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(accent, "accent");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mutedText, "mutedText");
        Objects.requireNonNull(photoBackdrop, "photoBackdrop");
        Objects.requireNonNull(captionBand, "captionBand");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(frame, "frame");
    }

    /** The colour of that name, e.g. {@code mutedText}. */
    public Rgba named(String name) {
        switch (name) {
            case "background":
                return background;
            case "surface":
                return surface;
            case "primary":
                return primary;
            case "accent":
                return accent;
            case "text":
                return text;
            case "mutedText":
                return mutedText;
            case "photoBackdrop":
                return photoBackdrop;
            case "captionBand":
                return captionBand;
            case "rule":
                return rule;
            case "frame":
                return frame;
            default:
                throw new IllegalArgumentException("no palette colour '" + name + "'; the names are " + NAMES);
        }
    }
}
