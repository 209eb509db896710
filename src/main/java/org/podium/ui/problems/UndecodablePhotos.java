package org.podium.ui.problems;

import java.util.ArrayList;
import java.util.List;
import org.podium.media.PhotoDecodeException;
import org.podium.model.MediaRef;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.Slide;
import org.podium.ui.common.Messages;
import org.podium.ui.photos.PhotoPreviews;
import org.podium.ui.session.Selection;

/**
 * One error per stored photo that cannot be decoded, naming its file and why, aimed at the first
 * slide that shows it. Reads the decode results only; it never decodes.
 */
final class UndecodablePhotos {

    private final PhotoPreviews previews;
    private final Messages messages;

    UndecodablePhotos(PhotoPreviews previews, Messages messages) {
        this.previews = previews;
        this.messages = messages;
    }

    List<ProblemRow> rows(Programme programme) {
        List<ProblemRow> rows = new ArrayList<>();
        for (MediaRef ref : programme.media()) {
            PhotoPreviews.Outcome outcome = previews.outcomes().get(ref.sha256());
            if (outcome == null || !outcome.failed()) {
                continue;
            }
            firstUse(programme, ref, outcome.failure(), rows);
        }
        return rows;
    }

    private void firstUse(Programme programme, MediaRef ref, PhotoDecodeException failure, List<ProblemRow> rows) {
        for (int s = 0; s < programme.segments().size(); s++) {
            Segment segment = programme.segments().get(s);
            for (int i = 0; i < segment.slides().size(); i++) {
                Slide slide = segment.slides().get(i);
                if (slide.content().media().contains(ref)) {
                    String name = ref.originalName().isBlank() ? ref.sha256().substring(0, 12) : ref.originalName();
                    rows.add(new ProblemRow(messages.get("problems.photoUndecodable", s + 1, i + 1, name,
                            reason(failure.reason())), true, Selection.slide(segment.id(), slide.id())));
                    return;
                }
            }
        }
    }

    private String reason(PhotoDecodeException.Reason reason) {
        return messages.get(switch (reason) {
            case MISSING -> "problems.photoReason.missing";
            case UNREADABLE -> "problems.photoReason.unreadable";
            case UNSUPPORTED -> "problems.photoReason.unsupported";
            case TOO_LARGE -> "problems.photoReason.tooLarge";
            case DAMAGED -> "problems.photoReason.damaged";
            case CMYK -> "problems.photoReason.cmyk";
        });
    }
}
