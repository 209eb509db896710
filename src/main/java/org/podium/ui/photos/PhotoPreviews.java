package org.podium.ui.photos;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.podium.media.DecodedPhoto;
import org.podium.media.PhotoDecodeException;
import org.podium.model.MediaRef;
import org.podium.model.Programme;
import org.podium.ui.common.BackgroundRunner;
import org.podium.ui.session.EditorSession;

/**
 * Every stored photo of the programme decoded once, small, on the {@link BackgroundRunner}: the
 * Photos pane shows the pictures and the problems panel names the photos that cannot be decoded.
 * Results are kept by the photo's hash, so edits (typing a caption) never decode again; a photo is
 * decoded when it first appears in the programme with its bytes at hand. Used on the UI thread.
 */
public final class PhotoPreviews {

    /** Long edge of a preview, in px: thumbnails are drawn at up to 128 px, twice that for sharp screens. */
    public static final int LONG_EDGE_PX = 256;

    private static final System.Logger LOG = System.getLogger(PhotoPreviews.class.getName());

    /** Decodes one photo at preview size; runs on a background thread. */
    @FunctionalInterface
    public interface Decoder {
        DecodedPhoto decode(MediaRef ref) throws PhotoDecodeException;
    }

    /** A photo decoded, or why it cannot be: exactly one of the two is set. */
    public record Outcome(DecodedPhoto photo, PhotoDecodeException failure) {

        public Outcome {
            if ((photo == null) == (failure == null)) {
                throw new IllegalArgumentException("an outcome is a photo or a failure, not both or neither");
            }
        }

        public boolean failed() {
            return failure != null;
        }
    }

    private final EditorSession session;
    private final BackgroundRunner runner;
    private final Decoder decoder;
    private final ObservableMap<String, Outcome> outcomes = FXCollections.observableHashMap();
    private final ObservableMap<String, Outcome> outcomesView = FXCollections.unmodifiableObservableMap(outcomes);
    /** Hashes handed to the runner, finished or not; a photo is decoded once. */
    private final Set<String> asked = new HashSet<>();

    public PhotoPreviews(EditorSession session, BackgroundRunner runner, Decoder decoder) {
        this.session = Objects.requireNonNull(session, "session");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        session.programmeProperty().addListener((obs, old, now) -> refresh(now));
        refresh(session.programme());
    }

    /** Decoded previews and failures by photo hash; a photo not in it is not decoded yet or not stored. */
    public ObservableMap<String, Outcome> outcomes() {
        return outcomesView;
    }

    /**
     * Asks for a photo that is on no slide yet, e.g. one just imported for a portrait; does nothing
     * when it is decoded or on its way.
     */
    public void request(MediaRef ref) {
        // A photo whose bytes are not at hand is the problems panel's "missing" case, not a decode failure.
        if (session.media().contains(ref) && asked.add(ref.sha256())) {
            runner.run(work -> decoder.decode(ref), new BackgroundRunner.Callback<DecodedPhoto>() {
                @Override
                public void succeeded(DecodedPhoto photo) {
                    outcomes.put(ref.sha256(), new Outcome(photo, null));
                }

                @Override
                public void failed(Exception error) {
                    if (error instanceof PhotoDecodeException failure) {
                        outcomes.put(ref.sha256(), new Outcome(null, failure));
                    } else {
                        asked.remove(ref.sha256());
                        LOG.log(System.Logger.Level.WARNING, "Could not decode " + ref.originalName(), error);
                    }
                }

                @Override
                public void cancelled() {
                    asked.remove(ref.sha256());
                }
            });
        }
    }

    private void refresh(Programme programme) {
        for (MediaRef ref : programme.media()) {
            request(ref);
        }
    }
}
