package org.podium.ui.runningorder;

import java.util.stream.Collectors;
import org.podium.model.BlankCard;
import org.podium.model.HonourRoll;
import org.podium.model.Person;
import org.podium.model.PhotoGrid;
import org.podium.model.Quote;
import org.podium.model.SectionHeading;
import org.podium.model.SinglePhoto;
import org.podium.model.SlideContent;
import org.podium.model.SpeakerCard;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;
import org.podium.ui.common.Messages;

/** One short line that tells a slide from its neighbours in the running order. */
public final class SlideSummary implements SlideContent.Visitor<String> {

    /** Longer summaries are cut and end with "…"; counted in chars, which for CJK is characters. */
    static final int MAX_CHARS = 48;

    private final Messages messages;

    SlideSummary(Messages messages) {
        this.messages = messages;
    }

    /** The summary of a slide, at most {@link #MAX_CHARS} characters; also the presenter's running-order label. */
    public static String of(SlideContent content, Messages messages) {
        return shorten(content.accept(new SlideSummary(messages)));
    }

    static String shorten(String text) {
        String line = text.strip().replaceAll("\\s*\\n\\s*", " ");
        return line.length() <= MAX_CHARS ? line : line.substring(0, MAX_CHARS - 1).stripTrailing() + "…";
    }

    @Override
    public String title(TitleCard title) {
        return first(title.title(), title.subtitle());
    }

    @Override
    public String section(SectionHeading section) {
        return first(section.heading(), section.subheading());
    }

    @Override
    public String speaker(SpeakerCard speaker) {
        return speaker.speakers().stream().map(s -> person(s.person())).collect(Collectors.joining(" / "));
    }

    @Override
    public String quote(Quote quote) {
        String who = quote.attribution().name();
        return who.isBlank() ? quote.text() : messages.get("runningorder.summary.quote", quote.text(), who);
    }

    @Override
    public String photo(SinglePhoto photo) {
        return first(photo.photo().caption(), photo.photo().credit(), photo.photo().media().originalName());
    }

    @Override
    public String photoGrid(PhotoGrid grid) {
        String count = messages.get("runningorder.summary.photos", grid.photos().size());
        return grid.caption().isBlank() ? count : grid.caption() + " · " + count;
    }

    @Override
    public String honourRoll(HonourRoll roll) {
        return messages.get("runningorder.summary.honourRoll", roll.heading(), roll.names().size());
    }

    @Override
    public String text(TextPoints text) {
        return first(text.heading(), text.points().isEmpty() ? "" : text.points().get(0));
    }

    @Override
    public String blank(BlankCard blank) {
        return blank.text().isBlank() ? messages.get("runningorder.summary.blank") : blank.text();
    }

    private String person(Person person) {
        return person.role().isBlank() ? person.name() : person.name() + " · " + person.role();
    }

    /** The first non-blank text, or the localised "(empty)". */
    private String first(String... texts) {
        for (String text : texts) {
            if (!text.isBlank()) {
                return text;
            }
        }
        return messages.get("runningorder.summary.empty");
    }
}
