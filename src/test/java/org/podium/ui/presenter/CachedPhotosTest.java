package org.podium.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.media.DecodedPhoto;
import org.podium.media.MediaStore;
import org.podium.media.PhotoCache;
import org.podium.media.PhotoDecodeException;
import org.podium.media.PhotoRequest;
import org.podium.model.MediaRef;

/** Drawing never waits: nothing while a photo decodes, the photo once decoded, the placeholder's cue on failure. */
class CachedPhotosTest {

    private static final MediaRef GOOD = new MediaRef("a".repeat(64), "good.jpg", "image/jpeg", 4000, 3000, 1);
    private static final MediaRef BROKEN = new MediaRef("b".repeat(64), "broken.jpg", "image/jpeg", 4000, 3000, 1);

    private final List<Runnable> decodes = new ArrayList<>();
    private final MediaStore store = new MediaStore() {
        @Override
        public boolean contains(MediaRef ref) {
            return true;
        }

        @Override
        public InputStream open(MediaRef ref) {
            return new ByteArrayInputStream(new byte[0]);
        }
    };
    private final PhotoCache cache = new PhotoCache(PhotoCache.DEFAULT_BUDGET_BYTES, (ref, s, request) -> {
        if (ref.equals(BROKEN)) {
            throw new PhotoDecodeException(ref.originalName(), PhotoDecodeException.Reason.values()[0], "not a JPEG");
        }
        return DecodedPhoto.of(request.maxWidthPx(), request.maxWidthPx() * 3 / 4,
                new int[request.maxWidthPx() * (request.maxWidthPx() * 3 / 4)]);
    });

    @Test
    void aPhotoStillDecodingIsDrawnAsNothingAndDecodedInTheBackground() throws Exception {
        CachedPhotos photos = new CachedPhotos(cache, store, decodes::add, 1);
        DecodedPhoto first = photos.photo(GOOD, PhotoRequest.cover(1920, 1440));
        assertThat(CachedPhotos.isNothing(first)).isTrue();
        assertThat(decodes).hasSize(1);

        decodes.forEach(Runnable::run);
        DecodedPhoto second = photos.photo(GOOD, PhotoRequest.cover(1920, 1440));
        assertThat(CachedPhotos.isNothing(second)).isFalse();
        assertThat(second.widthPx()).isEqualTo(1920);
    }

    @Test
    void aPreviewUsesThePhotoDecodedForTheAudience() throws Exception {
        new CachedPhotos(cache, store, Runnable::run, 1).photo(GOOD, PhotoRequest.cover(1920, 1440));
        CachedPhotos preview = new CachedPhotos(cache, store, decodes::add, 1920.0 / 400);
        assertThat(preview.photo(GOOD, PhotoRequest.cover(400, 300)).widthPx()).isEqualTo(1920);
        assertThat(decodes).as("no second decode for the preview").isEmpty();
    }

    @Test
    void aPhotoThatCannotBeDecodedFailsSoTheRendererShowsItsPlaceholder() {
        CachedPhotos photos = new CachedPhotos(cache, store, Runnable::run, 1);
        assertThatThrownBy(() -> photos.photo(BROKEN, PhotoRequest.cover(1920, 1440)))
                .isInstanceOf(PhotoDecodeException.class).hasMessageContaining("broken.jpg");
    }
}
