package org.podium.ui.photos;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.podium.media.FileMediaStore;
import org.podium.media.ImportProblem;
import org.podium.model.MediaRef;
import org.podium.model.Photo;
import org.podium.model.PhotoGrid;
import org.podium.model.SegmentKind;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.ui.common.BackgroundRunner;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.runningorder.RunningOrderViewModel;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

/**
 * Imports photo files as slides: each file is probed on the {@link BackgroundRunner} (hash, format,
 * size, orientation; nothing is decoded), the usable ones become slides in one undo step, and every
 * file that cannot be used is named with its reason in one message.
 */
public final class PhotoImportViewModel {

    /** In a folder, only files with these extensions are taken; a file chosen by name is always tried. */
    static final Set<String> PHOTO_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "bmp", "heic", "heif", "webp",
            "tif", "tiff");

    private static final System.Logger LOG = System.getLogger(PhotoImportViewModel.class.getName());

    private final EditorSession session;
    private final RunningOrderViewModel runningOrder;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Messages messages;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private BackgroundRunner.Job job;

    /** The outcome of probing: photos ready for slides and one message per file that is not. */
    record Probed(List<MediaRef> photos, List<String> problems) {
    }

    public PhotoImportViewModel(EditorSession session, RunningOrderViewModel runningOrder, BackgroundRunner runner,
                                DialogService dialogs, Messages messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.runningOrder = Objects.requireNonNull(runningOrder, "runningOrder");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Add photos…: asks for files or folders, one photo slide each. */
    public void chooseAndImport() {
        List<Path> chosen = dialogs.choosePhotos(null);
        if (!chosen.isEmpty()) {
            importFiles(chosen, null, false);
        }
    }

    /** Adds a photo grid slide of the 2–4 photos chosen. */
    public void chooseGrid() {
        List<Path> chosen = dialogs.choosePhotos(null);
        if (!chosen.isEmpty()) {
            importFiles(chosen, null, true);
        }
    }

    /**
     * Asks for one photo file and imports it for a portrait or logo, through the same probing as
     * photo slides: {@code imported} gets it on the UI thread; a file that cannot be used is named
     * with its reason in a message and {@code imported} is not called.
     */
    public void choosePicture(Consumer<MediaRef> imported) {
        List<Path> chosen = dialogs.choosePhotos(null);
        if (busy.get() || chosen.isEmpty()) {
            return;
        }
        List<Path> first = List.of(chosen.get(0));
        FileMediaStore store = session.importedMedia();
        busy.set(true);
        progress.set(-1);
        message.set(messages.get("photos.status.importing", 1));
        job = runner.run(work -> probe(first, store, work), BackgroundRunner.Callback.of(result -> {
            finish();
            if (!result.photos().isEmpty()) {
                imported.accept(result.photos().get(0));
            } else if (!result.problems().isEmpty()) {
                dialogs.showError(messages.get("photos.problems.title"),
                        messages.get("photos.problems.message", result.problems().size(), 0,
                                String.join("\n", result.problems())));
            }
        }, error -> {
            finish();
            dialogs.showError(messages.get("photos.failed.title"), String.valueOf(error.getMessage()));
        }));
    }

    /**
     * @param target the row the files were dropped on, or {@code null} for the selection
     * @param grid   true to make one photo grid of 2–4 photos instead of one slide per photo
     */
    public void importFiles(List<Path> files, Selection target, boolean grid) {
        if (busy.get() || files.isEmpty()) {
            return;
        }
        FileMediaStore store = session.importedMedia();
        busy.set(true);
        progress.set(-1);
        message.set(messages.get("photos.status.importing", files.size()));
        job = runner.run(work -> probe(files, store, work), new BackgroundRunner.Callback<Probed>() {
            @Override
            public void succeeded(Probed result) {
                finish();
                add(result, target, grid);
            }

            @Override
            public void failed(Exception error) {
                finish();
                dialogs.showError(messages.get("photos.failed.title"), String.valueOf(error.getMessage()));
            }

            @Override
            public void cancelled() {
                finish();
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

    /** Runs in the background: folders are opened one level deep, files probed in name order. */
    private Probed probe(List<Path> chosen, FileMediaStore store, BackgroundRunner.Progress work) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : chosen) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(Files::isRegularFile).filter(PhotoImportViewModel::looksLikePhoto).sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        List<MediaRef> photos = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < files.size() && !work.isCancelled(); i++) {
            Path file = files.get(i);
            work.update((double) i / files.size(), messages.get("photos.status.probing", file.getFileName(), i + 1,
                    files.size()));
            try {
                photos.add(store.importFile(file));
            } catch (IOException e) {
                LOG.log(Level.INFO, "not imported: {0}", e.getMessage());
                problems.add(problemText(file, ImportProblem.of(e)));
            }
        }
        return new Probed(photos, problems);
    }

    /** One line of the problems message: the file first, then what is wrong and what to do, in the UI's language. */
    String problemText(Path file, ImportProblem problem) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(file.toString());
        arguments.addAll(problem.arguments());
        return messages.get(problemKey(problem.kind()), arguments.toArray());
    }

    private static String problemKey(ImportProblem.Kind kind) {
        return switch (kind) {
            case MISSING -> "photos.problem.missing";
            case UNREADABLE -> "photos.problem.unreadable";
            case EMPTY -> "photos.problem.empty";
            case FILE_TOO_LARGE -> "photos.problem.fileTooLarge";
            case HEIC -> "photos.problem.heic";
            case AVIF -> "photos.problem.avif";
            case VIDEO -> "photos.problem.video";
            case WEBP -> "photos.problem.webp";
            case TIFF_OR_RAW -> "photos.problem.tiffOrRaw";
            case PDF -> "photos.problem.pdf";
            case NOT_A_PHOTO -> "photos.problem.notAPhoto";
            case NO_READER -> "photos.problem.noReader";
            case UNSUPPORTED_JPEG_VARIANT -> "photos.problem.jpegVariant";
            case DAMAGED -> "photos.problem.damaged";
            case NO_PICTURE_SIZE -> "photos.problem.noPictureSize";
            case TOO_LARGE -> "photos.problem.tooLarge";
        };
    }

    private static boolean looksLikePhoto(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".")
                && PHOTO_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private void add(Probed probed, Selection target, boolean grid) {
        List<String> problems = new ArrayList<>(probed.problems());
        List<Slide> slides = new ArrayList<>();
        if (grid) {
            if (probed.photos().size() >= PhotoGrid.MIN_PHOTOS && probed.photos().size() <= PhotoGrid.MAX_PHOTOS) {
                slides.add(Slide.of(new PhotoGrid(probed.photos().stream().map(Photo::of).toList(), "", "")));
            } else if (!probed.photos().isEmpty()) {
                problems.add(messages.get("photos.grid.count", probed.photos().size()));
            }
        } else {
            probed.photos().forEach(ref -> slides.add(Slide.of(new SinglePhoto(Photo.of(ref)))));
        }
        if (!slides.isEmpty()) {
            if (target != null) {
                session.select(target);
            }
            if (runningOrder.insertionSegment().isEmpty()) {
                runningOrder.addSegment(SegmentKind.PHOTO_MONTAGE);
            }
            runningOrder.addSlides(slides, "edit.photos.import");
        }
        if (!problems.isEmpty()) {
            dialogs.showError(messages.get("photos.problems.title"),
                    messages.get("photos.problems.message", problems.size(), slides.isEmpty() ? 0 : probed.photos().size(),
                            String.join("\n", problems)));
        }
    }

    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    private void finish() {
        busy.set(false);
        message.set("");
        job = null;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }
}
