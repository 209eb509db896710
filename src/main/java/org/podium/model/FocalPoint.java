package org.podium.model;

/**
 * The point of a photo that must stay visible when it is cropped to fill a frame, as fractions of
 * the displayed (orientation-applied) picture: (0,0) top left, (1,1) bottom right.
 */
public record FocalPoint(double x, double y) {

    public static final FocalPoint CENTRE = new FocalPoint(0.5, 0.5);

    public FocalPoint {
        // -0.0 becomes 0.0, as in Crop: equal points must compare equal after a save and a reopen
        x += 0.0;
        y += 0.0;
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
            throw new IllegalArgumentException("focal point must lie within 0–1, was (" + x + ", " + y + ")");
        }
    }
}
