package org.podium.ui.presenter;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleSupplier;
import javafx.application.Platform;
import org.podium.layout.SlidePage;
import org.podium.model.SlideKind;
import org.podium.render.SlideRenderer;

/**
 * Draws the first page of each slide kind once, off screen and without photos: that loads the
 * fonts, classes and style sheets a kind needs, which otherwise cost the first slide of that kind
 * up to 200 ms in front of the audience. One page per pulse, so the console stays responsive.
 * Then the console's own first-use work (its running order) runs once.
 */
final class WarmUp {

    private final SlideRenderer renderer = new SlideRenderer((ref, request) -> CachedPhotos.NOTHING);
    private final PresenterViewModel model;
    private final DoubleSupplier audiencePxPerPt;
    private final Runnable console;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    /**
     * @param audiencePxPerPt the audience window's scale now, in pixels per point
     * @param console         warms up the console once the pages are drawn
     */
    WarmUp(PresenterViewModel model, DoubleSupplier audiencePxPerPt, Runnable console) {
        this.model = model;
        this.audiencePxPerPt = audiencePxPerPt;
        this.console = console;
    }

    /** Starts drawing; call on the JavaFX thread. */
    void start() {
        draw(firstOfEachKind(), 0);
    }

    /** Completes on the JavaFX thread when everything is warmed up, or the presentation ended first. */
    CompletableFuture<Void> done() {
        return done;
    }

    private List<Integer> firstOfEachKind() {
        Map<SlideKind, Integer> first = new EnumMap<>(SlideKind.class);
        for (int i = 0; i < model.size(); i++) {
            first.putIfAbsent(model.slideAt(i).content().kind(), i);
        }
        return List.copyOf(first.values());
    }

    private void draw(List<Integer> pages, int next) {
        if (model.state().ended()) {
            done.complete(null);
            return;
        }
        if (next >= pages.size()) {
            console.run();
            done.complete(null);
            return;
        }
        SlidePage page = model.pages().get(pages.get(next));
        double widthPt = page.layout().widthPt();
        renderer.render(page.layout(), audiencePxPerPt.getAsDouble());
        renderer.render(page.layout(), PresenterConsoleView.CURRENT_WIDTH_PX / widthPt);
        Platform.runLater(() -> draw(pages, next + 1));
    }
}
