package org.podium.export.pptx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The zip POI writes the deck into, with the pictures stored rather than deflated. JPEG and PNG
 * are compressed already: deflating them gains a few percent on photographs, and on a 448-slide
 * deck cost about 0.4 s of the writing thread (an eighth of the whole export). The XML parts are
 * deflated as before. POI uses a zip stream it is given as it is ({@code ZipPackage.saveImpl}).
 *
 * <p>A stored entry needs its size and CRC-32 before its bytes when the output cannot seek back,
 * so they come with the names; the zip stream checks them against the bytes POI writes and fails
 * the export on a mismatch.
 */
final class DeckZip extends ZipArchiveOutputStream {

    /** The size in bytes and CRC-32 of an entry's bytes. */
    record Stored(long sizeBytes, long crc32) {
    }

    private final Map<String, Stored> stored;

    /**
     * @param stored the entries to store, by name in the zip ({@code ppt/media/image1.jpeg})
     */
    DeckZip(OutputStream out, Map<String, Stored> stored) {
        super(out);
        this.stored = Map.copyOf(stored);
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        Stored known = stored.get(entry.getName());
        if (known != null) {
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(known.sizeBytes());
            entry.setCompressedSize(known.sizeBytes());
            entry.setCrc(known.crc32());
        }
        super.putArchiveEntry(entry);
    }
}
