package org.podium.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Upgrades an older {@code programme.json} to the current format version one version at a time,
 * through named steps, before it is bound to the DTOs. Version 1 is current, so production has no
 * steps yet; when version 2 comes, its step from 1 to 2 goes here.
 */
final class Migrations {

    /** The format version this Podium writes and reads. */
    static final int CURRENT_VERSION = 1;

    /**
     * Turns a version {@code fromVersion} document into a version {@code fromVersion + 1} one. The
     * chain sets {@code formatVersion} itself; a step only reshapes the content.
     *
     * @param name what the step does, for messages ("rename theme to themeId")
     */
    record Step(String name, int fromVersion, UnaryOperator<JsonNode> upgrade) {
        Step {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(upgrade, "upgrade");
        }
    }

    /** Thrown when a step fails; names the step. The message is the reason's English. */
    static final class MigrationException extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient FileReason reason;

        MigrationException(FileReason reason, Throwable cause) {
            super(reason.english(), cause);
            this.reason = reason;
        }

        FileReason reason() {
            return reason;
        }
    }

    private final int currentVersion;
    private final List<Step> steps;

    /**
     * @param steps exactly one step from each version 1 … {@code currentVersion - 1}, in order
     */
    Migrations(int currentVersion, List<Step> steps) {
        this.currentVersion = currentVersion;
        this.steps = List.copyOf(steps);
        if (this.steps.size() != currentVersion - 1) {
            throw new IllegalArgumentException("version " + currentVersion + " needs " + (currentVersion - 1)
                    + " steps, got " + this.steps.size());
        }
        for (int i = 0; i < this.steps.size(); i++) {
            if (this.steps.get(i).fromVersion() != i + 1) {
                throw new IllegalArgumentException("step " + i + " '" + this.steps.get(i).name() + "' starts from version "
                        + this.steps.get(i).fromVersion() + ", expected " + (i + 1));
            }
        }
    }

    /** The chain this Podium uses. */
    static Migrations production() {
        return new Migrations(CURRENT_VERSION, List.of());
    }

    int currentVersion() {
        return currentVersion;
    }

    /** Names of the steps a version {@code fromVersion} document goes through, in order. */
    List<String> stepNames(int fromVersion) {
        return steps.subList(fromVersion - 1, steps.size()).stream().map(Step::name).toList();
    }

    /**
     * The document upgraded from {@code fromVersion} (1 ≤ fromVersion ≤ current) to the current
     * version, with {@code formatVersion} set after each step.
     */
    JsonNode upgrade(JsonNode document, int fromVersion) throws MigrationException {
        if (fromVersion < 1 || fromVersion > currentVersion) {
            throw new IllegalArgumentException("cannot upgrade from version " + fromVersion);
        }
        JsonNode node = document.deepCopy();
        for (Step step : steps.subList(fromVersion - 1, steps.size())) {
            try {
                node = step.upgrade().apply(node);
            } catch (RuntimeException e) {
                // what the step's code said is a programmer's text, shown as it is
                throw new MigrationException(FileReason.of(FileReason.Kind.MIGRATION_STEP_FAILED, step.fromVersion(),
                        step.name(), String.valueOf(e.getMessage())), e);
            }
            if (!(node instanceof ObjectNode object)) {
                throw new MigrationException(FileReason.of(FileReason.Kind.MIGRATION_NOT_AN_OBJECT, step.name()), null);
            }
            object.put("formatVersion", step.fromVersion() + 1);
        }
        return node;
    }
}
