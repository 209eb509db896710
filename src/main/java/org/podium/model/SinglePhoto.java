package org.podium.model;

import java.util.List;
import java.util.Objects;

/** One photo, with its caption and credit. */
public record SinglePhoto(Photo photo) implements SlideContent {

    public SinglePhoto {
        Objects.requireNonNull(photo, "photo");
    }

    @Override
    public List<MediaRef> media() {
        return List.of(photo.media());
    }

    @Override
    public SlideKind kind() {
        return SlideKind.PHOTO;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.photo(this);
    }
}
