package org.podium.model;

import java.util.Objects;

/**
 * One person on a speaker card.
 *
 * @param person   name and role
 * @param portrait photo of the person, or {@code null} for none
 */
public record Speaker(Person person, MediaRef portrait) {

    public Speaker {
        Objects.requireNonNull(person, "speaker person");
    }

    public static Speaker of(Person person) {
        return new Speaker(person, null);
    }
}
