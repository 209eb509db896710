package org.podium.ui.presenter;

import java.util.List;
import java.util.Objects;
import javafx.animation.FadeTransition;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;

/**
 * The window the audience sees: undecorated, covering one screen's bounds, cursor hidden, black
 * behind the slide, and nothing but slides (or black, white, the holding slide). It is placed and
 * hidden by the {@link ScreenChooser}'s decisions, never moved to a screen of its own accord.
 */
public final class AudienceWindow {

    /** Longest cross-fade between slides; longer feels sluggish to the person at the lectern. */
    public static final Duration MAX_FADE = Duration.millis(300);

    private final Stage stage;
    private final StackPane root = new StackPane();
    private final StackPane slideLayer = new StackPane();
    private final Region cover = new Region();
    private final VBox holding = new VBox();
    private final Label holdingTitle = new Label();
    private final Label holdingSubtitle = new Label();
    private final Label holdingCountdown = new Label();
    private Duration fade = Duration.ZERO;
    private Node shown;
    /** The fade in progress, or null; its slide is {@link #shown}. */
    private FadeTransition fading;
    private ScreenRect screen;

    public AudienceWindow(Stage stage) {
        this.stage = Objects.requireNonNull(stage, "stage");
        stage.initStyle(StageStyle.UNDECORATED);
        root.getStyleClass().add(PresenterStyles.AUDIENCE);
        cover.getStyleClass().add(PresenterStyles.COVER);
        holding.getStyleClass().add(PresenterStyles.HOLDING);
        holdingTitle.getStyleClass().add(PresenterStyles.HOLDING_TITLE);
        holdingSubtitle.getStyleClass().add(PresenterStyles.HOLDING_SUBTITLE);
        holdingCountdown.getStyleClass().add(PresenterStyles.HOLDING_COUNTDOWN);
        holdingTitle.setWrapText(true);
        holding.getChildren().addAll(holdingTitle, holdingSubtitle, holdingCountdown);
        cover.setVisible(false);
        holding.setVisible(false);
        root.getChildren().addAll(slideLayer, cover, holding);
        Scene scene = new Scene(root, Color.BLACK);
        scene.setCursor(Cursor.NONE);
        scene.getStylesheets().add(PresenterStyles.stylesheet());
        stage.setScene(scene);
        stage.setTitle("Podium");
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return stage.getScene();
    }

    /** The screen it covers or last covered. */
    public ScreenRect screen() {
        return screen;
    }

    /** Cross-fade length between slides, at most {@link #MAX_FADE}; zero for a cut. */
    public void setFade(Duration duration) {
        this.fade = duration.greaterThan(MAX_FADE) ? MAX_FADE : duration;
    }

    public Duration fade() {
        return fade;
    }

    /** Covers {@code bounds} and shows the window if hidden. */
    public void placeOn(ScreenRect bounds) {
        screen = bounds;
        stage.setX(bounds.xPx());
        stage.setY(bounds.yPx());
        stage.setWidth(bounds.widthPx());
        stage.setHeight(bounds.heightPx());
        if (!stage.isShowing()) {
            stage.show();
        }
    }

    /** Hides the window where it is; it is not moved anywhere. */
    public void hide() {
        stage.hide();
    }

    /** The slide node on show, or null before the first. */
    public Node shownSlide() {
        return shown;
    }

    /**
     * Shows {@code slide} (a node not in any scene), fading it in over the previous one. The new
     * node is in the scene when this returns; the previous one leaves when the fade ends. A slide
     * arriving while another still fades in cuts that fade short (the one fading in shows fully at
     * once and the new one fades in over it), so however fast the clicker, the window holds at
     * most two slides.
     */
    public void show(Node slide, boolean animate) {
        Node previous = shown;
        shown = slide;
        if (fading != null) {
            fading.stop();
            fading = null;
            if (previous != null) {
                previous.setOpacity(1);
            }
        }
        slideLayer.getChildren().add(slide);
        if (previous == null || !animate || fade.lessThanOrEqualTo(Duration.ZERO)) {
            slideLayer.getChildren().retainAll(slide);
            slide.setOpacity(1);
            return;
        }
        slideLayer.getChildren().retainAll(previous, slide);
        slide.setOpacity(0);
        FadeTransition transition = new FadeTransition(fade, slide);
        transition.setToValue(1);
        transition.setOnFinished(e -> {
            fading = null;
            slideLayer.getChildren().retainAll(slide);
        });
        fading = transition;
        transition.play();
    }

    /** The slide nodes in the window now: the one on show and any still fading out under it. */
    List<Node> slideNodes() {
        return List.copyOf(slideLayer.getChildren());
    }

    /** Puts black, white or the holding slide over the slide, or nothing. */
    public void setBlanking(Blanking blanking) {
        cover.getStyleClass().removeAll(PresenterStyles.COVER_BLACK, PresenterStyles.COVER_WHITE);
        cover.setVisible(blanking == Blanking.BLACK || blanking == Blanking.WHITE || blanking == Blanking.LOGO);
        cover.getStyleClass().add(blanking == Blanking.WHITE ? PresenterStyles.COVER_WHITE : PresenterStyles.COVER_BLACK);
        holding.setVisible(blanking == Blanking.LOGO);
    }

    /** The holding slide's texts; an empty countdown shows nothing. */
    public void setHolding(String title, String subtitle, String countdown) {
        holdingTitle.setText(title);
        holdingSubtitle.setText(subtitle);
        holdingSubtitle.setVisible(!subtitle.isEmpty());
        holdingCountdown.setText(countdown);
    }

    public Blanking blankingShown() {
        if (holding.isVisible()) {
            return Blanking.LOGO;
        }
        if (!cover.isVisible()) {
            return Blanking.NONE;
        }
        return cover.getStyleClass().contains(PresenterStyles.COVER_WHITE) ? Blanking.WHITE : Blanking.BLACK;
    }

    public void close() {
        stage.close();
    }
}
