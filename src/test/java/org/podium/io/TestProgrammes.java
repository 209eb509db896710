package org.podium.io;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
import org.podium.model.SlideFormat;
import org.podium.model.SlideId;
import org.podium.model.Speaker;
import org.podium.model.SpeakerCard;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;

/** Programmes for the io tests, after the Jianye District sharing session. */
final class TestProgrammes {

    private TestProgrammes() {
    }

    /**
     * Every slide kind and every field set to something other than its default, with three
     * photos: {@code chorus} (used twice), {@code portrait} and {@code logo}.
     */
    static Programme everyKind(MediaRef chorus, MediaRef portrait, MediaRef logo) {
        Segment opening = new Segment(new SegmentId("s-opening"), SegmentKind.OPENING, "合唱《唱支山歌給黨聽》",
                List.of(new Person("機關合唱團", "")), Duration.ofMinutes(4), "燈光先暗，\n合唱團就位後再亮。",
                List.of(
                        new Slide(new SlideId("title"), new TitleCard("建鄴區區級機關「兩優一先」先進事跡分享會",
                                "2021年6月23日 · 建鄴區"), "開場前循環播放", Duration.ofSeconds(8)),
                        new Slide(new SlideId("section-1"), new SectionHeading("新老對話 賡續“初心”信仰", "第一篇章"),
                                "", null)));
        Segment address = new Segment(new SegmentId("s-address"), SegmentKind.DIALOGUE, "新老黨員對話",
                List.of(new Person("陳懷健", "建鄴區委區級機關工委書記"), new Person("王敏", "新黨員")),
                Duration.parse("PT12M30S"), "",
                List.of(
                        new Slide(new SlideId("speakers"), new SpeakerCard(List.of(
                                new Speaker(new Person("陳懷健", "建鄴區委區級機關工委書記"), portrait),
                                new Speaker(new Person("王敏", "新黨員"), null))), "兩人同時上台", null),
                        new Slide(new SlideId("quote"), new Quote("不忘初心，方得始終",
                                new Person("陳懷健", "工委書記")), "", null)));
        Photo wide = new Photo(chorus, "合唱團演唱", "建鄴區委區級機關工委供圖", PhotoFit.FIT,
                new FocalPoint(0.25, 0.75), new Crop(0.1, 0.05, 0.125, 0));
        Segment montage = new Segment(new SegmentId("s-montage"), SegmentKind.PHOTO_MONTAGE, "成果展示", List.of(),
                null, "",
                List.of(
                        new Slide(new SlideId("photo"), new SinglePhoto(wide), "", Duration.ofSeconds(5)),
                        new Slide(new SlideId("grid"), new PhotoGrid(List.of(Photo.of(chorus).withCaption("第一排"),
                                Photo.of(portrait), wide), "活動剪影", "區委宣傳部供圖"), "", null)));
        Segment award = new Segment(new SegmentId("s-award"), SegmentKind.AWARD, "頒授獎盃", List.of(),
                Duration.ofMinutes(10), "",
                List.of(new Slide(new SlideId("roll"), new HonourRoll("「微星光」黨員", List.of(
                        new Person("李明", "區財政局"), Person.named("張芳"), new Person("Anne O'Neil", "Guest"))),
                        "逐一唸名", null)));
        Segment closing = new Segment(new SegmentId("s-closing"), SegmentKind.CLOSING, "結語", List.of(),
                Duration.ofMinutes(3), "",
                List.of(
                        new Slide(new SlideId("text"), new TextPoints("三點體會", List.of("學黨史", "悟思想", "辦實事")),
                                "", null),
                        new Slide(new SlideId("logo"), new BlankCard(logo, "謝謝各位"), "", null),
                        new Slide(new SlideId("blank"), BlankCard.empty(), "", null)));
        return new Programme("建鄴區區級機關「兩優一先」先進事跡分享會", "慶祝中國共產黨成立100周年",
                LocalDate.of(2021, 6, 23), "建鄴區政府禮堂", "建鄴區委區級機關工委", LocalTime.of(14, 30),
                Language.ZH_HANT, "crimson-gold", SlideFormat.WIDE_16_9,
                List.of(opening, address, montage, award, closing));
    }

    /** A media reference with a made-up hash, for tests that write no bytes. */
    static MediaRef fakeRef(char hexDigit, String name, String mediaType, int widthPx, int heightPx, int orientation) {
        return new MediaRef(String.valueOf(hexDigit).repeat(64), name, mediaType, widthPx, heightPx, orientation);
    }

    static Programme everyKindWithFakeMedia() {
        return everyKind(fakeRef('a', "合唱.jpg", "image/jpeg", 4000, 3000, 6),
                fakeRef('b', "portrait.png", "image/png", 600, 800, 1),
                fakeRef('c', "logo.gif", "image/gif", 256, 256, 1));
    }
}
