package org.podium.reliability;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.podium.TestProgrammes;
import org.podium.media.FileMediaStore;
import org.podium.model.MediaRef;
import org.podium.model.Photo;
import org.podium.model.Programme;
import org.podium.model.SegmentId;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.model.SlideId;

/**
 * The two programmes the crash tests save in turn, A and B: the Jianye programme with different
 * titles and different photos, so that each is told from the other by its content and by its media.
 */
final class CrashProgrammes {

    /** Photo size in pixels: noise at this size makes a JPEG of about 1.2 MB, like a camera photo. */
    static final int PHOTO_WIDTH_PX = 1600;
    static final int PHOTO_HEIGHT_PX = 1200;
    /** Photos per programme: about 3.5 MB to write per save. */
    static final int PHOTOS_EACH = 3;
    /** The photos' references, one line each, so the child need not probe the photos again. */
    static final String MEDIA_LIST = "media.txt";

    private CrashProgrammes() {
    }

    /** Writes the photos of A and B into {@code folder} with their list, and returns A and B. */
    static Pair writePhotos(Path folder, FileMediaStore store) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2 * PHOTOS_EACH; i++) {
            Path file = folder.resolve((i < PHOTOS_EACH ? "a" : "b") + (i % PHOTOS_EACH + 1) + ".jpg");
            if (!ImageIO.write(noise(i), "jpg", file.toFile())) {
                throw new IOException("no JPEG writer");
            }
            MediaRef ref = store.importFile(file);
            lines.add(String.join("\t", ref.sha256(), ref.originalName(), ref.mediaType(),
                    String.valueOf(ref.widthPx()), String.valueOf(ref.heightPx()),
                    String.valueOf(ref.exifOrientation())));
        }
        Files.write(folder.resolve(MEDIA_LIST), lines, StandardCharsets.UTF_8);
        return load(folder, new FileMediaStore());
    }

    /** Random pixels compress badly: a realistic size for a photo of this resolution. */
    private static BufferedImage noise(int seed) {
        BufferedImage image = new BufferedImage(PHOTO_WIDTH_PX, PHOTO_HEIGHT_PX, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < PHOTO_HEIGHT_PX; y++) {
            for (int x = 0; x < PHOTO_WIDTH_PX; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    /** A and B from the list {@link #writePhotos} made, their photos put into {@code store}. */
    static Pair load(Path folder, FileMediaStore store) throws IOException {
        List<MediaRef> refs = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve(MEDIA_LIST), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            MediaRef ref = new MediaRef(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]));
            store.put(ref, folder.resolve(ref.originalName()));
            refs.add(ref);
        }
        return new Pair(version("A", refs.subList(0, PHOTOS_EACH)),
                version("B", refs.subList(PHOTOS_EACH, 2 * PHOTOS_EACH)));
    }

    private static Programme version(String name, List<MediaRef> photos) {
        List<Slide> slides = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            slides.add(new Slide(new SlideId("p-" + (i + 1)),
                    new SinglePhoto(Photo.of(photos.get(i)).withCaption("活動剪影 " + name + (i + 1))), "", null));
        }
        return TestProgrammes.jianye().withTitle(TestProgrammes.TITLE + "（版本 " + name + "）")
                .withSegment(new SegmentId("s-montage"), s -> s.withSlides(slides));
    }

    /** Programmes A and B. */
    record Pair(Programme a, Programme b) {

        Programme named(String letter) {
            return letter.equals("A") ? a : b;
        }

        /** "A", "B", or null when {@code programme} is neither. */
        String letterOf(Programme programme) {
            return programme.equals(a) ? "A" : programme.equals(b) ? "B" : null;
        }
    }
}
