package org.podium.ui.export;

import java.util.Locale;

/** What File → Export can write, with the extension its files get. */
public enum ExportKind {
    /** An editable PowerPoint deck, one slide per laid-out page. */
    PPTX(".pptx"),
    /** The running sheet as an Excel workbook. */
    SHEET_XLSX(".xlsx"),
    /** The running sheet as a PDF to print. */
    SHEET_PDF(".pdf"),
    /** Slide handouts as a PDF to print. */
    HANDOUTS(".pdf");

    private final String extension;

    ExportKind(String extension) {
        this.extension = extension;
    }

    /** With its dot, lower case, e.g. {@code .pptx}. */
    public String extension() {
        return extension;
    }

    /** True when an options dialog comes before the save chooser. */
    public boolean hasOptions() {
        return this == PPTX || this == HANDOUTS;
    }

    /** True for the running sheets, which count segments rather than slides. */
    public boolean isRunningSheet() {
        return this == SHEET_XLSX || this == SHEET_PDF;
    }

    /** {@code name} with this kind's extension added unless it already ends with it (any case). */
    public String withExtension(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? name : name + extension;
    }
}
