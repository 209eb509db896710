package org.podium.ui.presenter;

/** What the audience sees instead of the slide, if anything. */
public enum Blanking {
    /** The slide. */
    NONE,
    BLACK,
    WHITE,
    /** The holding slide: programme title, and a countdown before the start time. */
    LOGO
}
