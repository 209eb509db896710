package org.podium.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.podium.ui.common.Messages;

/** The platform's save chooser, filtered to the kind's files. */
public final class FxExportFileChooser implements ExportFileChooser {

    private final Messages messages;
    private final Supplier<Window> owner;

    /** @param owner the window the chooser belongs to; may supply {@code null} before the window exists */
    public FxExportFileChooser(Messages messages, Supplier<Window> owner) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public Optional<Path> chooseTarget(ExportKind kind, Path folder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.chooser.title"));
        String pattern = "*" + kind.extension();
        String description;
        switch (kind) {
            case PPTX:
                description = messages.get("export.file.pptx");
                break;
            case SHEET_XLSX:
                description = messages.get("export.file.xlsx");
                break;
            default:
                description = messages.get("export.file.pdf");
                break;
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }
}
