package org.podium.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import org.podium.model.BlankCard;
import org.podium.model.HonourRoll;
import org.podium.model.MediaRef;
import org.podium.model.Person;
import org.podium.model.PhotoFit;
import org.podium.model.PhotoGrid;
import org.podium.model.Quote;
import org.podium.model.SectionHeading;
import org.podium.model.SinglePhoto;
import org.podium.model.SlideContent;
import org.podium.model.SlideId;
import org.podium.model.Speaker;
import org.podium.model.SpeakerCard;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;
import org.podium.ui.inspector.InspectorField.Choice;
import org.podium.ui.inspector.InspectorField.Kind;
import org.podium.ui.runningorder.KindLabels;

/** The fields of each slide kind. */
final class ContentFields implements SlideContent.Visitor<List<InspectorField>> {

    private final FieldFactory f;
    private final SlideId id;

    ContentFields(FieldFactory factory, SlideId id) {
        this.f = factory;
        this.id = id;
    }

    @Override
    public List<InspectorField> title(TitleCard title) {
        return List.of(
                f.content(id, TitleCard.class, "title", "details.slide.title", Kind.AREA, TitleCard::title,
                        (c, v) -> new TitleCard(v, c.subtitle())),
                f.content(id, TitleCard.class, "subtitle", "details.slide.subtitle", Kind.AREA, TitleCard::subtitle,
                        (c, v) -> new TitleCard(c.title(), v)));
    }

    @Override
    public List<InspectorField> section(SectionHeading section) {
        return List.of(
                f.content(id, SectionHeading.class, "heading", "details.slide.heading", Kind.AREA,
                        SectionHeading::heading, (c, v) -> new SectionHeading(v, c.subheading())),
                f.content(id, SectionHeading.class, "subheading", "details.slide.subheading", Kind.AREA,
                        SectionHeading::subheading, (c, v) -> new SectionHeading(c.heading(), v)));
    }

    @Override
    public List<InspectorField> speaker(SpeakerCard card) {
        List<InspectorField> fields = new ArrayList<>();
        for (int i = 0; i < SpeakerCard.MAX_SPEAKERS; i++) {
            int index = i;
            fields.add(f.content(id, SpeakerCard.class, "speaker" + (i + 1) + "Name",
                    i == 0 ? "inspector.slide.speaker1Name" : "inspector.slide.speaker2Name", Kind.LINE,
                    c -> index < c.speakers().size() ? c.speakers().get(index).person().name() : "",
                    (c, v) -> withSpeaker(c, index, v, null)));
            fields.add(f.content(id, SpeakerCard.class, "speaker" + (i + 1) + "Role",
                    i == 0 ? "inspector.slide.speaker1Role" : "inspector.slide.speaker2Role", Kind.AREA,
                    c -> index < c.speakers().size() ? c.speakers().get(index).person().role() : "",
                    (c, v) -> withSpeaker(c, index, null, v)));
        }
        for (int i = 0; i < SpeakerCard.MAX_SPEAKERS; i++) {
            int index = i;
            fields.add(f.picture(id, SpeakerCard.class, "portrait" + (i + 1),
                    i == 0 ? "inspector.slide.portrait1" : "inspector.slide.portrait2",
                    c -> index < c.speakers().size() ? c.speakers().get(index).portrait() : null,
                    (c, ref) -> withPortrait(c, index, ref)));
        }
        return fields;
    }

    /**
     * The card with speaker {@code index}'s portrait replaced; {@code null} removes it. A portrait
     * for a second person not named yet adds them, as typing their name would; a second person
     * left with no name, role or portrait is dropped.
     */
    static SpeakerCard withPortrait(SpeakerCard card, int index, MediaRef portrait) {
        List<Speaker> speakers = new ArrayList<>(card.speakers());
        while (speakers.size() <= index) {
            speakers.add(Speaker.of(Person.named("")));
        }
        speakers.set(index, new Speaker(speakers.get(index).person(), portrait));
        if (speakers.size() > 1 && speakers.get(1).person().name().isBlank()
                && speakers.get(1).person().role().isBlank() && speakers.get(1).portrait() == null) {
            speakers.remove(1);
        }
        return new SpeakerCard(speakers);
    }

    /**
     * The card with speaker {@code index}'s name or role changed. A second speaker whose name and
     * role are both emptied is dropped; the first always stays, since a card shows one or two.
     */
    static SpeakerCard withSpeaker(SpeakerCard card, int index, String name, String role) {
        List<Speaker> speakers = new ArrayList<>(card.speakers());
        while (speakers.size() <= index) {
            speakers.add(Speaker.of(Person.named("")));
        }
        Speaker old = speakers.get(index);
        Person person = new Person(name == null ? old.person().name() : name,
                role == null ? old.person().role() : role);
        speakers.set(index, new Speaker(person, old.portrait()));
        if (speakers.size() > 1 && speakers.get(1).person().name().isBlank()
                && speakers.get(1).person().role().isBlank() && speakers.get(1).portrait() == null) {
            speakers.remove(1);
        }
        return new SpeakerCard(speakers);
    }

    @Override
    public List<InspectorField> quote(Quote quote) {
        return List.of(
                f.content(id, Quote.class, "quote", "details.slide.quote", Kind.AREA, Quote::text,
                        (c, v) -> new Quote(v, c.attribution())),
                f.content(id, Quote.class, "attributionName", "inspector.slide.attributionName", Kind.LINE,
                        c -> c.attribution().name(), (c, v) -> new Quote(c.text(), new Person(v, c.attribution().role()))),
                f.content(id, Quote.class, "attributionRole", "inspector.slide.attributionRole", Kind.LINE,
                        c -> c.attribution().role(), (c, v) -> new Quote(c.text(), c.attribution().withRole(v))));
    }

    @Override
    public List<InspectorField> photo(SinglePhoto photo) {
        List<Choice> fits = new ArrayList<>();
        for (PhotoFit fit : PhotoFit.values()) {
            fits.add(new Choice(fit.id(), f.messages().get(KindLabels.fitKey(fit))));
        }
        List<InspectorField> fields = new ArrayList<>(List.of(
                f.content(id, SinglePhoto.class, "caption", "details.slide.caption", Kind.AREA,
                        c -> c.photo().caption(), (c, v) -> new SinglePhoto(c.photo().withCaption(v))),
                f.content(id, SinglePhoto.class, "credit", "details.slide.credit", Kind.LINE,
                        c -> c.photo().credit(), (c, v) -> new SinglePhoto(c.photo().withCredit(v))),
                f.choice(id, SinglePhoto.class, "fit", "details.slide.fit", Kind.CHOICE, fits,
                        c -> c.photo().fit().id(), (c, v) -> new SinglePhoto(c.photo().withFit(PhotoFit.fromId(v))))));
        fields.addAll(cropFields());
        return fields;
    }

    /** A ratio preset (none resets the crop), then what each edge cuts off, in per cent. */
    private List<InspectorField> cropFields() {
        List<Choice> presets = new ArrayList<>();
        presets.add(new Choice(CropText.NONE, f.messages().get("inspector.crop.none")));
        for (String ratio : CropText.RATIOS) {
            presets.add(new Choice(ratio, ratio));
        }
        presets.add(new Choice(CropText.CUSTOM, f.messages().get("inspector.crop.custom")));
        List<InspectorField> fields = new ArrayList<>();
        fields.add(f.choice(id, SinglePhoto.class, "cropRatio", "inspector.crop.ratio", Kind.CHOICE, presets,
                c -> CropText.presetOf(c.photo().crop(), c.photo().media()),
                (c, v) -> CropText.cropFor(v, c.photo().media(), c.photo().focal())
                        .filter(crop -> !crop.equals(c.photo().crop()))
                        .map(crop -> new SinglePhoto(c.photo().withCrop(crop))).orElse(null)));
        // Two to a row: left and right, then top and bottom.
        for (CropText.Edge edge : List.of(CropText.Edge.LEFT, CropText.Edge.RIGHT, CropText.Edge.TOP,
                CropText.Edge.BOTTOM)) {
            String labelKey = switch (edge) {
                case LEFT -> "inspector.crop.left";
                case TOP -> "inspector.crop.top";
                case RIGHT -> "inspector.crop.right";
                case BOTTOM -> "inspector.crop.bottom";
            };
            fields.add(f.field(id, SinglePhoto.class, edge.fieldId(), labelKey, Kind.NUMBER, "0", List.of(),
                    v -> {
                        double opposite = edge.opposite().of(photoCrop());
                        return CropText.fraction(v, opposite).isPresent() ? java.util.Optional.empty()
                                : java.util.Optional.of(f.messages().get("inspector.error.crop",
                                CropText.maxPercent(opposite)));
                    },
                    c -> CropText.percent(edge.of(c.photo().crop())),
                    (c, v) -> {
                        double fraction = CropText.fraction(v, edge.opposite().of(c.photo().crop())).orElseThrow();
                        // Retyping the value shown ("12.50" for 12.5) is no change and no undo step.
                        return Math.abs(fraction - edge.of(c.photo().crop())) < 1e-9 ? null
                                : new SinglePhoto(c.photo().withCrop(edge.with(c.photo().crop(), fraction)));
                    }).pairedWithNeighbour());
        }
        return fields;
    }

    private org.podium.model.Crop photoCrop() {
        return ((SinglePhoto) f.slideNow(id).content()).photo().crop();
    }

    @Override
    public List<InspectorField> photoGrid(PhotoGrid grid) {
        return List.of(
                f.content(id, PhotoGrid.class, "caption", "details.slide.caption", Kind.AREA, PhotoGrid::caption,
                        (c, v) -> new PhotoGrid(c.photos(), v, c.credit())),
                f.content(id, PhotoGrid.class, "credit", "details.slide.credit", Kind.LINE, PhotoGrid::credit,
                        (c, v) -> new PhotoGrid(c.photos(), c.caption(), v)));
    }

    @Override
    public List<InspectorField> honourRoll(HonourRoll roll) {
        return List.of(
                f.content(id, HonourRoll.class, "heading", "details.slide.heading", Kind.AREA, HonourRoll::heading,
                        (c, v) -> new HonourRoll(v, c.names())),
                f.content(id, HonourRoll.class, "names", "details.slide.names", Kind.PEOPLE,
                        c -> PeopleText.format(c.names()), (c, v) -> new HonourRoll(c.heading(), PeopleText.parse(v))));
    }

    @Override
    public List<InspectorField> text(TextPoints text) {
        return List.of(
                f.content(id, TextPoints.class, "heading", "details.slide.heading", Kind.AREA, TextPoints::heading,
                        (c, v) -> new TextPoints(v, c.points())),
                f.content(id, TextPoints.class, "points", "details.slide.points", Kind.AREA,
                        c -> String.join("\n", c.points()), (c, v) -> new TextPoints(c.heading(), PeopleText.lines(v))));
    }

    @Override
    public List<InspectorField> blank(BlankCard blank) {
        return List.of(f.content(id, BlankCard.class, "text", "details.slide.text", Kind.AREA, BlankCard::text,
                (c, v) -> new BlankCard(c.logo(), v)),
                f.picture(id, BlankCard.class, "logo", "inspector.slide.logo", BlankCard::logo,
                        (c, ref) -> new BlankCard(ref, c.text())));
    }
}
