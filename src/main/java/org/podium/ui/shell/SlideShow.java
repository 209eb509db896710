package org.podium.ui.shell;

import org.podium.media.MediaStore;
import org.podium.model.Programme;
import org.podium.model.SlideId;

/** Starts presenting the programme being edited: the presenter console and the audience window. */
@FunctionalInterface
public interface SlideShow {

    /**
     * Call on the JavaFX thread; the deck is laid out in the background before any window opens.
     *
     * @param from the slide to start on, or {@code null} for the first
     */
    void start(Programme programme, MediaStore media, SlideId from);
}
