package org.podium.model;

import java.util.List;

/**
 * What a slide shows; one record per slide kind. Java 17 has no pattern switch, so consumers that
 * must handle every kind implement {@link Visitor}: adding a kind then fails to compile wherever
 * it is not handled.
 */
public sealed interface SlideContent
        permits TitleCard, SectionHeading, SpeakerCard, Quote, SinglePhoto, PhotoGrid, HonourRoll, TextPoints,
        BlankCard {

    SlideKind kind();

    <R> R accept(Visitor<R> visitor);

    /** Photos this content shows, in reading order. */
    default List<MediaRef> media() {
        return List.of();
    }

    /** One method per slide kind. */
    interface Visitor<R> {
        R title(TitleCard title);

        R section(SectionHeading section);

        R speaker(SpeakerCard speaker);

        R quote(Quote quote);

        R photo(SinglePhoto photo);

        R photoGrid(PhotoGrid grid);

        R honourRoll(HonourRoll roll);

        R text(TextPoints text);

        R blank(BlankCard blank);
    }
}
