package org.podium.reliability;

import java.util.ArrayList;
import java.util.List;
import org.podium.model.BlankCard;
import org.podium.model.HonourRoll;
import org.podium.model.Person;
import org.podium.model.Photo;
import org.podium.model.PhotoGrid;
import org.podium.model.Quote;
import org.podium.model.SectionHeading;
import org.podium.model.SinglePhoto;
import org.podium.model.SlideContent;
import org.podium.model.SpeakerCard;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;

/** Every text a slide content holds, whatever its kind. */
final class Texts implements SlideContent.Visitor<List<String>> {

    private Texts() {
    }

    static List<String> of(SlideContent content) {
        return content.accept(new Texts());
    }

    @Override
    public List<String> title(TitleCard t) {
        return List.of(t.title(), t.subtitle());
    }

    @Override
    public List<String> section(SectionHeading s) {
        return List.of(s.heading(), s.subheading());
    }

    @Override
    public List<String> speaker(SpeakerCard s) {
        return s.speakers().stream().flatMap(sp -> person(sp.person()).stream()).toList();
    }

    @Override
    public List<String> quote(Quote q) {
        List<String> texts = new ArrayList<>(person(q.attribution()));
        texts.add(q.text());
        return texts;
    }

    @Override
    public List<String> photo(SinglePhoto p) {
        return photo(p.photo());
    }

    @Override
    public List<String> photoGrid(PhotoGrid g) {
        List<String> texts = new ArrayList<>(List.of(g.caption(), g.credit()));
        g.photos().forEach(p -> texts.addAll(photo(p)));
        return texts;
    }

    @Override
    public List<String> honourRoll(HonourRoll h) {
        List<String> texts = new ArrayList<>(List.of(h.heading()));
        h.names().forEach(p -> texts.addAll(person(p)));
        return texts;
    }

    @Override
    public List<String> text(TextPoints t) {
        List<String> texts = new ArrayList<>(t.points());
        texts.add(t.heading());
        return texts;
    }

    @Override
    public List<String> blank(BlankCard b) {
        return List.of(b.text());
    }

    private static List<String> photo(Photo p) {
        return List.of(p.caption(), p.credit(), p.media().originalName());
    }

    private static List<String> person(Person p) {
        return List.of(p.name(), p.role());
    }
}
