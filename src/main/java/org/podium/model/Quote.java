package org.podium.model;

import java.util.Objects;

/**
 * A quotation. The text is stored without surrounding quotation marks; the theme typesets them
 * (「」 for Chinese, “ ” for English).
 *
 * @param text        the words quoted
 * @param attribution who said them; a person with an empty name when unattributed
 */
public record Quote(String text, Person attribution) implements SlideContent {

    public Quote {
        text = Text.clean(text);
        attribution = Objects.requireNonNullElse(attribution, Person.named(""));
    }

    @Override
    public SlideKind kind() {
        return SlideKind.QUOTE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.quote(this);
    }
}
