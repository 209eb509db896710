package org.podium.ui.export;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.BackgroundRunner;
import org.podium.ui.common.Messages;

/**
 * A toast in the window's lower right corner; after an export it offers to show the folder in the
 * system's file manager (asked for on the background runner: the desktop call can take seconds).
 */
public final class FxExportNotifier implements ExportNotifier {

    private static final System.Logger LOG = System.getLogger(FxExportNotifier.class.getName());
    /** How long a toast stays, in seconds. */
    private static final double SHOWN_S = 8;
    /** On the toast, for export-dialogs.css. */
    static final String TOAST = "podium-toast";

    private final Messages messages;
    private final BackgroundRunner runner;
    private final Supplier<Window> owner;

    public FxExportNotifier(Messages messages, BackgroundRunner runner, Supplier<Window> owner) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public void exported(String text, Path file) {
        if (!ownerShowing()) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        Notifications toast = toast(messages.get("export.done.title"), text, "mdi2c-check-circle-outline");
        if (folder != null) {
            toast.action(new Action(messages.get("export.done.showFolder"), event -> showFolder(folder)));
        }
        toast.show();
    }

    @Override
    public void note(String text) {
        if (!ownerShowing()) {
            return;
        }
        toast(messages.get("export.progress.window"), text, "mdi2i-information-outline").show();
    }

    /** A toast needs a window to sit on; after the window closed (an export cancelled on quit) there is none. */
    private boolean ownerShowing() {
        Window window = owner.get();
        return window != null && window.isShowing();
    }

    private Notifications toast(String title, String text, String icon) {
        Notifications toast = Notifications.create().title(title).text(text).graphic(new FontIcon(icon))
                .styleClass(TOAST).position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(SHOWN_S));
        Window window = owner.get();
        toast.owner(window);
        // The toast is styled by its owner's scene (ControlsFX adds its own sheet there too); the
        // base theme has none of the colours ControlsFX's sheet looks up.
        Scene scene = window.getScene();
        if (scene != null && !scene.getStylesheets().contains(ExportView.stylesheet())) {
            scene.getStylesheets().add(ExportView.stylesheet());
        }
        return toast;
    }

    private void showFolder(Path folder) {
        runner.run(work -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new UnsupportedOperationException("this desktop cannot open folders");
            }
            Desktop.getDesktop().open(folder.toFile());
            return folder;
        }, BackgroundRunner.Callback.of(opened -> { }, error -> {
            LOG.log(System.Logger.Level.WARNING, "Could not show the folder " + folder + ": " + error.getMessage());
            // the system's words, if any, stay as they are inside the window's sentence
            note(error instanceof UnsupportedOperationException
                    ? messages.get("export.showFolder.unsupported", folder)
                    : messages.get("export.showFolder.failed", folder,
                            error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
        }));
    }
}
