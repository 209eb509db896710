package org.podium.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import org.podium.layout.ImageBox;
import org.podium.layout.SlidePage;
import org.podium.media.PhotoRequest;
import org.podium.model.MediaRef;

/**
 * The photos a page shows and the size each is drawn at on a screen: the whole picture at the size
 * where its crop fills the box pixel for pixel, as the renderer asks for it. Decoding ahead with
 * these requests fills exactly the cache entries the renderer then finds.
 */
public final class PagePhotos {

    /**
     * One photo of a page at its screen size.
     *
     * @param media   which photo
     * @param request the size it is decoded at
     */
    public record Need(MediaRef media, PhotoRequest request) {
    }

    private PagePhotos() {
    }

    public static List<Need> of(SlidePage page, double pxPerPt) {
        List<Need> needs = new ArrayList<>();
        for (ImageBox box : page.layout().imageBoxes()) {
            double widthPx = box.rect().widthPt() * pxPerPt;
            double heightPx = box.rect().heightPt() * pxPerPt;
            if (widthPx < 0.5 || heightPx < 0.5) {
                continue;
            }
            needs.add(new Need(box.media(), request(widthPx / box.crop().width(), heightPx / box.crop().height())));
        }
        return needs;
    }

    /** The request for a whole picture of about {@code widthPx × heightPx}. */
    public static PhotoRequest request(double widthPx, double heightPx) {
        return PhotoRequest.cover(Math.max(1, (int) Math.ceil(widthPx)), Math.max(1, (int) Math.ceil(heightPx)));
    }
}
