package org.podium;

import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.podium.io.RecoveryStore;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.Themes;
import org.podium.media.PhotoCache;
import org.podium.media.PhotoRequest;
import org.podium.render.GlyphCoverage;
import org.podium.render.FxFontResolver;
import org.podium.render.FxTextMeasurer;
import org.podium.render.SlideRenderer;
import org.podium.ui.common.BackgroundRunner;
import org.podium.ui.common.ControllerFactory;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Scheduler;
import org.podium.ui.common.Views;
import org.podium.ui.export.DocumentExporters;
import org.podium.ui.export.ExportPorts;
import org.podium.ui.export.ExportView;
import org.podium.ui.export.ExportViewModel;
import org.podium.ui.export.ExportingView;
import org.podium.ui.export.FxExportFileChooser;
import org.podium.ui.export.FxExportNotifier;
import org.podium.ui.export.HandoutsOptionsView;
import org.podium.ui.export.PowerPointOptionsView;
import org.podium.ui.export.PreferencesExportMemory;
import org.podium.ui.inspector.InspectorView;
import org.podium.ui.inspector.InspectorViewModel;
import org.podium.ui.photos.PhotoImportViewModel;
import org.podium.ui.photos.PhotoPreviews;
import org.podium.ui.photos.PhotosView;
import org.podium.ui.photos.PhotosViewModel;
import org.podium.ui.presenter.PresenterLauncher;
import org.podium.ui.preview.PreviewView;
import org.podium.ui.preview.PreviewViewModel;
import org.podium.ui.problems.ProblemsView;
import org.podium.ui.problems.ProblemsViewModel;
import org.podium.ui.runningorder.RunningOrderViewModel;
import org.podium.ui.runningorder.SlideThumbnails;
import org.podium.ui.session.Autosave;
import org.podium.ui.session.EditorSession;
import org.podium.ui.settings.SettingsDialog;
import org.podium.ui.settings.SettingsView;
import org.podium.ui.settings.SettingsViewModel;
import org.podium.ui.shell.MainWindow;
import org.podium.ui.shell.MainWindowView;
import org.podium.ui.shell.MainWindowViewModel;
import org.podium.ui.shell.ProgrammeStore;
import org.podium.ui.shell.RecentFiles;
import org.podium.ui.shell.SampleSource;
import org.podium.ui.shell.SlideShow;

/**
 * The composition root: every service and view model of the app is made here, with plain
 * constructors, and handed to those that need it. Tests build one with same-thread and fake parts.
 */
public final class AppContext implements AutoCloseable {

    /** The ports the app talks to the outside world through; tests pass fakes and temp folders. */
    public record Ports(BackgroundRunner runner, DialogService dialogs, RecentFiles recentFiles, ProgrammeStore store,
                        SampleSource sample, RecoveryStore recovery, Scheduler scheduler) {
    }

    private final Messages messages;
    private final BackgroundRunner runner;
    private final EditorSession session;
    private final MainWindowViewModel mainWindow;
    private final RunningOrderViewModel runningOrder;
    private final InspectorViewModel inspector;
    private final ProblemsViewModel problems;
    private final PhotoImportViewModel photos;
    private final PhotoPreviews previews;
    private final Autosave autosave;
    private final Views views;
    private final ExportViewModel export;
    /** The main window once shown; dialogs of the export belong to it. */
    private Stage mainStage;

    /** The app with the desktop's export chooser and toasts, remembering export options in the user's preferences. */
    public AppContext(Messages messages, String version, Ports ports) {
        this(messages, version, ports, null);
    }

    /** @param exportPorts the export's chooser, toasts and memory; {@code null} for the desktop's */
    public AppContext(Messages messages, String version, Ports ports, ExportPorts exportPorts) {
        this.messages = messages;
        this.runner = ports.runner();
        this.session = new EditorSession(MainWindowViewModel.emptyProgramme(messages));
        this.mainWindow = new MainWindowViewModel(messages, runner, ports.dialogs(), ports.recentFiles(), ports.store(),
                ports.sample(), version, session, ports.recovery());
        this.autosave = new Autosave(session, ports.recovery(), runner, ports.scheduler(), Autosave.DEFAULT_QUIET,
                Autosave.DEFAULT_PERIOD);
        SlideLayoutEngine layoutEngine = new SlideLayoutEngine(Themes.bundled(), new FxTextMeasurer(),
                new FxFontResolver());
        PhotoCache photoCache = new PhotoCache();
        // Reads the session's store when drawn: opening another file replaces it.
        SlideRenderer renderer = new SlideRenderer((media, request) -> photoCache.get(media, session.media(), request));
        this.runningOrder = new RunningOrderViewModel(session, messages,
                new SlideThumbnails(session, layoutEngine, runner, SlideThumbnails.painter(renderer)));
        this.photos = new PhotoImportViewModel(session, runningOrder, runner, ports.dialogs(), messages);
        this.inspector = new InspectorViewModel(session, messages, photos::choosePicture);
        PreviewViewModel preview = new PreviewViewModel(session, messages, layoutEngine);
        // One small decode per photo, shared by the Photos pane and the problems panel.
        this.previews = new PhotoPreviews(session, runner, ref -> photoCache.get(ref, session.media(),
                PhotoRequest.longEdge(PhotoPreviews.LONG_EDGE_PX)));
        this.problems = new ProblemsViewModel(session, messages, runner, ports.scheduler(), layoutEngine,
                GlyphCoverage.installed(), previews);
        PhotosViewModel photoLibrary = new PhotosViewModel(session, previews, messages);
        SettingsViewModel settings = new SettingsViewModel(session, messages, Themes.bundled());
        ControllerFactory controllers = new ControllerFactory();
        this.views = new Views(messages, controllers);
        SettingsDialog settingsDialog = new SettingsDialog(views, settings, messages);
        ExportPorts exporting = exportPorts != null ? exportPorts : new ExportPorts(
                new FxExportFileChooser(messages, this::owner), new FxExportNotifier(messages, runner, this::owner),
                new PreferencesExportMemory(Preferences.userRoot().node("org/podium/export")));
        this.export = new ExportViewModel(session, new DocumentExporters(layoutEngine), runner, exporting.chooser(),
                ports.dialogs(), exporting.notifier(), exporting.memory(), messages);
        ExportView exportView = new ExportView(views, export, messages);
        SlideShow slideShow = (programme, media, from) -> PresenterLauncher.presentInApp(programme, media, messages,
                runner, from, () -> { },
                error -> ports.dialogs().showError(messages.get("presenter.error.title"), error.getMessage()));
        controllers.register(MainWindowView.class, () -> new MainWindowView(mainWindow, runningOrder, photos, problems,
                        settingsDialog, exportView, slideShow, messages, views))
                .register(PowerPointOptionsView.class, () -> new PowerPointOptionsView(export))
                .register(HandoutsOptionsView.class, () -> new HandoutsOptionsView(export))
                .register(ExportingView.class, () -> new ExportingView(export))
                .register(InspectorView.class, () -> new InspectorView(inspector, messages, sha256 -> Optional
                        .ofNullable(previews.outcomes().get(sha256)).map(PhotoPreviews.Outcome::photo)))
                .register(PreviewView.class, () -> new PreviewView(preview, runner, renderer))
                .register(ProblemsView.class, () -> new ProblemsView(problems))
                .register(PhotosView.class, () -> new PhotosView(photoLibrary, messages))
                .register(SettingsView.class, () -> new SettingsView(settings));
    }

    public MainWindowViewModel mainWindow() {
        return mainWindow;
    }

    public EditorSession session() {
        return session;
    }

    public RunningOrderViewModel runningOrder() {
        return runningOrder;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public PhotoImportViewModel photos() {
        return photos;
    }

    public ProblemsViewModel problems() {
        return problems;
    }

    public ExportViewModel export() {
        return export;
    }

    private Window owner() {
        return mainStage;
    }

    public Autosave autosave() {
        return autosave;
    }

    /** Loads the main window into {@code stage} and shows it; call on the JavaFX thread. */
    public Scene showMainWindow(Stage stage) {
        mainStage = stage;
        Scene scene = MainWindow.createScene(views, messages.locale());
        MainWindow.show(stage, scene, mainWindow);
        // Closing the window with unsaved changes asks first; Cancel keeps it open.
        stage.setOnCloseRequest(event -> {
            event.consume();
            mainWindow.whenChangesAreSafe(stage::hide);
        });
        return scene;
    }

    /** Ends the session: a clean close removes the autosaved copy. */
    @Override
    public void close() {
        autosave.closeCleanly();
        problems.close();
        export.cancel();
        mainWindow.close();
        runner.close();
    }
}
