package org.podium.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.podium.media.MediaStore;
import org.podium.model.Programme;

/** An opened {@code .podium} file; holds the zip open so photos stream from it. */
final class ZipOpenedProgramme implements OpenedProgramme {

    private final Path file;
    private final Programme programme;
    private final String writtenBy;
    private final int formatVersion;
    private final ZipMediaStore media;
    private final ZipFile zip;

    ZipOpenedProgramme(Path file, ProgrammeJson.Document document, ZipMediaStore media, ZipFile zip) {
        this.file = file;
        this.programme = document.programme();
        this.writtenBy = document.writtenBy();
        this.formatVersion = document.formatVersion();
        this.media = media;
        this.zip = zip;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Programme programme() {
        return programme;
    }

    @Override
    public MediaStore media() {
        return media;
    }

    ZipMediaStore zipMedia() {
        return media;
    }

    @Override
    public String writtenBy() {
        return writtenBy;
    }

    /** The version the file was written in; lower than current when it was upgraded on reading. */
    int formatVersion() {
        return formatVersion;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
