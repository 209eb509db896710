package org.podium.model;

/**
 * Someone named on a slide or in a segment.
 *
 * @param name as it should appear, never blank
 * @param role title, office or unit ("建鄴區委區級機關工委書記"); empty when none
 */
public record Person(String name, String role) {

    public Person {
        name = Text.clean(name);
        role = Text.clean(role);
    }

    public static Person named(String name) {
        return new Person(name, "");
    }

    public Person withRole(String newRole) {
        return new Person(name, newRole);
    }
}
