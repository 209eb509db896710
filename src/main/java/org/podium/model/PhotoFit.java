package org.podium.model;

/** How a photo meets its frame. */
public enum PhotoFit {
    /** The whole picture shows; the frame's spare area gets the theme's photo backdrop. */
    FIT,
    /** The picture covers the frame; what overflows is cut, keeping the focal point in view. */
    FILL;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PhotoFit fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
