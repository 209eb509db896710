package org.podium.ui.export;

import java.nio.file.Path;

/** Tells the person how an export ended without stopping them; called on the UI thread. */
public interface ExportNotifier {

    /** The export wrote {@code file}; {@code text} says what, e.g. "Exported 33 slides to deck.pptx". */
    void exported(String text, Path file);

    /** A short note, e.g. that a cancelled export wrote nothing. */
    void note(String text);
}
