package org.podium.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.podium.io.FileReason.Kind;
import org.podium.model.MediaRef;

/**
 * Opens a {@code .podium} file: checks every entry's name and declared size from the central
 * directory, reads {@code programme.json} (bounded, CRC checked), and cross-checks the media
 * table with the media entries. Photos are not read here; they stream from the zip when shown.
 */
final class PodiumReader {

    private PodiumReader() {
    }

    static ZipOpenedProgramme read(Path file, Limits limits, Migrations migrations) throws PodiumFileException {
        ZipFile zip = open(file);
        try {
            Map<String, ZipEntry> entries = entries(file, zip, limits);
            byte[] json = readProgrammeJson(file, zip, entries.get(ArchiveLayout.PROGRAMME_JSON), limits);
            ProgrammeJson.Document document = ProgrammeJson.read(json, file, migrations,
                    media -> checkMedia(file, entries, media));
            return new ZipOpenedProgramme(file, document,
                    new ZipMediaStore(file, zip, document.media(), limits.photoBytes()), zip);
        } catch (PodiumFileException | RuntimeException e) {
            closeQuietly(zip, e);
            throw e;
        }
    }

    private static ZipFile open(Path file) throws PodiumFileException {
        if (Files.isDirectory(file)) {
            throw new PodiumFileException(file, FileReason.of(Kind.FOLDER));
        }
        if (!Files.exists(file)) {
            throw new PodiumFileException(file, FileReason.of(Kind.NO_SUCH_FILE));
        }
        try {
            return new ZipFile(file.toFile(), ZipFile.OPEN_READ, StandardCharsets.UTF_8);
        } catch (ZipException | EOFException e) {
            // EOFException: the end record points past the end of a cut-short file
            throw new PodiumFileException(file, FileReason.of(Kind.NOT_A_ZIP, detail(e)), e);
        } catch (IOException e) {
            throw new PodiumFileException(file, FileReason.of(Kind.CANNOT_OPEN, detail(e)), e);
        }
    }

    /**
     * Every entry by name. {@link ZipFile#entries()} walks the whole central directory, repeated
     * names included, whereas {@link ZipFile#getEntry} would silently pick one of them.
     */
    private static Map<String, ZipEntry> entries(Path file, ZipFile zip, Limits limits) throws PodiumFileException {
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (ArchiveLayout.escapesRoot(name)) {
                throw new PodiumFileException(file, FileReason.of(Kind.ENTRY_OUTSIDE_ARCHIVE, name));
            }
            if (entries.putIfAbsent(name, entry) != null) {
                throw new PodiumFileException(file, FileReason.of(Kind.ENTRY_TWICE, name));
            }
            if (name.equals(ArchiveLayout.PROGRAMME_JSON)) {
                checkDeclaredSize(file, entry, limits.programmeJsonBytes());
            } else if (ArchiveLayout.isMedia(name)) {
                checkDeclaredSize(file, entry, limits.photoBytes());
            } else {
                throw new PodiumFileException(file, FileReason.of(Kind.ENTRY_UNEXPECTED, name));
            }
        }
        if (!entries.containsKey(ArchiveLayout.PROGRAMME_JSON)) {
            throw new PodiumFileException(file, FileReason.of(Kind.PROGRAMME_JSON_MISSING));
        }
        checkNoOverlap(file, entries);
        return entries;
    }

    /**
     * In a sound zip every entry's compressed bytes lie in the file once, so together they fit in
     * it. More means central records share data: a zip bomb that makes each small, honestly
     * declared entry inflate the same bytes again (verifying them all would never end).
     */
    private static void checkNoOverlap(Path file, Map<String, ZipEntry> entries)
            throws PodiumFileException {
        long fileBytes;
        try {
            fileBytes = Files.size(file);
        } catch (IOException e) {
            throw new PodiumFileException(file, FileReason.of(Kind.CANNOT_OPEN, detail(e)), e);
        }
        long compressedBytes = 0;
        for (ZipEntry entry : entries.values()) {
            compressedBytes += Math.max(0, entry.getCompressedSize());
        }
        if (compressedBytes > fileBytes) {
            throw new PodiumFileException(file, FileReason.of(Kind.ENTRIES_OVERLAP, compressedBytes, fileBytes));
        }
    }

    /**
     * What the system said, as it said it, or a {@link FileReason} when it said nothing and the
     * exception's type tells (a bare EOFException).
     */
    static Object detail(IOException e) {
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return e instanceof EOFException ? FileReason.of(Kind.ENDS_TOO_EARLY) : e.getClass().getSimpleName();
    }

    private static void checkDeclaredSize(Path file, ZipEntry entry, long limit) throws PodiumFileException {
        long declared = Math.max(entry.getSize(), entry.getCompressedSize());
        if (declared > limit) {
            throw new PodiumFileException(file,
                    FileReason.of(Kind.ENTRY_TOO_LARGE, entry.getName(), declared, Limits.describe(limit)));
        }
    }

    /** At most the limit is inflated: a zip bomb that lies about its size is stopped there. */
    private static byte[] readProgrammeJson(Path file, ZipFile zip, ZipEntry entry, Limits limits)
            throws PodiumFileException {
        long limit = limits.programmeJsonBytes();
        byte[] json;
        try (InputStream in = zip.getInputStream(entry)) {
            json = in.readNBytes((int) limit + 1);
        } catch (IOException e) {
            throw new PodiumFileException(file, FileReason.of(Kind.PROGRAMME_JSON_DAMAGED, detail(e)), e);
        }
        if (json.length > limit) {
            throw new PodiumFileException(file,
                    FileReason.of(Kind.PROGRAMME_JSON_INFLATES, Limits.describe(limit), entry.getSize()));
        }
        // ZipFile checks no CRC; photos have their SHA-256, programme.json only this
        CRC32 crc = new CRC32();
        crc.update(json);
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
            throw new PodiumFileException(file, FileReason.of(Kind.PROGRAMME_JSON_CRC));
        }
        return json;
    }

    /** Each listed photo must be in the zip and each photo in the zip must be listed. */
    private static void checkMedia(Path file, Map<String, ZipEntry> entries, Map<String, MediaRef> media)
            throws PodiumFileException {
        Set<String> listed = new HashSet<>();
        for (MediaRef ref : media.values()) {
            String name = ZipMediaStore.entryName(ref);
            listed.add(name);
            if (!entries.containsKey(name)) {
                throw new PodiumFileException(file, FileReason.of(Kind.MEDIA_MISSING, name, ref.originalName()));
            }
        }
        for (String name : entries.keySet()) {
            if (ArchiveLayout.isMedia(name) && !listed.contains(name)) {
                throw new PodiumFileException(file, FileReason.of(Kind.MEDIA_UNLISTED, name));
            }
        }
    }

    private static void closeQuietly(ZipFile zip, Exception failure) {
        try {
            zip.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
