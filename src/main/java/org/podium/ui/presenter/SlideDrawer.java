package org.podium.ui.presenter;

import javafx.scene.layout.Region;
import org.podium.layout.SlideLayout;

/** Draws a laid-out slide as nodes at a scale, with pictures from {@link CachedPhotos}. */
@FunctionalInterface
public interface SlideDrawer {

    /** A region of {@code widthPt × pxPerPt} by {@code heightPt × pxPerPt} pixels, not yet in a scene. */
    Region draw(SlideLayout layout, double pxPerPt, CachedPhotos photos);
}
