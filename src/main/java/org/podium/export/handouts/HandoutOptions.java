package org.podium.export.handouts;

import java.util.List;

/**
 * How the handouts are laid out.
 *
 * @param perPage slides on each page: 1, 2, 4 or 6
 * @param notes   the presenter notes printed beside each slide
 */
public record HandoutOptions(int perPage, boolean notes) {

    /** The slide counts a page can hold. */
    public static final List<Integer> PER_PAGE = List.of(1, 2, 4, 6);

    public HandoutOptions {
        if (!PER_PAGE.contains(perPage)) {
            throw new IllegalArgumentException("handouts hold 1, 2, 4 or 6 slides a page, not " + perPage);
        }
    }

    /** Pages for {@code slides} slides: at least one. */
    public int pageCount(int slides) {
        return Math.max(1, (slides + perPage - 1) / perPage);
    }
}
