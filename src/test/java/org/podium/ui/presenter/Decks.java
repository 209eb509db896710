package org.podium.ui.presenter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.podium.layout.FontSpec;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.layout.TextMeasurer;
import org.podium.layout.Themes;
import org.podium.model.Language;
import org.podium.model.Person;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.SegmentKind;
import org.podium.model.Slide;
import org.podium.model.SlideFormat;
import org.podium.model.SlideId;
import org.podium.model.TextPoints;

/** Programmes laid out for the presenter's tests, and a clock the tests move. */
final class Decks {

    /** Fixed advances: 1 em for CJK, half an em for the rest; no toolkit needed. */
    static final TextMeasurer MEASURER = new TextMeasurer() {
        @Override
        public double advancePt(String text, FontSpec font) {
            return text.codePoints().mapToDouble(cp -> cp >= 0x2E80 ? 1.0 : 0.5).sum() * font.sizePt();
        }
    };

    private Decks() {
    }

    static List<SlidePage> pages(Programme programme) {
        return new SlideLayoutEngine(Themes.bundled(), MEASURER, family -> true).layout(programme);
    }

    /**
     * Four segments from 14:30: an address (2 slides, 10 min), a photo montage of 3 slides that
     * auto-advance after 5 s, a testimony (2 slides, 5 min, no auto-advance) and a closing slide
     * that auto-advances but is last.
     */
    static Programme timed() {
        List<Segment> segments = List.of(
                segment("address", SegmentKind.ADDRESS, "區級機關工委書記致辭", 10, null, 2),
                segment("montage", SegmentKind.PHOTO_MONTAGE, "活動剪影", 3, Duration.ofSeconds(5), 3),
                segment("testimony", SegmentKind.TESTIMONY, "先進事跡分享", 5, null, 2),
                segment("closing", SegmentKind.CLOSING, "結束", 2, Duration.ofSeconds(5), 1));
        return new Programme("分享會", "", LocalDate.of(2021, 6, 23), "", "", LocalTime.of(14, 30),
                Language.ZH_HANT, Programme.DEFAULT_THEME, SlideFormat.WIDE_16_9, segments);
    }

    private static Segment segment(String id, SegmentKind kind, String title, int minutes, Duration advance, int slides) {
        List<Slide> list = new ArrayList<>();
        for (int i = 1; i <= slides; i++) {
            list.add(new Slide(new SlideId(id + "-" + i), new TextPoints(title + " " + i, List.of("第 " + i + " 點")),
                    id + " 備註 " + i, advance));
        }
        return new Segment(new SegmentId(id), kind, title, List.of(new Person("陳懷健", "書記")),
                Duration.ofMinutes(minutes), id + " 環節備註", list);
    }

    /** A clock standing still until a test moves it, in UTC. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(LocalDate date, LocalTime time) {
            this.now = date.atTime(time).toInstant(ZoneOffset.UTC);
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("tests use UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
