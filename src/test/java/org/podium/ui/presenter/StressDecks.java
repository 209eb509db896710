package org.podium.ui.presenter;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.podium.media.DecodedPhoto;
import org.podium.media.MediaStore;
import org.podium.media.PhotoCache;
import org.podium.model.Language;
import org.podium.model.MediaRef;
import org.podium.model.Person;
import org.podium.model.Photo;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.SegmentKind;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.model.SlideFormat;
import org.podium.model.SlideId;
import org.podium.model.TextPoints;

/** A programme with photos and auto-advancing slides for the presenter's stress tests, and fake photo plumbing. */
final class StressDecks {

    /** Auto-advance of the montage's slides. */
    static final Duration MONTAGE_ADVANCE = Duration.ofSeconds(3);
    /** Auto-advance of the speaker's last slide, which leads into the montage. */
    static final Duration LEAD_IN_ADVANCE = Duration.ofSeconds(2);

    /** Every photo is in the store; opening one gives no bytes (the fake decoder never reads). */
    static final MediaStore STORE = new MediaStore() {
        @Override
        public boolean contains(MediaRef ref) {
            return true;
        }

        @Override
        public InputStream open(MediaRef ref) {
            return new ByteArrayInputStream(new byte[0]);
        }
    };

    private StressDecks() {
    }

    static MediaRef photo(int number) {
        return new MediaRef(String.format("%064x", number + 1), "相片" + number + ".jpg", "image/jpeg", 4000, 3000, 1);
    }

    /**
     * 14 pages: an address of 3 text slides (the last auto-advances after 2 s), 5 photos of an
     * award (4 distinct photos, no auto-advance), a photo montage of 4 photos advancing every 3 s
     * and looping, and a closing slide that auto-advances but is last.
     */
    static Programme photoProgramme() {
        List<Slide> address = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            address.add(new Slide(new SlideId("a" + i), new TextPoints("致辭 " + i, List.of("第 " + i + " 點")),
                    "", i == 3 ? LEAD_IN_ADVANCE : null));
        }
        List<Slide> award = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            award.add(new Slide(new SlideId("p" + i), new SinglePhoto(Photo.of(photo(i % 4))), "", null));
        }
        List<Slide> montage = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            montage.add(new Slide(new SlideId("m" + i), new SinglePhoto(Photo.of(photo(10 + i))), "", MONTAGE_ADVANCE));
        }
        List<Slide> closing = List.of(new Slide(new SlideId("c"), new TextPoints("謝謝", List.of()), "",
                Duration.ofSeconds(5)));
        List<Segment> segments = List.of(
                new Segment(new SegmentId("address"), SegmentKind.ADDRESS, "致辭", List.of(new Person("陳懷健", "書記")),
                        Duration.ofMinutes(5), "", address),
                new Segment(new SegmentId("award"), SegmentKind.AWARD, "頒獎", List.of(), Duration.ofMinutes(5), "", award),
                new Segment(new SegmentId("montage"), SegmentKind.PHOTO_MONTAGE, "剪影", List.of(), null, "", montage),
                new Segment(new SegmentId("closing"), SegmentKind.CLOSING, "結束", List.of(), null, "", closing));
        return new Programme("表彰大會", "", LocalDate.of(2021, 6, 23), "", "", LocalTime.of(14, 30), Language.ZH_HANT,
                Programme.DEFAULT_THEME, SlideFormat.WIDE_16_9, segments);
    }

    /** A cache over a decoder that makes small blank photos at once; it counts nothing. */
    static PhotoCache smallPhotos(long budgetBytes) {
        return new PhotoCache(budgetBytes, (ref, store, request) -> {
            int w = Math.min(request.maxWidthPx(), 64);
            int h = Math.max(1, w * 3 / 4);
            return DecodedPhoto.of(w, h, new int[w * h]);
        });
    }
}
