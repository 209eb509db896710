package org.podium.model;

import java.util.List;

/**
 * A holding slide: the theme's background, optionally a logo and a line of text.
 *
 * @param logo picture shown centred, or {@code null}
 * @param text a line under the logo; empty when none
 */
public record BlankCard(MediaRef logo, String text) implements SlideContent {

    public BlankCard {
        text = Text.clean(text);
    }

    public static BlankCard empty() {
        return new BlankCard(null, "");
    }

    @Override
    public List<MediaRef> media() {
        return logo == null ? List.of() : List.of(logo);
    }

    @Override
    public SlideKind kind() {
        return SlideKind.BLANK;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.blank(this);
    }
}
