package org.podium.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.podium.media.MediaStore;
import org.podium.model.BlankCard;
import org.podium.model.Crop;
import org.podium.model.FocalPoint;
import org.podium.model.HonourRoll;
import org.podium.model.Language;
import org.podium.model.MediaRef;
import org.podium.model.Person;
import org.podium.model.Photo;
import org.podium.model.PhotoFit;
import org.podium.model.PhotoGrid;
import org.podium.model.Programme;
import org.podium.model.Quote;
import org.podium.model.SectionHeading;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.SegmentKind;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.model.SlideContent;
import org.podium.model.SlideFormat;
import org.podium.model.SlideId;
import org.podium.model.SlideKind;
import org.podium.model.Speaker;
import org.podium.model.SpeakerCard;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;

/**
 * Builds large, realistic programmes for tests and benchmarks from a seed: the same {@link Spec}
 * gives an equal programme. Every slide kind appears once there are at least nine slides; every
 * requested photo is used at least once, and some are reused (as a real programme does).
 *
 * <p>{@link #generate} makes up the photos' hashes and writes nothing; {@link #generateWithPhotos}
 * writes camera-size JPEGs and uses their real hashes, for building a real {@code .podium}.
 */
public final class ProgrammeGenerator {

    /**
     * What to generate.
     *
     * @param seed            fixes every choice
     * @param segmentCount    segments, at least 1
     * @param slideCount      slides over all segments, at least 1
     * @param photoCount      distinct photos, 0 or more
     * @param honourRollNames names on the longest honour roll, at least 1
     */
    public record Spec(long seed, int segmentCount, int slideCount, int photoCount, int honourRollNames) {

        public Spec {
            if (segmentCount < 1 || slideCount < 1 || photoCount < 0 || honourRollNames < 1) {
                throw new IllegalArgumentException("need ≥ 1 segment, ≥ 1 slide, ≥ 0 photos and ≥ 1 honour-roll name, not "
                        + segmentCount + ", " + slideCount + ", " + photoCount + ", " + honourRollNames);
            }
        }

        /** The benchmark's size: 300 slides, 150 photos, honour rolls of up to 200 names. */
        public static Spec benchmark(long seed) {
            return new Spec(seed, 24, 300, 150, 200);
        }
    }

    /**
     * A generated programme whose photos exist as files.
     *
     * @param files sha256 → JPEG file, one per distinct photo, in first-use order
     */
    public record WithPhotos(Programme programme, Map<String, Path> files) {

        public WithPhotos {
            files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        }

        /** The photo files as the store a programme file writer takes. */
        public MediaStore mediaStore() {
            return new MediaStore() {
                @Override
                public boolean contains(MediaRef ref) {
                    return files.containsKey(ref.sha256());
                }

                @Override
                public InputStream open(MediaRef ref) throws IOException {
                    Path file = files.get(ref.sha256());
                    if (file == null) {
                        throw new IOException("no generated photo " + ref.originalName() + " (" + ref.sha256() + ")");
                    }
                    return Files.newInputStream(file);
                }
            };
        }
    }

    /** Weights of the slide kinds after the title and one of each kind; photos dominate, as at real events. */
    private static final SlideKind[] WEIGHTED_KINDS = weightedKinds();
    private static final String[] CREDITS = {"建鄴區委區級機關工委供圖", "Photo: Podium test", ""};

    private ProgrammeGenerator() {
    }

    /** A programme with made-up photo hashes; no file is written. */
    public static Programme generate(Spec spec) {
        List<MediaRef> photos = new ArrayList<>(spec.photoCount());
        for (GeneratedPhotos.PhotoSpec photo : GeneratedPhotos.specs(spec.seed(), spec.photoCount())) {
            photos.add(GeneratedPhotos.madeUpRef(spec.seed(), photo));
        }
        return build(spec, photos);
    }

    /**
     * The same programme as {@link #generate} except that its photos are real JPEGs written into
     * {@code directory} as {@code <sha256>.jpg}, and the hashes are theirs. A 4000 × 3000 photo
     * takes roughly a tenth of a second.
     */
    public static WithPhotos generateWithPhotos(Spec spec, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<MediaRef> photos = new ArrayList<>(spec.photoCount());
        Map<String, Path> files = new LinkedHashMap<>();
        for (GeneratedPhotos.PhotoSpec photo : GeneratedPhotos.specs(spec.seed(), spec.photoCount())) {
            MediaRef ref = GeneratedPhotos.write(photo, directory);
            photos.add(ref);
            files.put(ref.sha256(), directory.resolve(ref.fileName()));
        }
        return new WithPhotos(build(spec, photos), files);
    }

    private static Programme build(Spec spec, List<MediaRef> photos) {
        Random random = new Random(spec.seed());
        GeneratedText text = new GeneratedText(random);
        List<SlideKind> kinds = slideKinds(spec.slideCount(), !photos.isEmpty(), random);
        List<Integer> gridSizes = gridSizes(kinds, photos.size(), random);
        String title = "生成的節目 Generated programme " + spec.seed();

        PhotoPicker picker = new PhotoPicker(photos, random);
        List<Slide> slides = new ArrayList<>(kinds.size());
        int grid = 0;
        boolean longestRollMade = false;
        for (int i = 0; i < kinds.size(); i++) {
            SlideKind kind = kinds.get(i);
            SlideContent content;
            switch (kind) {
                case TITLE -> content = new TitleCard(title, text.heading());
                case SECTION -> content = new SectionHeading(text.heading(), random.nextBoolean() ? text.sentence() : "");
                case SPEAKER -> content = speakerCard(text, picker, random);
                case QUOTE -> content = new Quote(text.quote(), random.nextInt(5) == 0 ? Person.named("") : text.person());
                case PHOTO -> content = new SinglePhoto(photo(picker.next(), text, random));
                case PHOTO_GRID -> {
                    List<Photo> gridPhotos = new ArrayList<>();
                    for (int p = 0; p < gridSizes.get(grid); p++) {
                        gridPhotos.add(photo(picker.next(), text, random));
                    }
                    grid++;
                    content = new PhotoGrid(gridPhotos, text.sentence(), CREDITS[random.nextInt(CREDITS.length)]);
                }
                case HONOUR_ROLL -> {
                    int count = longestRollMade ? 1 + random.nextInt(spec.honourRollNames()) : spec.honourRollNames();
                    longestRollMade = true;
                    List<Person> names = new ArrayList<>(count);
                    for (int n = 0; n < count; n++) {
                        names.add(text.person());
                    }
                    content = new HonourRoll(text.heading(), names);
                }
                case TEXT -> {
                    List<String> points = new ArrayList<>();
                    int count = 1 + random.nextInt(6);
                    for (int p = 0; p < count; p++) {
                        points.add(text.sentence());
                    }
                    content = new TextPoints(text.heading(), points);
                }
                case BLANK -> content = new BlankCard(null, random.nextBoolean() ? text.heading() : "");
                default -> throw new IllegalStateException("no generator for slide kind " + kind);
            }
            boolean photoKind = kind == SlideKind.PHOTO || kind == SlideKind.PHOTO_GRID;
            Duration autoAdvance = photoKind && random.nextInt(5) == 0 ? Duration.ofSeconds(5 + random.nextInt(8)) : null;
            slides.add(new Slide(new SlideId(String.format("slide-%04d", i + 1)), content, text.notes(), autoAdvance));
        }

        List<Segment> segments = segments(spec.segmentCount(), slides, text, random);
        LocalDate date = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(365));
        LocalTime start = LocalTime.of(9 + random.nextInt(7), random.nextBoolean() ? 0 : 30);
        return new Programme(title, text.heading(), date, "南京市建鄴區", "Podium test organiser", start,
                Language.ZH_HANT, Programme.DEFAULT_THEME, SlideFormat.WIDE_16_9, segments);
    }

    /** A title first, then one of every other kind, then weighted draws; all but the title shuffled. */
    private static List<SlideKind> slideKinds(int count, boolean havePhotos, Random random) {
        List<SlideKind> rest = new ArrayList<>();
        for (SlideKind kind : SlideKind.values()) {
            if (kind != SlideKind.TITLE && rest.size() < count - 1) {
                rest.add(kind);
            }
        }
        while (rest.size() < count - 1) {
            rest.add(WEIGHTED_KINDS[random.nextInt(WEIGHTED_KINDS.length)]);
        }
        Collections.shuffle(rest, random);
        if (!havePhotos) {
            rest.replaceAll(k -> k == SlideKind.PHOTO || k == SlideKind.PHOTO_GRID ? SlideKind.TEXT : k);
        }
        List<SlideKind> kinds = new ArrayList<>(count);
        kinds.add(SlideKind.TITLE);
        kinds.addAll(rest);
        return kinds;
    }

    /**
     * Photos per grid, 2–4 each, enough that every one of {@code photoCount} photos gets a place:
     * grids grow to 4, then text-like slides become grids, from the end.
     */
    private static List<Integer> gridSizes(List<SlideKind> kinds, int photoCount, Random random) {
        List<Integer> sizes = new ArrayList<>();
        int capacity = 0;
        for (SlideKind kind : kinds) {
            if (kind == SlideKind.PHOTO) {
                capacity++;
            } else if (kind == SlideKind.PHOTO_GRID) {
                int size = PhotoGrid.MIN_PHOTOS + random.nextInt(PhotoGrid.MAX_PHOTOS - PhotoGrid.MIN_PHOTOS + 1);
                sizes.add(size);
                capacity += size;
            }
        }
        for (int g = 0; g < sizes.size() && capacity < photoCount; g++) {
            capacity += PhotoGrid.MAX_PHOTOS - sizes.get(g);
            sizes.set(g, PhotoGrid.MAX_PHOTOS);
        }
        for (int i = kinds.size() - 1; i > 0 && capacity < photoCount; i--) {
            SlideKind kind = kinds.get(i);
            if (kind == SlideKind.TEXT || kind == SlideKind.QUOTE || kind == SlideKind.BLANK || kind == SlideKind.SECTION) {
                kinds.set(i, SlideKind.PHOTO_GRID);
                int before = (int) kinds.subList(0, i).stream().filter(k -> k == SlideKind.PHOTO_GRID).count();
                sizes.add(before, PhotoGrid.MAX_PHOTOS);
                capacity += PhotoGrid.MAX_PHOTOS;
            }
        }
        if (capacity < photoCount) {
            throw new IllegalArgumentException(photoCount + " photos do not fit on " + kinds.size() + " slides");
        }
        return sizes;
    }

    private static SpeakerCard speakerCard(GeneratedText text, PhotoPicker picker, Random random) {
        List<Speaker> speakers = new ArrayList<>();
        int count = random.nextInt(3) == 0 ? 2 : 1;
        for (int i = 0; i < count; i++) {
            MediaRef portrait = random.nextInt(10) < 3 ? picker.reuse() : null;
            speakers.add(new Speaker(text.person(), portrait));
        }
        return new SpeakerCard(speakers);
    }

    private static Photo photo(MediaRef media, GeneratedText text, Random random) {
        String caption = random.nextInt(5) == 0 ? "" : text.sentence();
        PhotoFit fit = random.nextInt(5) == 0 ? PhotoFit.FIT : PhotoFit.FILL;
        FocalPoint focal = new FocalPoint(0.2 + random.nextDouble() * 0.6, 0.2 + random.nextDouble() * 0.6);
        Crop crop = random.nextInt(5) == 0 ? new Crop(0.05, 0, 0.05, 0.1) : Crop.NONE;
        return new Photo(media, caption, CREDITS[random.nextInt(CREDITS.length)], fit, focal, crop);
    }

    /** Splits the slides over the segments: one each while they last, the rest at random. */
    private static List<Segment> segments(int count, List<Slide> slides, GeneratedText text, Random random) {
        int[] sizes = new int[count];
        int assigned = 0;
        for (int s = 0; s < count && assigned < slides.size(); s++, assigned++) {
            sizes[s] = 1;
        }
        for (; assigned < slides.size(); assigned++) {
            sizes[random.nextInt(count)]++;
        }
        SegmentKind[] middle = {SegmentKind.ADDRESS, SegmentKind.DIALOGUE, SegmentKind.AWARD, SegmentKind.PERFORMANCE,
                SegmentKind.TESTIMONY, SegmentKind.PHOTO_MONTAGE, SegmentKind.INTERLUDE, SegmentKind.OTHER};
        List<Segment> segments = new ArrayList<>(count);
        int from = 0;
        for (int s = 0; s < count; s++) {
            SegmentKind kind = s == 0 ? SegmentKind.OPENING
                    : s == count - 1 ? SegmentKind.CLOSING : middle[random.nextInt(middle.length)];
            List<Person> people = new ArrayList<>();
            int peopleCount = random.nextInt(3);
            for (int p = 0; p < peopleCount; p++) {
                people.add(text.person());
            }
            segments.add(new Segment(new SegmentId(String.format("seg-%03d", s + 1)), kind, text.heading(), people,
                    Duration.ofMinutes(2 + random.nextInt(14)), text.notes(), slides.subList(from, from + sizes[s])));
            from += sizes[s];
        }
        return segments;
    }

    private static SlideKind[] weightedKinds() {
        List<SlideKind> kinds = new ArrayList<>();
        add(kinds, SlideKind.SECTION, 2);
        add(kinds, SlideKind.SPEAKER, 4);
        add(kinds, SlideKind.QUOTE, 4);
        add(kinds, SlideKind.PHOTO, 8);
        add(kinds, SlideKind.PHOTO_GRID, 4);
        add(kinds, SlideKind.HONOUR_ROLL, 1);
        add(kinds, SlideKind.TEXT, 6);
        add(kinds, SlideKind.BLANK, 1);
        return kinds.toArray(new SlideKind[0]);
    }

    private static void add(List<SlideKind> kinds, SlideKind kind, int weight) {
        for (int i = 0; i < weight; i++) {
            kinds.add(kind);
        }
    }

    /** Hands out every photo once in order, then reuses photos at random. */
    private static final class PhotoPicker {
        private final List<MediaRef> photos;
        private final Random random;
        private int nextNew;

        PhotoPicker(List<MediaRef> photos, Random random) {
            this.photos = photos;
            this.random = random;
        }

        MediaRef next() {
            return nextNew < photos.size() ? photos.get(nextNew++) : photos.get(random.nextInt(photos.size()));
        }

        /** A photo already handed out, or {@code null} when none has been yet. */
        MediaRef reuse() {
            return nextNew == 0 ? null : photos.get(random.nextInt(nextNew));
        }
    }
}
