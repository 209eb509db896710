package org.podium.ui.export;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import org.podium.export.ExportProgress;

/**
 * The exporters as the window sees them; {@link DocumentExporters} is the only class that calls
 * the export packages, and tests give a fake. Called on a background thread.
 */
@FunctionalInterface
public interface Exporters {

    /**
     * Writes {@code request}'s file; the target is replaced only when the whole file is written.
     *
     * @return what was written: slides for a deck or handouts, segments for a running sheet
     * @throws IOException           naming the target and the problem; the target is unchanged
     * @throws CancellationException when {@code progress} asked to stop; the target is unchanged
     */
    int export(ExportRequest request, ExportProgress progress) throws IOException;
}
