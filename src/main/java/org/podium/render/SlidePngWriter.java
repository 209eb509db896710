package org.podium.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.podium.layout.SlideLayout;

/** Writes slides as PNG files, drawn by {@link SlideSnapshotter}. */
public final class SlidePngWriter {

    private final SlideSnapshotter snapshotter;

    public SlidePngWriter(SlideSnapshotter snapshotter) {
        this.snapshotter = Objects.requireNonNull(snapshotter, "snapshotter");
    }

    /**
     * Draws the slide {@code widthPx} wide (height from its aspect) and writes it to {@code file},
     * replacing what is there.
     *
     * @return photos drawn as placeholders; empty when every photo was drawn
     * @throws IOException naming the file when it cannot be written
     */
    public List<PhotoProblem> write(SlideLayout layout, int widthPx, Path file) throws IOException {
        SlideImage image = snapshotter.snapshot(layout, widthPx);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            if (!ImageIO.write(image.image(), "png", out)) {
                throw new IOException(file + ": this Java runtime has no PNG writer");
            }
        } catch (IOException e) {
            throw e.getMessage() != null && e.getMessage().contains(file.toString()) ? e
                    : new IOException(file + ": cannot write the image: " + e.getMessage(), e);
        }
        return image.problems();
    }
}
