package org.podium.ui.export;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.podium.export.ExportException;
import org.podium.export.ExportProgress;
import org.podium.export.handouts.HandoutOptions;
import org.podium.export.pptx.PhotoQuality;
import org.podium.export.pptx.PptxOptions;
import org.podium.model.Programme;
import org.podium.ui.common.BackgroundRunner;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.session.EditorSession;

/**
 * File → Export: the options of the deck and the handouts, the save chooser with a name made from
 * the programme's title, and the export itself on the {@link BackgroundRunner} with progress and
 * cancel. The programme is taken as it is when the file is chosen; editing on during the export
 * changes nothing in the file. One export at a time. Used on the UI thread only.
 */
public final class ExportViewModel {

    /** Longest file-name stem offered, in characters; long Chinese titles stay readable in a chooser. */
    static final int MAX_STEM_CHARS = 60;

    private final EditorSession session;
    private final Exporters exporters;
    private final BackgroundRunner runner;
    private final ExportFileChooser chooser;
    private final DialogService dialogs;
    private final ExportNotifier notifier;
    private final ExportMemory memory;
    private final Messages messages;

    private final ObjectProperty<PhotoQuality> quality = new SimpleObjectProperty<>(this, "quality", PhotoQuality.HIGH);
    private final BooleanProperty notes = new SimpleBooleanProperty(this, "notes", true);
    private final BooleanProperty fade = new SimpleBooleanProperty(this, "fade", true);
    private final IntegerProperty perPage = new SimpleIntegerProperty(this, "perPage", 2);
    private final BooleanProperty handoutNotes = new SimpleBooleanProperty(this, "handoutNotes", false);

    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private BackgroundRunner.Job job;

    public ExportViewModel(EditorSession session, Exporters exporters, BackgroundRunner runner,
                           ExportFileChooser chooser, DialogService dialogs, ExportNotifier notifier,
                           ExportMemory memory, Messages messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.exporters = Objects.requireNonNull(exporters, "exporters");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.chooser = Objects.requireNonNull(chooser, "chooser");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Fills the options dialogs with what was chosen last time. */
    public void loadOptions() {
        PptxOptions deck = memory.pptx();
        quality.set(deck.quality());
        notes.set(deck.notes());
        fade.set(deck.fade());
        HandoutOptions handouts = memory.handouts();
        perPage.set(handouts.perPage());
        handoutNotes.set(handouts.notes());
    }

    public PptxOptions pptxOptions() {
        return new PptxOptions(quality.get(), notes.get(), fade.get());
    }

    public HandoutOptions handoutOptions() {
        int count = HandoutOptions.PER_PAGE.contains(perPage.get()) ? perPage.get() : 2;
        return new HandoutOptions(count, handoutNotes.get());
    }

    /**
     * Asks where to write and starts the export with the options as set; the options are
     * remembered for next time. False when busy or the person cancelled the chooser.
     */
    public boolean export(ExportKind kind) {
        if (busy.get()) {
            return false;
        }
        if (kind == ExportKind.PPTX) {
            memory.rememberPptx(pptxOptions());
        } else if (kind == ExportKind.HANDOUTS) {
            memory.rememberHandouts(handoutOptions());
        }
        Optional<Path> chosen = chooser.chooseTarget(kind, folder(), suggestedFileName(kind));
        if (chosen.isEmpty()) {
            return false;
        }
        Path target = chosen.get().resolveSibling(kind.withExtension(chosen.get().getFileName().toString()));
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            memory.rememberFolder(parent);
        }
        run(new ExportRequest(kind, session.programme(), session.media(), target, pptxOptions(), handoutOptions()));
        return true;
    }

    private void run(ExportRequest request) {
        Path target = request.target();
        String fileName = target.getFileName().toString();
        busy.set(true);
        progress.set(-1);
        title.set(messages.get("export.progress.title", fileName));
        message.set(messages.get(request.kind().isRunningSheet() ? "export.progress.sheet"
                : "export.progress.preparing"));
        String countKey = request.kind().isRunningSheet() ? "export.progress.segment" : "export.progress.slide";
        job = runner.run(work -> exporters.export(request, new ExportProgress() {
            @Override
            public void slideWritten(int done, int total) {
                work.update(total == 0 ? -1 : (double) done / total, messages.get(countKey, done, total));
            }

            @Override
            public boolean isCancelled() {
                return work.isCancelled();
            }
        }), new BackgroundRunner.Callback<Integer>() {
            @Override
            public void succeeded(Integer count) {
                finish();
                String text = messages.get(doneKey(request.kind()), count, fileName);
                status.set(text);
                notifier.exported(text, target);
            }

            @Override
            public void failed(Exception error) {
                if (error instanceof CancellationException) {
                    cancelled();
                    return;
                }
                finish();
                status.set(messages.get("export.failed.status", fileName));
                Path folder = target.toAbsolutePath().getParent();
                String text;
                if (error instanceof ExportException export) {
                    // the reason says what to do, in the window's language
                    text = messages.get("export.failed.reason", fileName, folder, export.reason(messages.locale()));
                } else {
                    String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
                    text = messages.get("export.failed.message", fileName, folder, reason);
                }
                dialogs.showError(messages.get("export.failed.title"), text);
            }

            @Override
            public void cancelled() {
                finish();
                String text = messages.get("export.cancelled", fileName);
                status.set(text);
                notifier.note(text);
            }

            @Override
            public void progressed(double fraction, String text) {
                progress.set(fraction);
                if (text != null && !text.isBlank()) {
                    message.set(text);
                }
            }
        });
    }

    private static String doneKey(ExportKind kind) {
        switch (kind) {
            case PPTX:
                return "export.done.pptx";
            case HANDOUTS:
                return "export.done.handouts";
            default:
                return "export.done.sheet";
        }
    }

    /** Stops the running export; the file it was writing is left as it was. */
    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    private void finish() {
        busy.set(false);
        job = null;
    }

    /** The programme file's folder; else where the last export went; else the chooser's default. */
    Path folder() {
        Path file = session.fileProperty().get();
        Path parent = file == null ? null : file.toAbsolutePath().getParent();
        return parent != null ? parent : memory.folder().orElse(null);
    }

    /**
     * The programme's title without the characters Windows or macOS refuse in a file name, with a
     * word for the document (running sheet, handouts) and the kind's extension.
     */
    public String suggestedFileName(ExportKind kind) {
        Programme programme = session.programme();
        String stem = programme.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\s]+", " ").strip();
        if (stem.length() > MAX_STEM_CHARS) {
            stem = stem.substring(0, MAX_STEM_CHARS).strip();
        }
        if (stem.isEmpty()) {
            stem = messages.get("export.file.untitled");
        }
        if (kind.isRunningSheet()) {
            stem = messages.get("export.file.sheet", stem);
        } else if (kind == ExportKind.HANDOUTS) {
            stem = messages.get("export.file.handouts", stem);
        }
        return stem + kind.extension();
    }

    public ObjectProperty<PhotoQuality> qualityProperty() {
        return quality;
    }

    public BooleanProperty notesProperty() {
        return notes;
    }

    public BooleanProperty fadeProperty() {
        return fade;
    }

    /** Slides a handout page holds: 1, 2, 4 or 6. */
    public IntegerProperty perPageProperty() {
        return perPage;
    }

    public BooleanProperty handoutNotesProperty() {
        return handoutNotes;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** 0–1, or negative while unknown (laying out). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** What is being written now, e.g. "Slide 12 of 33". */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Heading of the progress window: which file is being written. */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** How the last export ended, for a status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
