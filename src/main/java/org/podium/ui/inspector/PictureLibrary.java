package org.podium.ui.inspector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.podium.model.MediaRef;
import org.podium.ui.session.EditorSession;

/**
 * The pictures a portrait or logo can be chosen from: every photo the programme uses, then those
 * imported from a file for a portrait or logo in this session (not on any slide yet, or no longer).
 */
final class PictureLibrary {

    private final EditorSession session;
    /** Imported for a picture field, by hash, in import order. */
    private final Map<String, MediaRef> imported = new LinkedHashMap<>();

    PictureLibrary(EditorSession session) {
        this.session = session;
    }

    List<MediaRef> all() {
        Map<String, MediaRef> bySha = new LinkedHashMap<>();
        for (MediaRef ref : session.programme().media()) {
            bySha.put(ref.sha256(), ref);
        }
        imported.forEach(bySha::putIfAbsent);
        return new ArrayList<>(bySha.values());
    }

    Optional<MediaRef> find(String sha256) {
        return all().stream().filter(ref -> ref.sha256().equals(sha256)).findFirst();
    }

    void add(MediaRef ref) {
        imported.putIfAbsent(ref.sha256(), ref);
    }
}
