package org.podium.export.pptx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * Saves each finished slide's XML, and its notes page's, on a thread of its own while the next
 * slides are built. POI's write otherwise saves all of them at the end, one after another, on the
 * exporting thread (about a tenth of a 448-slide export). Each slide lives in its own XML
 * document, which only this thread touches once the slide is handed over; the bytes are those
 * POI's write would make ({@link Ooxml#saveNow(XSLFSlide)}).
 */
final class SavingAhead implements AutoCloseable {

    private final ExecutorService thread = WorkerThreads.single("pptx-saving");
    private final List<Future<?>> saved = new ArrayList<>();

    /** Saves {@code slide} and {@code notes} (null when it has none) soon; neither may change afterwards. */
    void save(XSLFSlide slide, XSLFNotes notes) {
        saved.add(thread.submit(() -> {
            Ooxml.saveNow(slide);
            if (notes != null) {
                Ooxml.saveNow(notes);
            }
            return null;
        }));
    }

    /** Waits until everything handed over is saved; throws what saving threw. */
    void finish() throws IOException {
        for (Future<?> slide : saved) {
            try {
                slide.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while saving the slides", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IOException(cause);
            }
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
