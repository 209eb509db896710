package org.podium.export.sheet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.podium.export.AtomicOutput;
import org.podium.export.ExportException;

/** Saves a PDF beside its target and moves it over the target only when complete. */
public final class PdfOutput {

    private PdfOutput() {
    }

    /**
     * Saves {@code document} to {@code target}; on failure the target is as it was and no temp
     * file is left.
     */
    public static void save(PDDocument document, Path target) throws IOException {
        AtomicOutput out = AtomicOutput.beside(target);
        try (out) {
            // PDFBox may close the stream it is given; the atomic output's must stay open until commit
            OutputStream unclosable = new BufferedOutputStream(out.stream(), 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            document.save(unclosable);
            unclosable.flush();
            out.commit();
        } catch (IOException e) {
            throw new ExportException(null, out.reason(e), e);
        }
    }
}
