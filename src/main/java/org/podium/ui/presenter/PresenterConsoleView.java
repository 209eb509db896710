package org.podium.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.layout.SlidePage;
import org.podium.ui.common.Messages;

/**
 * The operator's console: current and next slide, notes in large type, the segment with its
 * people and timer, the clock and the schedule, the running order to jump anywhere, and the
 * black / white / holding buttons. A thin view over {@link PresenterViewModel}.
 */
public final class PresenterConsoleView {

    /** Width of the current slide's preview, in pixels. */
    static final double CURRENT_WIDTH_PX = 640;
    /** Width of the next slide's preview, in pixels. */
    static final double NEXT_WIDTH_PX = 400;
    /** The audience-screen menu's icon: a screen passing its picture on. */
    static final String SCREEN_ICON = "mdi2m-monitor-share";

    /** Draws page {@code index} at a scale for a preview. */
    @FunctionalInterface
    public interface Previews {
        Region draw(int index, double pxPerPt);
    }

    /**
     * The audience-screen menu's source and action.
     *
     * @param choices the screens now
     * @param move    moves the slides to a screen (asking first when it is the console's)
     */
    public record Screens(Supplier<List<AudienceScreens.Choice>> choices, Consumer<ScreenRect> move) {
    }

    private final PresenterViewModel model;
    private final ConsoleTexts texts;
    private final Messages messages;
    private final Previews previews;
    private final Screens screens;

    @FXML private Label segmentTitle;
    @FXML private Label segmentPeople;
    @FXML private Label segmentTimer;
    @FXML private Label clock;
    @FXML private Label schedule;
    @FXML private Label position;
    @FXML private Label blankingState;
    @FXML private Label numberEntry;
    @FXML private Label notes;
    @FXML private Label audienceStatus;
    @FXML private Label confirmEnd;
    @FXML private VBox currentPane;
    @FXML private VBox nextPane;
    @FXML private ListView<Integer> runningOrder;
    @FXML private ToggleButton blackButton;
    @FXML private ToggleButton whiteButton;
    @FXML private ToggleButton logoButton;
    @FXML private Button endButton;
    @FXML private MenuButton screenMenu;

    /** Pages the running order's warm-up moves through. */
    private static final int WARM_UP_PAGES = 8;

    private int drawnIndex = -1;
    private ScaledPreview currentPreview;
    private ScaledPreview nextPreview;

    public PresenterConsoleView(PresenterViewModel model, Messages messages, Previews previews, Screens screens) {
        this.model = model;
        this.messages = messages;
        this.texts = new ConsoleTexts(messages);
        this.previews = previews;
        this.screens = screens;
    }

    @FXML
    private void initialize() {
        double aspect = model.current().layout().heightPt() / model.current().layout().widthPt();
        currentPreview = new ScaledPreview(CURRENT_WIDTH_PX, CURRENT_WIDTH_PX * aspect,
                PresenterStyles.PREVIEW, PresenterStyles.PREVIEW_CURRENT);
        nextPreview = new ScaledPreview(NEXT_WIDTH_PX, NEXT_WIDTH_PX * aspect,
                PresenterStyles.PREVIEW, PresenterStyles.PREVIEW_NEXT);
        currentPane.getChildren().setAll(currentPreview);
        runningOrder.setItems(FXCollections.observableList(IntStream.range(0, model.size()).boxed().toList()));
        runningOrder.setCellFactory(list -> new PageCell());
        runningOrder.setFocusTraversable(false);
        model.stateProperty().addListener((obs, old, now) -> refresh());
        screenMenu.setGraphic(new FontIcon(SCREEN_ICON));
        screenMenu.setOnShowing(e -> refreshScreens());
        refresh();
        refreshClock();
    }

    /** Shows the state: page, previews, notes, buttons. */
    void refresh() {
        PresenterState s = model.state();
        int index = s.index();
        if (index != drawnIndex) {
            drawnIndex = index;
            segmentTitle.setText(model.currentSegment().title());
            segmentPeople.setText(texts.people(model.currentSegment()));
            notes.setText(model.notes());
            position.setText(texts.position(index, model.size()));
            redrawPreviews();
            runningOrder.getSelectionModel().clearAndSelect(index);
            runningOrder.scrollTo(Math.max(0, index - 3));
        }
        blackButton.setSelected(s.blanking() == Blanking.BLACK);
        whiteButton.setSelected(s.blanking() == Blanking.WHITE);
        logoButton.setSelected(s.blanking() == Blanking.LOGO);
        blankingState.setText(blankingText(s.blanking()));
        numberEntry.setText(s.numberEntry().isEmpty() ? "" : messages.get("presenter.numberEntry", s.numberEntry()));
        confirmEnd.setVisible(s.confirmingEnd());
    }

    /**
     * Selects and scrolls the running order through the next few pages and back to the page on
     * show, laying it out each time, all before the next pulse draws anything. The first moves of
     * a show otherwise paid 10–25 ms for what selecting and scrolling a list load on first use.
     */
    void warmUpRunningOrder() {
        int index = model.state().index();
        int pages = Math.min(model.size() - 1, WARM_UP_PAGES);
        for (int i = 1; i <= pages; i++) {
            int k = (index + i) % model.size();
            runningOrder.getSelectionModel().clearAndSelect(k);
            runningOrder.scrollTo(Math.max(0, k - 3));
            runningOrder.layout();
        }
        runningOrder.getSelectionModel().clearAndSelect(index);
        runningOrder.scrollTo(Math.max(0, index - 3));
        runningOrder.layout();
    }

    private String blankingText(Blanking blanking) {
        switch (blanking) {
            case BLACK:
                return messages.get("presenter.blanking.black");
            case WHITE:
                return messages.get("presenter.blanking.white");
            case LOGO:
                return messages.get("presenter.blanking.logo");
            default:
                return "";
        }
    }

    /** Draws the current and next previews again, e.g. when their photos were decoded. */
    void redrawPreviews() {
        int index = model.state().index();
        double slideWidthPt = model.current().layout().widthPt();
        currentPreview.setContent(previews.draw(index, CURRENT_WIDTH_PX / slideWidthPt));
        if (model.next().isPresent()) {
            nextPreview.setContent(previews.draw(index + 1, NEXT_WIDTH_PX / slideWidthPt));
            nextPane.getChildren().setAll(nextPreview);
        } else {
            Label end = new Label(messages.get("presenter.label.endOfProgramme"));
            end.getStyleClass().add("console-end-marker");
            nextPane.getChildren().setAll(end);
        }
    }

    /** The clock, segment timer and schedule now. */
    void refreshClock() {
        TimerReadout readout = model.readout();
        clock.setText(texts.timeOfDay(readout));
        segmentTimer.setText(texts.segmentTimer(readout));
        segmentTimer.getStyleClass().remove(PresenterStyles.OVERRUN);
        if (readout.overrun()) {
            segmentTimer.getStyleClass().add(PresenterStyles.OVERRUN);
        }
        String scheduleText = texts.schedule(readout);
        String countdown = texts.countdown(readout);
        schedule.setText(countdown.isEmpty() ? scheduleText : countdown);
        schedule.getStyleClass().removeAll(PresenterStyles.BEHIND, PresenterStyles.AHEAD);
        readout.scheduleOffset().filter(o -> Math.abs(o.getSeconds()) >= 30).ifPresent(o ->
                schedule.getStyleClass().add(o.isNegative() ? PresenterStyles.AHEAD : PresenterStyles.BEHIND));
    }

    /** Lists the screens in the audience-screen menu again, e.g. after one was plugged in. */
    void refreshScreens() {
        if (screenMenu == null) {
            return; // before the FXML is loaded
        }
        List<MenuItem> items = new ArrayList<>();
        for (AudienceScreens.Choice choice : screens.choices().get()) {
            RadioMenuItem item = new RadioMenuItem(texts.screenChoice(choice));
            item.setSelected(choice.audience());
            item.getStyleClass().add(PresenterStyles.SCREEN_CHOICE);
            item.setOnAction(e -> screens.move().accept(choice.bounds()));
            items.add(item);
        }
        screenMenu.getItems().setAll(items);
    }

    void setAudienceStatus(String text) {
        audienceStatus.setText(text);
    }

    @FXML
    private void black() {
        model.perform(PresenterAction.BLACK, OptionalInt.empty());
        refresh();
    }

    @FXML
    private void white() {
        model.perform(PresenterAction.WHITE, OptionalInt.empty());
        refresh();
    }

    @FXML
    private void logo() {
        model.perform(PresenterAction.LOGO, OptionalInt.empty());
        refresh();
    }

    @FXML
    private void end() {
        model.perform(PresenterAction.END, OptionalInt.empty());
    }

    /** One page of the running order; a click jumps there. */
    private final class PageCell extends ListCell<Integer> {

        PageCell() {
            setOnMouseClicked(e -> {
                if (getItem() != null) {
                    model.jumpTo(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            getStyleClass().removeAll(PresenterStyles.PAGE_ROW, PresenterStyles.PAGE_ROW_SEGMENT);
            if (empty || index == null) {
                setText(null);
                return;
            }
            SlidePage page = model.pages().get(index);
            boolean firstOfSegment = index == 0 || !model.segmentAt(index - 1).id().equals(page.segmentId());
            String label = (index + 1) + "  " + texts.pageLabel(page, model, index);
            setText(firstOfSegment ? model.segmentAt(index).title() + "\n" + label : label);
            getStyleClass().add(firstOfSegment ? PresenterStyles.PAGE_ROW_SEGMENT : PresenterStyles.PAGE_ROW);
        }
    }
}
