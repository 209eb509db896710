package org.podium.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import org.podium.export.handouts.HandoutOptions;
import org.podium.export.pptx.PptxOptions;

/** The options and folder of the last export, offered again next time. */
public interface ExportMemory {

    /** The defaults when nothing was remembered: high-quality photos, notes and fades; 2 a page without notes. */
    PptxOptions DEFAULT_PPTX = PptxOptions.defaults();
    HandoutOptions DEFAULT_HANDOUTS = new HandoutOptions(2, false);

    PptxOptions pptx();

    void rememberPptx(PptxOptions options);

    HandoutOptions handouts();

    void rememberHandouts(HandoutOptions options);

    /** The folder the last export went to. */
    Optional<Path> folder();

    void rememberFolder(Path folder);

    /** Remembers for as long as the object lives; for tests. */
    static ExportMemory inMemory() {
        return new ExportMemory() {
            private PptxOptions pptx = DEFAULT_PPTX;
            private HandoutOptions handouts = DEFAULT_HANDOUTS;
            private Path folder;

            @Override
            public PptxOptions pptx() {
                return pptx;
            }

            @Override
            public void rememberPptx(PptxOptions options) {
                pptx = options;
            }

            @Override
            public HandoutOptions handouts() {
                return handouts;
            }

            @Override
            public void rememberHandouts(HandoutOptions options) {
                handouts = options;
            }

            @Override
            public Optional<Path> folder() {
                return Optional.ofNullable(folder);
            }

            @Override
            public void rememberFolder(Path newFolder) {
                folder = newFolder;
            }
        };
    }
}
