package org.podium.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import javax.imageio.ImageIO;
import org.podium.layout.SlideLayout;

/** Writes slides as PNG files, drawn by {@link SlideSnapshotter}. */
public final class SlidePngWriter {

    /**
     * A slide written.
     *
     * @param file     the PNG
     * @param problems photos drawn as placeholders on it; empty when every photo was drawn
     */
    public record Written(Path file, List<PhotoProblem> problems) {

        public Written {
            Objects.requireNonNull(file, "file");
            problems = List.copyOf(problems);
        }
    }

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
        write(image, file);
        return image.problems();
    }

    /**
     * Writes every slide, slide {@code i} to {@code fileFor.apply(i)}. While one slide's PNG is
     * encoded here, the JavaFX thread already draws the next one, so two cores are both at work.
     *
     * @throws IOException naming the file that cannot be written; the slides before it are written
     */
    public List<Written> writeAll(List<SlideLayout> layouts, int widthPx, IntFunction<Path> fileFor)
            throws IOException {
        List<Written> written = new ArrayList<>(layouts.size());
        CompletableFuture<SlideImage> next = layouts.isEmpty() ? null : snapshotter.snapshotAsync(layouts.get(0), widthPx);
        for (int i = 0; i < layouts.size(); i++) {
            SlideImage image = FxPlatform.await(next);
            next = i + 1 < layouts.size() ? snapshotter.snapshotAsync(layouts.get(i + 1), widthPx) : null;
            Path file = fileFor.apply(i);
            write(image, file);
            written.add(new Written(file, image.problems()));
        }
        return List.copyOf(written);
    }

    /** Writes a drawn slide to {@code file} as PNG, replacing what is there. */
    public static void write(SlideImage image, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            if (!ImageIO.write(image.image(), "png", out)) {
                throw new IOException(file + ": this Java runtime has no PNG writer");
            }
        } catch (IOException e) {
            throw e.getMessage() != null && e.getMessage().contains(file.toString()) ? e
                    : new IOException(file + ": cannot write the image: " + e.getMessage(), e);
        }
    }
}
