package org.podium.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.podium.io.PodiumFile;
import org.podium.media.FileMediaStore;
import org.podium.media.TestImages;
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
import org.podium.model.Speaker;
import org.podium.model.SpeakerCard;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;

/**
 * The valid {@code .podium} file every fuzz input starts from: every slide kind, and three real
 * photos (a JPEG with EXIF orientation 6, a PNG portrait, a GIF logo) written by {@link PodiumFile#write}.
 */
final class SeedPodium {

    private SeedPodium() {
    }

    /** The bytes of the seed file, written through a scratch folder that is deleted afterwards. */
    static byte[] bytes() throws IOException {
        Path dir = Files.createTempDirectory("podium-seed");
        try {
            FileMediaStore store = new FileMediaStore();
            MediaRef chorus = store.importFile(Files.write(dir.resolve("合唱.jpg"),
                    TestImages.withExifOrientation(TestImages.jpeg(96, 64, 3), 6)));
            MediaRef portrait = store.importFile(Files.write(dir.resolve("portrait.png"), TestImages.png(30, 40, 5)));
            MediaRef logo = store.importFile(Files.write(dir.resolve("logo.gif"), TestImages.image("gif", 32, 32, 7)));
            Path file = dir.resolve("seed.podium");
            PodiumFile.write(file, programme(chorus, portrait, logo), store);
            return Files.readAllBytes(file);
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static Programme programme(MediaRef chorus, MediaRef portrait, MediaRef logo) {
        Person chen = new Person("陳懷健", "建鄴區委區級機關工委書記");
        Photo wide = new Photo(chorus, "合唱團演唱", "建鄴區委區級機關工委供圖", PhotoFit.FIT,
                new FocalPoint(0.25, 0.75), new Crop(0.1, 0.05, 0.125, 0));
        List<Segment> segments = List.of(
                segment("s-opening", SegmentKind.OPENING, "合唱", 4,
                        slide("title", new TitleCard("「兩優一先」先進事跡分享會", "2021年6月23日")),
                        slide("section", new SectionHeading("新老對話 賡續“初心”信仰", "第一篇章"))),
                segment("s-address", SegmentKind.ADDRESS, "致辭", 8,
                        slide("speaker", new SpeakerCard(List.of(new Speaker(chen, portrait),
                                Speaker.of(new Person("王敏", "新黨員"))))),
                        slide("quote", new Quote("不忘初心，方得始終", chen))),
                segment("s-montage", SegmentKind.PHOTO_MONTAGE, "成果展示", 6,
                        new Slide(new SlideId("photo"), new SinglePhoto(wide), "", Duration.ofSeconds(5)),
                        slide("grid", new PhotoGrid(List.of(Photo.of(chorus).withCaption("第一排"), Photo.of(portrait),
                                wide), "活動剪影", "區委宣傳部供圖"))),
                segment("s-closing", SegmentKind.CLOSING, "結語", 3,
                        slide("roll", new HonourRoll("「微星光」黨員", List.of(new Person("李明", "區財政局"),
                                Person.named("張芳")))),
                        slide("text", new TextPoints("三點體會", List.of("學黨史", "悟思想", "辦實事"))),
                        slide("logo", new BlankCard(logo, "謝謝各位"))));
        return new Programme("建鄴區區級機關「兩優一先」先進事跡分享會", "慶祝建黨100周年", LocalDate.of(2021, 6, 23),
                "建鄴區政府禮堂", "建鄴區委區級機關工委", LocalTime.of(14, 30), Language.ZH_HANT, Programme.DEFAULT_THEME,
                SlideFormat.WIDE_16_9, segments);
    }

    private static Segment segment(String id, SegmentKind kind, String title, int minutes, Slide... slides) {
        return new Segment(new SegmentId(id), kind, title, List.of(), Duration.ofMinutes(minutes), "", List.of(slides));
    }

    private static Slide slide(String id, SlideContent content) {
        return new Slide(new SlideId(id), content, "", null);
    }
}
