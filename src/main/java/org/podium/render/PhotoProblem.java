package org.podium.render;

import java.util.Objects;
import org.podium.model.MediaRef;

/**
 * A photo that could not be drawn; the slide shows a placeholder in its place.
 *
 * @param media  the photo
 * @param reason what went wrong and what to do, as the decoder said it, without the photo's name
 */
public record PhotoProblem(MediaRef media, String reason) {

    public PhotoProblem {
        Objects.requireNonNull(media, "media");
        reason = reason == null || reason.isBlank() ? "unreadable" : reason;
    }
}
