package org.podium.layout;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
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
import org.podium.model.SegmentKind;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.model.SlideContent;
import org.podium.model.SlideFormat;
import org.podium.model.Speaker;
import org.podium.model.SpeakerCard;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;

/** Slides and programmes modelled on the Jianye District sharing session. */
final class Samples {

    static final String TITLE = "建鄴區區級機關「兩優一先」先進事跡分享會";

    static final MediaRef LANDSCAPE = media('a', 4000, 3000, 1);
    static final MediaRef PORTRAIT = media('b', 3000, 4000, 1);
    /** Stored 4000 × 3000 but EXIF-rotated a quarter: shown as 3000 × 4000 portrait. */
    static final MediaRef ROTATED = media('c', 4000, 3000, 6);
    static final MediaRef WIDE = media('d', 1920, 1080, 1);
    static final MediaRef HEADSHOT = media('e', 800, 1000, 1);
    static final MediaRef LOGO = media('f', 600, 600, 1);

    private Samples() {
    }

    static MediaRef media(char hex, int width, int height, int orientation) {
        return new MediaRef(String.valueOf(hex).repeat(64), hex + ".jpg", "image/jpeg", width, height, orientation);
    }

    static Programme programme(SlideFormat format, Language language, String theme, List<SlideContent> contents) {
        List<Slide> slides = contents.stream().map(Slide::of).toList();
        Segment segment = new Segment(org.podium.model.SegmentId.random(), SegmentKind.TESTIMONY, "先進事跡分享",
                List.of(), Duration.ofMinutes(5), "", slides);
        return new Programme(TITLE, "", LocalDate.of(2021, 6, 23), "建鄴區行政中心禮堂", "中共南京市建鄴區委區級機關工委",
                LocalTime.of(14, 30), language, theme, format, List.of(segment));
    }

    static List<Person> names(int count, boolean roles) {
        String surnames = "陳朱周楊馬王李張劉黃吳趙孫胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董袁潘于蔣蔡余杜葉程蘇魏呂丁任沈姚盧姜崔鍾譚陸汪范金石廖賈夏韋付方白鄒孟熊秦邱江尹薛閻段雷侯龍史陶黎賀顧毛郝龔邵萬錢嚴覃武戴莫孔向湯";
        String given = "懷健長祿明輝贊元玉寧德華志強建國秀英麗娟海燕文傑偉東春梅曉紅";
        String[] units = {"建鄴區發改委", "區稅務局", "區編辦", "區財政局", "區委組織部", "區教育局四級調研員"};
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = surnames.charAt(i % surnames.length()) + "" + given.charAt((i * 7) % given.length())
                    + (i % 3 == 0 ? "" : String.valueOf(given.charAt((i * 3 + 1) % given.length())));
            people.add(new Person(name, roles ? units[i % units.length] : ""));
        }
        return people;
    }

    /** One slide of every kind, with realistic Chinese text; photos in several shapes. */
    static List<SlideContent> everyKind() {
        return List.of(
                new TitleCard("", "黨史學習教育 · 「微星光」黨員表彰"),
                new SectionHeading("新老對話 賡續“初心”信仰", "區原區長朱長祿與區編辦預備黨員周明輝"),
                new SpeakerCard(List.of(new Speaker(new Person("陳懷健", "建鄴區委區級機關工委書記"), HEADSHOT))),
                new SpeakerCard(List.of(Speaker.of(new Person("楊贊元", "建鄴區發改委四級調研員")))),
                new SpeakerCard(List.of(new Speaker(new Person("朱長祿", "建鄴區原區長"), HEADSHOT),
                        new Speaker(new Person("周明輝", "區編辦預備黨員"), PORTRAIT))),
                new SpeakerCard(List.of(new Speaker(new Person("朱長祿", "建鄴區原區長"), HEADSHOT),
                        Speaker.of(new Person("周明輝", "區編辦預備黨員")))),
                new SpeakerCard(List.of(Speaker.of(new Person("朱長祿", "建鄴區原區長")),
                        Speaker.of(new Person("周明輝", "區編辦預備黨員")))),
                new Quote("我是在黨的教育培養下成長起來的。作為一名黨員、一名黨培養的干部，我的「初心」就是讓人民過上好日子，為人民創造更美好的生活。",
                        new Person("朱長祿", "建鄴區原區長")),
                new Quote("擔當，是此次分享會的主題。", new Person("陳懷健", "")),
                new SinglePhoto(new Photo(LANDSCAPE, "黨員代表合唱「沒有共產黨就沒有新中國」", "建鄴區委區級機關工委供圖",
                        PhotoFit.FILL, new FocalPoint(0.3, 0.4), Crop.NONE)),
                new SinglePhoto(new Photo(LANDSCAPE, "「光榮在黨50年」老黨員代表獲頒紀念章", "建鄴區委區級機關工委供圖",
                        PhotoFit.FIT, FocalPoint.CENTRE, new Crop(0.05, 0, 0.05, 0.1))),
                new SinglePhoto(new Photo(ROTATED, "建鄴區級機關新老兩代黨員對話，賡續「初心」", "建鄴區委區級機關工委供圖",
                        PhotoFit.FILL, FocalPoint.CENTRE, Crop.NONE)),
                new SinglePhoto(new Photo(PORTRAIT, "", "", PhotoFit.FIT, FocalPoint.CENTRE, Crop.NONE)),
                new SinglePhoto(Photo.of(WIDE)),
                new PhotoGrid(List.of(Photo.of(LANDSCAPE), Photo.of(PORTRAIT)), "分享會現場", "建鄴區委區級機關工委供圖"),
                new PhotoGrid(List.of(Photo.of(LANDSCAPE), Photo.of(WIDE), Photo.of(ROTATED)), "", ""),
                new PhotoGrid(List.of(Photo.of(LANDSCAPE), Photo.of(WIDE), Photo.of(LANDSCAPE), Photo.of(PORTRAIT)),
                        "「光榮在黨50年」黨員代表為「微星光」黨員頒發獎杯", "建鄴區委區級機關工委供圖"),
                new HonourRoll("「微星光」黨員", names(25, false)),
                new HonourRoll("「微星光」黨組織", names(12, true)),
                new TextPoints("學史增信 爭當時代先鋒", List.of("最新講話跟進學、重要節點專題學、旁聽巡學交流學",
                        "開展區級機關「授課、晒課、評課」活動", "組織「精品黨課」和「微黨課」評選",
                        "機關黨組織書記帶頭講、理論骨干深入講、普通黨員上台講")),
                new BlankCard(LOGO, "分享會即將開始"),
                new BlankCard(null, ""));
    }
}
