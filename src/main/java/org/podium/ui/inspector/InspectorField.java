package org.podium.ui.inspector;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.podium.edit.Edit;

/**
 * One editable field of the inspector: the view shows {@link #text()} in a control of the field's
 * {@link Kind} and writes what is typed back to it; the view model turns each valid text into an edit.
 */
public final class InspectorField {

    /** Which control shows the field. */
    public enum Kind {
        /** One line of text. */
        LINE,
        /** Several lines. */
        AREA,
        /** One of {@link #choices()}; the text is the chosen id. */
        CHOICE,
        /** A number typed as text; checked before it is applied. */
        NUMBER,
        /** People, one a line as "name — role", shown as a table of names and roles. */
        PEOPLE,
        /**
         * A portrait or logo: the text is the hash of a picture among {@link #choices()}, empty for
         * none; the view also offers to import a picture from a file and to remove it.
         */
        PICTURE;

        /** Typed text changes in many small steps that make one undo step; a choice is a step of its own. */
        boolean mergesTyping() {
            return this != CHOICE && this != PICTURE;
        }
    }

    /** An entry of a {@link Kind#CHOICE} field. */
    public record Choice(String id, String label) {
    }

    private final String id;
    private final String label;
    private final Kind kind;
    private final String prompt;
    private final List<Choice> choices;
    private final Supplier<String> current;
    private final Function<String, Optional<String>> validator;
    private final Function<String, Edit> toEdit;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty error = new SimpleStringProperty(this, "error");
    private boolean paired;

    /**
     * @param id        stable name of the field, e.g. {@code caption}, for tests and style classes
     * @param current   the value as the programme has it now, as text
     * @param validator the message saying what is wrong with a text, or empty when it can be applied
     * @param toEdit    the edit that makes the programme hold a valid text
     */
    InspectorField(String id, String label, Kind kind, String prompt, List<Choice> choices, Supplier<String> current,
                   Function<String, Optional<String>> validator, Function<String, Edit> toEdit) {
        this.id = Objects.requireNonNull(id, "id");
        this.label = Objects.requireNonNull(label, "label");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.prompt = prompt == null ? "" : prompt;
        this.choices = List.copyOf(choices);
        this.current = current;
        this.validator = validator;
        this.toEdit = toEdit;
        text.set(current.get());
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** Grey hint shown while the field is empty; empty for none. */
    public String prompt() {
        return prompt;
    }

    public List<Choice> choices() {
        return choices;
    }

    /** What the control shows; the view writes the person's typing here. */
    public StringProperty text() {
        return text;
    }

    /** Why the text is not applied, or {@code null} when it is fine. */
    public ReadOnlyStringProperty error() {
        return error;
    }

    /** The message for an invalid text, or empty; for the view's validation decoration. */
    public Optional<String> validate(String value) {
        return validator.apply(value == null ? "" : value);
    }

    String currentValue() {
        return current.get();
    }

    /** True for a short field shown beside its neighbour, two to a row (a crop's edges). */
    public boolean paired() {
        return paired;
    }

    InspectorField pairedWithNeighbour() {
        paired = true;
        return this;
    }

    /** The edit that applies {@code value}, or {@code null} when it changes nothing. */
    Edit toEdit(String value) {
        return toEdit.apply(value);
    }

    void setError(String message) {
        error.set(message);
    }
}
