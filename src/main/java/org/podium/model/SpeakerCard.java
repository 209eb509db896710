package org.podium.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Introduces one or two people: name large, role smaller, optional portraits. */
public record SpeakerCard(List<Speaker> speakers) implements SlideContent {

    public static final int MAX_SPEAKERS = 2;

    public SpeakerCard {
        speakers = List.copyOf(Objects.requireNonNull(speakers, "speakers"));
        if (speakers.isEmpty() || speakers.size() > MAX_SPEAKERS) {
            throw new IllegalArgumentException("a speaker card shows 1 or 2 people, not " + speakers.size());
        }
    }

    @Override
    public List<MediaRef> media() {
        List<MediaRef> media = new ArrayList<>();
        for (Speaker speaker : speakers) {
            if (speaker.portrait() != null) {
                media.add(speaker.portrait());
            }
        }
        return List.copyOf(media);
    }

    @Override
    public SlideKind kind() {
        return SlideKind.SPEAKER;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.speaker(this);
    }
}
