package org.podium.ui.runningorder;

import java.util.List;
import java.util.Optional;
import org.podium.model.BlankCard;
import org.podium.model.HonourRoll;
import org.podium.model.Person;
import org.podium.model.Programme;
import org.podium.model.Quote;
import org.podium.model.SectionHeading;
import org.podium.model.SlideContent;
import org.podium.model.SlideKind;
import org.podium.model.Speaker;
import org.podium.model.SpeakerCard;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;

/** What a slide added from the menu starts with, before the person fills it in. */
public final class NewSlides {

    private NewSlides() {
    }

    /** Slide kinds that need photos first; they are added by importing photos. */
    public static boolean needsPhotos(SlideKind kind) {
        return kind == SlideKind.PHOTO || kind == SlideKind.PHOTO_GRID;
    }

    /** The starting content, or empty for the kinds that {@link #needsPhotos need photos}. */
    public static Optional<SlideContent> content(SlideKind kind, Programme programme) {
        switch (kind) {
            case TITLE:
                return Optional.of(new TitleCard(programme.title(), programme.subtitle()));
            case SECTION:
                return Optional.of(new SectionHeading("", ""));
            case SPEAKER:
                return Optional.of(new SpeakerCard(List.of(Speaker.of(Person.named("")))));
            case QUOTE:
                return Optional.of(new Quote("", Person.named("")));
            case HONOUR_ROLL:
                return Optional.of(new HonourRoll("", List.of()));
            case TEXT:
                return Optional.of(new TextPoints("", List.of()));
            case BLANK:
                return Optional.of(BlankCard.empty());
            default:
                return Optional.empty();
        }
    }
}
