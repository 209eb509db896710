package org.podium.export.pptx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.podium.media.FileMediaStore;
import org.podium.media.TestImages;
import org.podium.model.Language;
import org.podium.model.MediaRef;
import org.podium.model.Person;
import org.podium.model.Photo;
import org.podium.model.PhotoGrid;
import org.podium.model.Programme;
import org.podium.model.Quote;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.SegmentKind;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.model.SlideFormat;
import org.podium.model.SlideId;
import org.podium.model.TitleCard;

/** Small programmes with real photo files, built in the test. */
final class ExportProgrammes {

    static final String TITLE = "建鄴區區級機關「兩優一先」先進事跡分享會";

    private ExportProgrammes() {
    }

    /** A photo file written to {@code dir} and imported into {@code store}. */
    static MediaRef photo(FileMediaStore store, Path dir, String name, byte[] bytes) throws IOException {
        return store.importFile(Files.write(dir.resolve(name), bytes));
    }

    static MediaRef jpeg(FileMediaStore store, Path dir, String name, int widthPx, int heightPx, int seed)
            throws IOException {
        return photo(store, dir, name, TestImages.jpeg(widthPx, heightPx, seed));
    }

    static Segment segment(String id, SegmentKind kind, String title, List<Person> people, int minutes,
                           Slide... slides) {
        return new Segment(new SegmentId(id), kind, title, people, Duration.ofMinutes(minutes), "", List.of(slides));
    }

    static Slide slide(String id, org.podium.model.SlideContent content) {
        return new Slide(new SlideId(id), content, "", null);
    }

    static Programme programme(Language language, List<Segment> segments) {
        return new Programme(TITLE, "賡續初心使命", LocalDate.of(2021, 6, 23), "南京市建鄴區", "建鄴區委區級機關工委",
                LocalTime.of(14, 30), language, Programme.DEFAULT_THEME, SlideFormat.WIDE_16_9, segments);
    }

    /**
     * Five slides in two segments showing three photos: {@code a} on slides 2 and 3 and in the
     * grid on slide 4, {@code b} first on slide 4, {@code c} first on slide 5.
     */
    static Programme threePhotos(MediaRef a, MediaRef b, MediaRef c) {
        return programme(Language.ZH_HANT, List.of(
                segment("s-open", SegmentKind.OPENING, "開場", List.of(), 5,
                        slide("t-title", new TitleCard(TITLE, "")),
                        slide("t-a", new SinglePhoto(Photo.of(a).withCaption("黨員代表合唱"))),
                        slide("t-a-again", new SinglePhoto(Photo.of(a)))),
                segment("s-montage", SegmentKind.PHOTO_MONTAGE, "活動剪影", List.of(), 5,
                        slide("t-grid", new PhotoGrid(List.of(Photo.of(a), Photo.of(b)), "分享會現場", "")),
                        slide("t-c", new SinglePhoto(Photo.of(c))),
                        slide("t-quote", new Quote("擔當，是此次分享會的主題。", new Person("陳懷健", ""))))));
    }
}
