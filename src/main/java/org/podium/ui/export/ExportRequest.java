package org.podium.ui.export;

import java.nio.file.Path;
import java.util.Objects;
import org.podium.export.handouts.HandoutOptions;
import org.podium.export.pptx.PptxOptions;
import org.podium.media.MediaStore;
import org.podium.model.Programme;

/**
 * One export as the person asked for it: the programme as it was when they chose the file (later
 * edits are not in it), the photos it shows and where to write.
 *
 * @param pptx     the deck's options; used for {@link ExportKind#PPTX} only
 * @param handouts the handouts' options; used for {@link ExportKind#HANDOUTS} only
 */
public record ExportRequest(ExportKind kind, Programme programme, MediaStore media, Path target, PptxOptions pptx,
                            HandoutOptions handouts) {

    public ExportRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(pptx, "pptx");
        Objects.requireNonNull(handouts, "handouts");
    }
}
