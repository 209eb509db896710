package org.podium.ui.presenter;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import org.podium.layout.SlidePage;

/**
 * The next page drawn before the key that shows it: after a move, once its pulse has laid out the
 * new page, the next page for the audience and the two console previews it will need (itself at
 * the current preview's size, the page after it at the next preview's) are drawn in idle time, so
 * that the key only puts ready nodes in place. A drawing is handed out once (a node lives in one
 * scene) and only while every photo settled now (decoded or failed) was settled when it was drawn;
 * otherwise the caller draws as before. Photos of the page ahead arriving draw it again. At most
 * one page's drawings (three nodes) are kept. On the JavaFX thread only.
 */
final class DrawingAhead {

    /** Draws page {@code index} at a scale for the audience or for a preview. */
    interface Drawer {
        Region draw(int index, double pxPerPt, boolean audience);
    }

    /** A drawing and which of its page's photos, at its scale, had settled when it was drawn. */
    private record Drawing(int index, double pxPerPt, boolean audience, BitSet settled, Region node) {

        boolean is(int otherIndex, double otherPxPerPt, boolean otherAudience) {
            return index == otherIndex && pxPerPt == otherPxPerPt && audience == otherAudience;
        }
    }

    private final PresenterViewModel model;
    private final PhotoPrefetcher prefetcher;
    private final Drawer drawer;
    /** At most three: the audience's page ahead and the two previews shown with it. */
    private final List<Drawing> drawings = new ArrayList<>();
    private double audiencePxPerPt;
    /** Set by {@link #afterMove}; the next pulse's end starts drawing. */
    private boolean wanted;
    /** Counts drawing rounds; a round's photo callback is ignored once a later round started. */
    private long round;

    /**
     * @param prefetcher photo requests of the pages ahead, decoded after the page on show
     */
    DrawingAhead(PresenterViewModel model, PhotoPrefetcher prefetcher, Drawer drawer) {
        this.model = Objects.requireNonNull(model, "model");
        this.prefetcher = Objects.requireNonNull(prefetcher, "prefetcher");
        this.drawer = Objects.requireNonNull(drawer, "drawer");
    }

    /** Draws ahead after the pulses of {@code pulses}, a scene laid out on every pulse while presenting (the console's). */
    void drawAfterPulsesOf(Scene pulses) {
        // after the layout pass of the pulse that shows a move: posted from there, the drawing runs
        // once that pulse is over, so it never delays the audience's new page
        pulses.addPostLayoutPulseListener(() -> {
            if (wanted) {
                wanted = false;
                Platform.runLater(this::draw);
            }
        });
    }

    /** A page was shown (or drawn again with its photos) at this audience scale: draw the next one after this pulse. */
    void afterMove(double pxPerPt) {
        if (pxPerPt != audiencePxPerPt) {
            drawings.clear();
            audiencePxPerPt = pxPerPt;
        }
        wanted = true;
        Platform.requestNextPulse();
    }

    /**
     * The drawing of page {@code index} at this scale if one was made ahead and still shows every
     * photo settled now; it is handed out once.
     */
    Optional<Region> take(int index, double pxPerPt, boolean audience) {
        for (Iterator<Drawing> it = drawings.iterator(); it.hasNext(); ) {
            Drawing d = it.next();
            if (d.is(index, pxPerPt, audience)) {
                it.remove();
                boolean usable = stillCurrent(d) && d.node().getParent() == null && d.node().getScene() == null;
                return usable ? Optional.of(d.node()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Forgets every drawing, e.g. when the presentation ends. */
    void clear() {
        drawings.clear();
        wanted = false;
        round++;
    }

    /** Number of drawings kept now. */
    int size() {
        return drawings.size();
    }

    /** The drawing of page {@code index} kept now, without handing it out. */
    Optional<Region> kept(int index, double pxPerPt, boolean audience) {
        return drawings.stream().filter(d -> d.is(index, pxPerPt, audience)).map(Drawing::node).findFirst();
    }

    /** The audience's drawing of page {@code index} kept now, at the scale drawn ahead. */
    Optional<Region> keptForAudience(int index) {
        return kept(index, audiencePxPerPt, true);
    }

    private void draw() {
        long thisRound = ++round;
        if (model.state().ended()) {
            drawings.clear();
            return;
        }
        int ahead = model.state().index() + 1;
        List<Drawing> wantedNow = new ArrayList<>();
        if (ahead < model.size()) {
            double widthPt = model.pages().get(ahead).layout().widthPt();
            wantedNow.add(drawing(ahead, audiencePxPerPt, true));
            wantedNow.add(drawing(ahead, PresenterConsoleView.CURRENT_WIDTH_PX / widthPt, false));
            if (ahead + 1 < model.size()) {
                wantedNow.add(drawing(ahead + 1, PresenterConsoleView.NEXT_WIDTH_PX / widthPt, false));
            }
        }
        drawings.clear();
        drawings.addAll(wantedNow);
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (Drawing d : wantedNow) {
            for (CompletableFuture<?> f : prefetcher.request(model.pages().get(d.index()), d.pxPerPt())) {
                if (!f.isDone()) {
                    pending.add(f);
                }
            }
        }
        if (!pending.isEmpty()) {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .handle((ok, failure) -> null)
                    .thenRun(() -> Platform.runLater(() -> {
                        if (round == thisRound && !model.state().ended()) {
                            draw();
                        }
                    }));
        }
    }

    /** The kept drawing when it is still current, else a new one. */
    private Drawing drawing(int index, double pxPerPt, boolean audience) {
        for (Drawing d : drawings) {
            if (d.is(index, pxPerPt, audience) && stillCurrent(d)) {
                return d;
            }
        }
        // the settled photos are read before drawing: one settling meanwhile is then drawn again
        BitSet settled = settledNow(index, pxPerPt);
        return new Drawing(index, pxPerPt, audience, settled, drawer.draw(index, pxPerPt, audience));
    }

    /** Which of the page's photo requests at this scale are decoded or failed now. */
    private BitSet settledNow(int index, double pxPerPt) {
        SlidePage page = model.pages().get(index);
        List<? extends CompletableFuture<?>> futures = prefetcher.request(page, pxPerPt);
        BitSet settled = new BitSet(futures.size());
        for (int i = 0; i < futures.size(); i++) {
            settled.set(i, futures.get(i).isDone());
        }
        return settled;
    }

    /** True when no photo of the drawing's page settled after it was drawn. */
    private boolean stillCurrent(Drawing d) {
        BitSet settledSince = settledNow(d.index(), d.pxPerPt());
        settledSince.andNot(d.settled());
        return settledSince.isEmpty();
    }
}
