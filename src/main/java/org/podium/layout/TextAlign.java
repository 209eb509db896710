package org.podium.layout;

/** Horizontal alignment of each line within its box; the line positions already apply it. */
public enum TextAlign {
    LEFT,
    CENTRE,
    RIGHT
}
