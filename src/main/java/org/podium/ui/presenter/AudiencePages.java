package org.podium.ui.presenter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.layout.Region;
import org.podium.layout.SlidePage;
import org.podium.media.MediaStore;
import org.podium.media.PhotoCache;
import org.podium.render.SlideRenderer;

/**
 * The pages as the audience and the console's previews see them, drawn from decoded photos only:
 * the page on show is put in place at once (the drawing made ahead when there is one), its photos
 * and those of the pages ahead are decoded in the background with the page on show first, and the
 * page and the previews are drawn again when its photos arrive. On the JavaFX thread only.
 */
final class AudiencePages {

    private final PresenterViewModel model;
    private final AudienceWindow audience;
    private final PhotoCache cache;
    private final MediaStore media;
    private final CurrentPageFirstExecutor decodeExecutor;
    private final PhotoPrefetcher prefetcher;
    private final SlideRenderer audienceRenderer;
    /** One renderer per preview scale, each with its own small decoded copies. */
    private final Map<Double, SlideRenderer> previewRenderers = new HashMap<>();
    private final DrawingAhead ahead;
    private Runnable redrawPreviews = () -> { };
    private double pxPerPt = 1;
    private int shownIndex = -1;
    /** Every photo of the page on show and of its previews had settled when it was drawn. */
    private boolean complete;

    /**
     * @param decodeThreads background threads for decoding (the app's runner); at most
     *                      processors − 1 decodes run on them at once
     */
    AudiencePages(PresenterViewModel model, AudienceWindow audience, PhotoCache cache, MediaStore media,
                  Executor decodeThreads) {
        this.model = Objects.requireNonNull(model, "model");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.media = Objects.requireNonNull(media, "media");
        this.decodeExecutor = new CurrentPageFirstExecutor(Objects.requireNonNull(decodeThreads, "decodeThreads"),
                CurrentPageFirstExecutor.decodesAtOnce(Runtime.getRuntime().availableProcessors()));
        this.prefetcher = new PhotoPrefetcher(cache, media, decodeExecutor, decodeExecutor::forPage);
        this.audienceRenderer = new SlideRenderer(new CachedPhotos(cache, media, decodeExecutor, 1));
        // photos the drawings ahead ask for are decoded after those of the page on show
        this.ahead = new DrawingAhead(model, new PhotoPrefetcher(cache, media,
                task -> decodeExecutor.forPage(model.state().index() + 1).execute(task)), this::draw);
    }

    /** Called when the page on show got its photos: the console draws its previews again. */
    void onPhotosArrived(Runnable redrawPreviewsAction) {
        this.redrawPreviews = Objects.requireNonNull(redrawPreviewsAction, "redrawPreviewsAction");
    }

    /** The audience window's scale, in pixels per point. */
    double pxPerPt() {
        return pxPerPt;
    }

    /** The audience window's scale changed (another screen): everything is drawn anew at it. */
    void rescale(double newPxPerPt) {
        if (newPxPerPt != pxPerPt) {
            pxPerPt = newPxPerPt;
            shownIndex = -1;
            ahead.clear();
        }
    }

    /**
     * Puts the page on show into the audience window from decoded photos only, and decodes ahead:
     * this page, the next ones, and the console's previews. When something was still decoding the
     * page and the previews are drawn again once it is done (decoded or failed for good).
     */
    void show(boolean animate) {
        int index = model.state().index();
        if (index == shownIndex && complete) {
            return;
        }
        boolean redraw = index == shownIndex;
        decodeExecutor.showing(index);
        shownIndex = index;
        SlidePage page = model.current();
        double widthPt = page.layout().widthPt();
        List<CompletableFuture<?>> pending = new ArrayList<>(prefetcher.prefetch(model.pages(), index, pxPerPt));
        pending.addAll(prefetcher.request(page, PresenterConsoleView.CURRENT_WIDTH_PX / widthPt));
        model.next().ifPresent(next -> pending.addAll(prefetcher.request(next, PresenterConsoleView.NEXT_WIDTH_PX / widthPt)));
        complete = pending.stream().allMatch(CompletableFuture::isDone);
        // a redraw brings photos just decoded: never a drawing made ahead
        Region node = (redraw ? Optional.<Region>empty() : ahead.take(index, pxPerPt, true))
                .orElseGet(() -> draw(index, pxPerPt, true));
        audience.show(node, animate && !redraw);
        ahead.afterMove(pxPerPt);
        if (!complete) {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .handle((ok, failure) -> null)
                    .thenRun(() -> Platform.runLater(() -> photosArrived(index)));
        }
    }

    /** Page {@code index} for a console preview at this scale: the drawing made ahead, else drawn now. */
    Region preview(int index, double previewPxPerPt) {
        return ahead.take(index, previewPxPerPt, false).orElseGet(() -> draw(index, previewPxPerPt, false));
    }

    /** Drawings made ahead and kept now. */
    DrawingAhead ahead() {
        return ahead;
    }

    private void photosArrived(int index) {
        if (model.state().ended() || model.state().index() != index) {
            return;
        }
        complete = false;
        show(false);
        redrawPreviews.run();
    }

    /** Page {@code index} drawn now for the audience (with its node id) or for a preview. */
    private Region draw(int index, double scalePxPerPt, boolean forAudience) {
        if (forAudience) {
            Region node = audienceRenderer.render(model.pages().get(index).layout(), scalePxPerPt).node();
            node.setId(Presenter.AUDIENCE_PAGE_ID + (index + 1));
            return node;
        }
        // previews decode their own small copies: a full-size texture per preview doubles the garbage per move
        SlideRenderer renderer = previewRenderers.computeIfAbsent(scalePxPerPt,
                scale -> new SlideRenderer(new CachedPhotos(cache, media, decodeExecutor, 1)));
        return renderer.render(model.pages().get(index).layout(), scalePxPerPt).node();
    }
}
