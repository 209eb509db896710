package org.podium.layout;

import java.util.Objects;

/** Opening and closing quotation marks, e.g. 「 」 or “ ”. */
public record QuoteMarks(String open, String close) {

    public QuoteMarks {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
    }

    public String around(String text) {
        return open + text + close;
    }
}
