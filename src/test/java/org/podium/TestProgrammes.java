package org.podium;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.podium.model.BlankCard;
import org.podium.model.HonourRoll;
import org.podium.model.Language;
import org.podium.model.MediaRef;
import org.podium.model.Person;
import org.podium.model.Photo;
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
import org.podium.model.SpeakerCard;
import org.podium.model.Speaker;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;

/** A small Traditional Chinese programme modelled on the Jianye sharing session, built in code. */
public final class TestProgrammes {

    public static final String TITLE = "建鄴區區級機關「兩優一先」先進事跡分享會";
    public static final String CHORUS = "黨員代表合唱《沒有共產黨就沒有新中國》";
    public static final String ADDRESS = "區級機關工委書記致辭";
    public static final String DIALOGUE = "新老對話 賡續「初心」信仰";
    public static final String AWARD = "「微星光」黨員頒獎";
    public static final String TESTIMONY = "先進事跡分享";
    public static final String MONTAGE = "活動剪影";
    public static final String CLOSING = "結束";
    public static final String QUOTE = "在平凡崗位書寫不平凡，追求卓越、勇爭一流已成為建鄴機關干部最鮮明的底色。";
    public static final String CREDIT = "建鄴區委區級機關工委供圖";
    public static final MediaRef MEDAL_PHOTO = new MediaRef("ab".repeat(32), "medal.jpg", "image/jpeg", 4000, 3000, 1);

    private TestProgrammes() {
    }

    /** Seven segments from 14:30, 65 minutes planned in all, every slide kind but the photo grid. */
    public static Programme jianye() {
        Person chen = new Person("陳懷健", "建鄴區委區級機關工委書記");
        Person zhu = new Person("朱長祿", "建鄴區原區長");
        Person zhou = new Person("周明輝", "區編辦預備黨員");
        Person yang = new Person("楊贊元", "建鄴區發改委四級調研員");
        List<Segment> segments = List.of(
                segment("s-chorus", SegmentKind.PERFORMANCE, CHORUS, 5, List.of(),
                        slide("t-title", new TitleCard(TITLE, "2021年6月23日 · 南京市建鄴區"))),
                segment("s-address", SegmentKind.ADDRESS, ADDRESS, 8, List.of(chen),
                        slide("t-chen", new SpeakerCard(List.of(Speaker.of(chen)))),
                        slide("t-chen-quote", new Quote(QUOTE, chen))),
                segment("s-dialogue", SegmentKind.DIALOGUE, DIALOGUE, 15, List.of(zhu, zhou),
                        slide("t-dialogue", new SectionHeading(DIALOGUE, "黨史學習教育「微」黨課")),
                        slide("t-pair", new SpeakerCard(List.of(Speaker.of(zhu), Speaker.of(zhou))))),
                segment("s-award", SegmentKind.AWARD, AWARD, 12, List.of(),
                        slide("t-roll", new HonourRoll("「微星光」黨員", names(25)))),
                segment("s-testimony", SegmentKind.TESTIMONY, TESTIMONY, 10, List.of(yang),
                        slide("t-yang", new Quote("我覺得入黨是一件特別有榮譽感、使命感的事。", yang)),
                        slide("t-points", new TextPoints("「星光」匯聚 展示機關擔當",
                                List.of("四年評選 25 名「微星光」黨員", "中新南京生態科技島項目落地建鄴")))),
                segment("s-montage", SegmentKind.PHOTO_MONTAGE, MONTAGE, 10, List.of(),
                        slide("t-medal", new SinglePhoto(Photo.of(MEDAL_PHOTO)
                                .withCaption("「光榮在黨50年」老黨員代表獲頒紀念章").withCredit(CREDIT)))),
                segment("s-closing", SegmentKind.CLOSING, CLOSING, 5, List.of(),
                        slide("t-end", BlankCard.empty())));
        return new Programme(TITLE, "", LocalDate.of(2021, 6, 23), "南京市建鄴區", "建鄴區委區級機關工委",
                LocalTime.of(14, 30), Language.ZH_HANT, Programme.DEFAULT_THEME, SlideFormat.WIDE_16_9, segments);
    }

    /** {@link #jianye()} with the photo slide replaced by text, so it can be saved without media. */
    public static Programme withoutPhotos() {
        Programme programme = jianye();
        return programme.withSegment(new SegmentId("s-montage"), s -> s.withSlides(List.of(
                slide("t-medal", new TextPoints("「光榮在黨50年」老黨員代表獲頒紀念章", List.of(CREDIT))))));
    }

    private static Segment segment(String id, SegmentKind kind, String title, int minutes, List<Person> people,
                                   Slide... slides) {
        return new Segment(new SegmentId(id), kind, title, people, Duration.ofMinutes(minutes), "", List.of(slides));
    }

    private static Slide slide(String id, org.podium.model.SlideContent content) {
        return new Slide(new SlideId(id), content, "", null);
    }

    private static List<Person> names(int count) {
        String[] surnames = {"王", "李", "張", "劉", "陳"};
        String[] givens = {"建國", "曉明", "文華", "志強", "麗娟"};
        List<Person> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(new Person(surnames[i % 5] + givens[i / 5 % 5], "建鄴區區級機關"));
        }
        return names;
    }
}
