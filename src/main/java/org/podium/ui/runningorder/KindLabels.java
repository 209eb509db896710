package org.podium.ui.runningorder;

import java.util.Locale;
import org.podium.model.SegmentKind;
import org.podium.model.SlideKind;
import org.podium.model.PhotoFit;
import org.podium.ui.common.Messages;

/** Bundle keys and localised names of segment kinds, slide kinds and photo fits. */
public final class KindLabels {

    static final String SEGMENT_KIND_PREFIX = "runningorder.segment.kind.";
    static final String SLIDE_KIND_PREFIX = "runningorder.slide.kind.";
    static final String PHOTO_FIT_PREFIX = "details.photo.fit.";

    private KindLabels() {
    }

    public static String segmentKey(SegmentKind kind) {
        return SEGMENT_KIND_PREFIX + camel(kind.name());
    }

    public static String slideKey(SlideKind kind) {
        return SLIDE_KIND_PREFIX + camel(kind.name());
    }

    public static String fitKey(PhotoFit fit) {
        return PHOTO_FIT_PREFIX + camel(fit.name());
    }

    public static String segment(Messages messages, SegmentKind kind) {
        return messages.get(segmentKey(kind));
    }

    public static String slide(Messages messages, SlideKind kind) {
        return messages.get(slideKey(kind));
    }

    /** PHOTO_MONTAGE → photoMontage. */
    private static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
