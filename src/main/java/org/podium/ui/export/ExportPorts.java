package org.podium.ui.export;

import java.util.Objects;

/** What the export feature needs from outside the app: where to write, how to tell, what to remember. */
public record ExportPorts(ExportFileChooser chooser, ExportNotifier notifier, ExportMemory memory) {

    public ExportPorts {
        Objects.requireNonNull(chooser, "chooser");
        Objects.requireNonNull(notifier, "notifier");
        Objects.requireNonNull(memory, "memory");
    }
}
