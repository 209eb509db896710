package org.podium.ui.runningorder;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.podium.model.BlankCard;
import org.podium.model.HonourRoll;
import org.podium.model.MediaRef;
import org.podium.model.Person;
import org.podium.model.Photo;
import org.podium.model.PhotoGrid;
import org.podium.model.Quote;
import org.podium.model.SectionHeading;
import org.podium.model.SinglePhoto;
import org.podium.model.SlideContent;
import org.podium.model.Speaker;
import org.podium.model.SpeakerCard;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;
import org.podium.ui.common.Messages;
import org.podium.ui.runningorder.Details.Field;

/** The fields of each slide kind, labelled in the UI language. */
final class SlideFields implements SlideContent.Visitor<List<Field>> {

    private final Messages messages;
    private final List<Field> fields = new ArrayList<>();

    private SlideFields(Messages messages) {
        this.messages = messages;
    }

    static List<Field> of(SlideContent content, Messages messages) {
        return content.accept(new SlideFields(messages));
    }

    @Override
    public List<Field> title(TitleCard title) {
        return add("details.slide.title", title.title()).add("details.slide.subtitle", title.subtitle()).done();
    }

    @Override
    public List<Field> section(SectionHeading section) {
        return add("details.slide.heading", section.heading()).add("details.slide.subheading", section.subheading())
                .done();
    }

    @Override
    public List<Field> speaker(SpeakerCard card) {
        for (Speaker speaker : card.speakers()) {
            add("details.slide.speaker", person(speaker.person()));
            if (speaker.portrait() != null) {
                add("details.slide.portrait", media(speaker.portrait()));
            }
        }
        return done();
    }

    @Override
    public List<Field> quote(Quote quote) {
        return add("details.slide.quote", quote.text()).add("details.slide.attribution", person(quote.attribution()))
                .done();
    }

    @Override
    public List<Field> photo(SinglePhoto single) {
        Photo photo = single.photo();
        return add("details.slide.photo", media(photo.media())).add("details.slide.caption", photo.caption())
                .add("details.slide.credit", photo.credit())
                .add("details.slide.fit", messages.get(KindLabels.fitKey(photo.fit()))).done();
    }

    @Override
    public List<Field> photoGrid(PhotoGrid grid) {
        String photos = grid.photos().stream().map(p -> media(p.media())).collect(Collectors.joining("\n"));
        return add("details.slide.photos", photos).add("details.slide.caption", grid.caption())
                .add("details.slide.credit", grid.credit()).done();
    }

    @Override
    public List<Field> honourRoll(HonourRoll roll) {
        String names = roll.names().stream().map(this::person).collect(Collectors.joining("\n"));
        return add("details.slide.heading", roll.heading())
                .add("details.slide.nameCount", String.valueOf(roll.names().size()))
                .add("details.slide.names", names).done();
    }

    @Override
    public List<Field> text(TextPoints text) {
        String points = text.points().stream().map(p -> "• " + p).collect(Collectors.joining("\n"));
        return add("details.slide.heading", text.heading()).add("details.slide.points", points).done();
    }

    @Override
    public List<Field> blank(BlankCard blank) {
        return add("details.slide.text", blank.text())
                .add("details.slide.logo", blank.logo() == null ? "" : media(blank.logo())).done();
    }

    private SlideFields add(String labelKey, String value) {
        fields.add(new Field(messages.get(labelKey), value));
        return this;
    }

    private List<Field> done() {
        return List.copyOf(fields);
    }

    private String person(Person person) {
        if (person.name().isBlank()) {
            return "";
        }
        return person.role().isBlank() ? person.name() : messages.get("details.person", person.name(), person.role());
    }

    private String media(MediaRef media) {
        return messages.get("details.media", media.originalName(), media.displayWidthPx(), media.displayHeightPx());
    }
}
