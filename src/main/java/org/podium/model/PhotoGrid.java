package org.podium.model;

import java.util.List;
import java.util.Objects;

/**
 * Two to four photos in a grid, with one caption and credit for the whole grid (each photo's own
 * caption is kept for the editor and handouts).
 */
public record PhotoGrid(List<Photo> photos, String caption, String credit) implements SlideContent {

    public static final int MIN_PHOTOS = 2;
    public static final int MAX_PHOTOS = 4;

    public PhotoGrid {
        photos = List.copyOf(Objects.requireNonNull(photos, "photos"));
        if (photos.size() < MIN_PHOTOS || photos.size() > MAX_PHOTOS) {
            throw new IllegalArgumentException("a photo grid holds 2 to 4 photos, not " + photos.size());
        }
        caption = Text.clean(caption);
        credit = Text.clean(credit);
    }

    @Override
    public List<MediaRef> media() {
        return photos.stream().map(Photo::media).toList();
    }

    @Override
    public SlideKind kind() {
        return SlideKind.PHOTO_GRID;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.photoGrid(this);
    }
}
