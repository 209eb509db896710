package org.podium.ui.presenter;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.podium.layout.SlidePage;
import org.podium.media.MediaStore;
import org.podium.media.PhotoCache;
import org.podium.model.Programme;
import org.podium.ui.common.ControllerFactory;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.FxDialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.common.Stylesheets;
import org.podium.ui.common.Views;

/**
 * One presentation: the audience window, the console and what connects them: keys, screens,
 * decoding ahead, auto-advance and the clocks. Made and used on the JavaFX thread.
 */
public final class Presenter {

    private static final System.Logger LOG = System.getLogger(Presenter.class.getName());
    /** Preferences key of the audience screen's geometry. */
    static final String SCREEN_KEY = "audienceScreen";
    /** Id of the audience's slide node, followed by the 1-based page number. */
    static final String AUDIENCE_PAGE_ID = "audience-page-";
    private static final Duration CLOCK_TICK = Duration.millis(250);

    private final PresenterViewModel model;
    private final Messages messages;
    private final Preferences preferences;
    private final PresenterOptions options;
    private final AudienceWindow audience;
    private final Stage consoleStage;
    private final PresenterConsoleView console;
    private final AudiencePages audiencePages;
    private final WarmUp warmUp;
    private final ScreenChooser chooser;
    private final ConsoleTexts texts;
    private final Timeline clockTimer;
    private final AutoAdvanceTimer autoAdvance;
    private ScreenWatcher watcher;
    /** The screens as last reported. */
    private List<ScreenInfo> screens = List.of();
    private DialogService dialogs;
    private Placement placement = Placement.HIDDEN;
    /** True once the audience window has been shown. */
    private boolean live;
    private Runnable onEnded = () -> { };

    /**
     * @param programme      what is presented
     * @param pages          its pages, laid out
     * @param media          where its photos are
     * @param cache          decoded photos, shared with whatever else draws them
     * @param decodeExecutor background threads for decoding ahead (the app's runner)
     * @param clock          wall clock for the timers
     * @param preferences    where the audience screen's geometry is remembered; null to forget it
     */
    public Presenter(Programme programme, List<SlidePage> pages, MediaStore media, PhotoCache cache,
                     Executor decodeExecutor, Messages messages, Clock clock, Preferences preferences, PresenterOptions options, Stage consoleStage, Stage audienceStage) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.preferences = preferences;
        this.options = Objects.requireNonNull(options, "options");
        this.texts = new ConsoleTexts(messages);
        LocalDateTime startedAt = LocalDateTime.now(clock);
        boolean holding = options.holdUntilStart() && PresenterViewModel.isTheDay(programme, startedAt.toLocalDate())
                && startedAt.toLocalTime().isBefore(programme.startTime());
        this.model = new PresenterViewModel(programme, pages, clock, options.fromPage(), holding);
        this.autoAdvance = new AutoAdvanceTimer(model);
        this.chooser = new ScreenChooser(preferences == null ? null
                : ScreenRect.decode(preferences.get(SCREEN_KEY, null)).orElse(null));
        this.audience = new AudienceWindow(audienceStage);
        audience.setFade(options.fade());
        this.audiencePages = new AudiencePages(model, audience, cache, media, decodeExecutor);
        this.consoleStage = consoleStage;
        FxDialogService fxDialogs = new FxDialogService(messages);
        fxDialogs.setOwner(consoleStage);
        this.dialogs = fxDialogs;
        // before the console's own listener: the audience's page is drawn, and its photos queued, first
        model.stateProperty().addListener((obs, old, now) -> stateChanged(old, now));
        this.console = new PresenterConsoleView(model, messages, audiencePages::preview,
                new PresenterConsoleView.Screens(this::audienceScreens, this::moveAudienceTo));
        Views views = new Views(messages, new ControllerFactory().register(PresenterConsoleView.class, () -> console));
        Parent root = views.load(PresenterConsoleView.class, "PresenterConsole.fxml");
        root.getStyleClass().add(StyleClasses.language(messages.locale()));
        Scene consoleScene = new Scene(root, 1280, 800);
        consoleScene.getStylesheets().addAll(Stylesheets.podium());
        consoleScene.getStylesheets().add(PresenterStyles.stylesheet());
        consoleStage.setScene(consoleScene);
        audiencePages.ahead().drawAfterPulsesOf(consoleScene);
        audiencePages.onPhotosArrived(console::redrawPreviews);
        consoleStage.setTitle(messages.get("presenter.window.title", programme.title()));
        consoleStage.setOnCloseRequest(e -> model.end());
        EventHandler<KeyEvent> keys = this::onKey;
        consoleScene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        audience.scene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        warmUp = new WarmUp(model, audiencePages::pxPerPt, console::warmUpRunningOrder);
        clockTimer = new Timeline(new KeyFrame(CLOCK_TICK, e -> refreshClocks()));
        clockTimer.setCycleCount(Timeline.INDEFINITE);
    }

    public PresenterViewModel model() {
        return model;
    }

    public AudienceWindow audience() {
        return audience;
    }

    public Stage consoleStage() {
        return consoleStage;
    }

    public Placement placement() {
        return placement;
    }

    /** Called once when the presentation ends (Esc confirmed, End, console closed). */
    public void setOnEnded(Runnable action) {
        this.onEnded = Objects.requireNonNull(action, "action");
    }

    /** Shows the console and the audience window and starts listening to keys and screens. */
    public void start() {
        screens = ScreenWatcher.current();
        Placement first = chooser.choose(screens, options.screenNumber());
        ScreenRect consoleScreen = ScreenChooser.consoleScreen(screens, first);
        consoleStage.setX(consoleScreen.xPx());
        consoleStage.setY(consoleScreen.yPx());
        consoleStage.setWidth(consoleScreen.widthPx());
        consoleStage.setHeight(consoleScreen.heightPx());
        consoleStage.show();
        apply(first);
        watcher = new ScreenWatcher(this::screensChanged);
        clockTimer.play();
        refreshClocks();
        warmUp.start();
    }

    /** Ends the presentation and closes both windows. */
    public void end() {
        model.end();
    }

    private void onKey(KeyEvent event) {
        Optional<PresenterAction> action = model.onKey(event.getCode().name(), event.getText(),
                event.isControlDown() || event.isAltDown() || event.isMetaDown() || event.isShortcutDown());
        if (action.isEmpty()) {
            return;
        }
        event.consume();
        if (action.get() == PresenterAction.TOGGLE_CONSOLE) {
            toggleConsole();
        }
    }

    /** On a shared screen: the console in front, or the audience window again. */
    private void toggleConsole() {
        if (!coversConsole()) {
            return;
        }
        if (consoleStage.isFocused()) {
            audience.stage().toFront();
            audience.stage().requestFocus();
        } else {
            consoleStage.toFront();
            consoleStage.requestFocus();
        }
    }

    /** The {@link ScreenWatcher}'s input: the screens now. Tests call it to plug and unplug screens. */
    void screensChanged(List<ScreenInfo> now) {
        screens = List.copyOf(now);
        apply(chooser.update(screens));
        console.refreshScreens();
    }

    /** The screens for the console's menu, marking the console's and the audience's. */
    List<AudienceScreens.Choice> audienceScreens() {
        ScreenRect consoleScreen = consoleScreen();
        return consoleScreen == null ? List.of() : AudienceScreens.choices(screens, placement, consoleScreen);
    }

    /**
     * The operator chose a screen for the slides in the console. Onto the console's own screen only
     * after asking, with another screen there; with one screen it switches windows as Tab does.
     */
    void moveAudienceTo(ScreenRect target) {
        ScreenRect consoleScreen = consoleScreen();
        if (consoleScreen == null) {
            return;
        }
        switch (AudienceScreens.decide(screens, placement, consoleScreen, target)) {
            case MOVE:
                chooser.moveTo(screens, target).ifPresent(this::apply);
                consoleStage.toFront();
                break;
            case CONFIRM:
                if (dialogs.confirm(messages.get("presenter.screens.confirm.title"),
                        messages.get("presenter.screens.confirm.message", (int) target.widthPx(), (int) target.heightPx()),
                        messages.get("presenter.screens.confirm.yes"), messages.get("presenter.screens.confirm.no"))) {
                    chooser.moveTo(screens, target).ifPresent(this::apply);
                    audience.stage().toFront();
                }
                break;
            case TOGGLE_CONSOLE:
                toggleConsole();
                break;
            default:
                break;
        }
        console.refreshScreens();
    }

    /** The screen under the console's centre; where it was put at the start if that is none of them. */
    private ScreenRect consoleScreen() {
        if (screens.isEmpty()) {
            return null;
        }
        double x = consoleStage.getX() + consoleStage.getWidth() / 2;
        double y = consoleStage.getY() + consoleStage.getHeight() / 2;
        return screens.stream().map(ScreenInfo::bounds)
                .filter(b -> x >= b.xPx() && x < b.xPx() + b.widthPx() && y >= b.yPx() && y < b.yPx() + b.heightPx())
                .findFirst().orElseGet(() -> ScreenChooser.consoleScreen(screens, placement));
    }

    /** True when the slides cover the console's screen: the only screen, or chosen so from the console. */
    private boolean coversConsole() {
        return placement.shown() && (placement.sharesConsoleScreen() || placement.bounds().equals(consoleScreen()));
    }

    /** Asks the console's questions; tests answer them. */
    void setDialogs(DialogService dialogService) {
        this.dialogs = Objects.requireNonNull(dialogService, "dialogService");
    }

    private void apply(Placement newPlacement) {
        placement = newPlacement;
        if (newPlacement.shown()) {
            ScreenRect bounds = newPlacement.bounds();
            double scale = Math.min(bounds.widthPx() / model.current().layout().widthPt(),
                    bounds.heightPx() / model.current().layout().heightPt());
            audience.placeOn(bounds);
            audiencePages.rescale(scale);
            audiencePages.show(false);
            audience.setBlanking(model.state().blanking());
            boolean overConsole = coversConsole();
            // only a screen of the audience's own is worth remembering: a laptop's screen shared in a
            // rehearsal at home would otherwise put the slides there, and the console on the projector,
            // at the venue
            if (preferences != null && !overConsole) {
                preferences.put(SCREEN_KEY, bounds.encode());
            }
            String status = newPlacement.sharesConsoleScreen() ? "presenter.screen.shared"
                    : overConsole ? "presenter.screen.overConsole" : "presenter.screen.on";
            console.setAudienceStatus(messages.get(status, (int) bounds.widthPx(), (int) bounds.heightPx()));
        } else {
            audience.hide();
            console.setAudienceStatus(messages.get("presenter.screen.missing"));
            LOG.log(Level.INFO, "audience screen gone; audience window hidden until it returns");
        }
        // once the audience has seen the slides the show is live, also while its screen is gone for a
        // moment (HDMI splitter drop): Esc still asks before ending
        live |= newPlacement.shown();
        model.setLive(live);
    }

    private void stateChanged(PresenterState old, PresenterState now) {
        if (now.ended()) {
            shutDown();
            return;
        }
        if (now.index() != old.index()) {
            audiencePages.show(true);
        }
        audience.setBlanking(now.blanking());
        if (now.confirmingEnd() && coversConsole()) {
            consoleStage.toFront();
        }
        autoAdvance.reset();
    }

    /** Replaces the auto-advance timers; tests fire them when they choose. */
    void setScheduler(AutoAdvanceTimer.Scheduler scheduler) {
        autoAdvance.setScheduler(scheduler);
    }

    /** The console's clocks and the holding slide's countdown, now; the clock timer calls it 4 times a second. */
    void refreshClocks() {
        TimerReadout readout = model.readout();
        console.refreshClock();
        Programme programme = model.programme();
        audience.setHolding(programme.title(), programme.subtitle(), texts.countdown(readout));
    }

    /**
     * Completes once {@link #start()}'s warm-up (the first page of each slide kind drawn off screen,
     * the console's running order exercised) has run, a fraction of a second after start.
     */
    public CompletionStage<Void> warmedUp() {
        return warmUp.done();
    }

    /** The console's controller; tests drive its parts directly. */
    PresenterConsoleView console() {
        return console;
    }

    /** Drawings made ahead and kept now; tests check what is kept. */
    DrawingAhead drawingAhead() {
        return audiencePages.ahead();
    }

    private void shutDown() {
        audiencePages.ahead().clear();
        clockTimer.stop();
        autoAdvance.stop();
        if (watcher != null) {
            watcher.close();
        }
        audience.close();
        consoleStage.close();
        onEnded.run();
    }
}
