package org.podium.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * An export that failed. The message is English, for logs: the target, then the
 * {@link #reason()}; a window or terminal says the reason in its own language. Parts of an export
 * that do not know the target ({@link AtomicOutput}, the PDF's font) throw it without one, and the
 * exporter throws it again naming its target.
 */
public class ExportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path target;
    private final ExportReason reason;

    /** @param target the file that was being written, or null when the exporter will name it */
    public ExportException(Path target, ExportReason reason, Throwable cause) {
        super(target == null ? reason.english() : target + ": " + reason.english(), cause);
        this.target = target;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ExportException(Path target, ExportReason reason) {
        this(target, reason, null);
    }

    /** The file that was being written; null when thrown by a part that does not know it. */
    public Path target() {
        return target;
    }

    /** What is wrong, without the target's name. */
    public ExportReason reason() {
        return reason;
    }

    /** What is wrong in {@code locale}'s language, without the target's name. */
    public String reason(Locale locale) {
        return reason.text(locale);
    }
}
