package org.podium.model;

/** The programme's opening slide: event title and a subtitle (date, venue, organiser). */
public record TitleCard(String title, String subtitle) implements SlideContent {

    public TitleCard {
        title = Text.clean(title);
        subtitle = Text.clean(subtitle);
    }

    @Override
    public SlideKind kind() {
        return SlideKind.TITLE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.title(this);
    }
}
