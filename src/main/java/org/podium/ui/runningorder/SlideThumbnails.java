package org.podium.ui.runningorder;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.podium.layout.SlideLayout;
import org.podium.layout.SlideLayoutEngine;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.Slide;
import org.podium.model.SlideId;
import org.podium.render.RenderedSlide;
import org.podium.render.SlideRenderer;
import org.podium.render.SlideSnapshotter;
import org.podium.ui.common.BackgroundRunner;
import org.podium.ui.session.EditorSession;

/**
 * Small pictures of every slide for the running order. Each slide is laid out and drawn on the
 * {@link BackgroundRunner} (photos decoded at thumbnail size); only the snapshot, a few thousand
 * pixels, happens on the UI thread. A thumbnail is drawn again only when what it depends on
 * changed: the slide itself, its segment (without its other slides), or the programme's settings
 * (theme, format, language, title…). So typing in one slide redraws only that slide.
 */
public final class SlideThumbnails {

    /** Thumbnail width in px; the height follows the programme's slide shape (54 px for 16:9). */
    public static final int WIDTH_PX = 96;

    private static final System.Logger LOG = System.getLogger(SlideThumbnails.class.getName());

    /** Draws a laid-out slide {@code widthPx} wide. */
    @FunctionalInterface
    public interface Painter {
        /**
         * Called on a background thread: builds the drawing (decoding photos at this size) and returns
         * the step that turns it into an image, which is called on the UI thread.
         */
        Supplier<Image> prepare(SlideLayout layout, int widthPx) throws Exception;
    }

    /** What one thumbnail depends on; equal keys draw the same picture. */
    private record Key(Slide slide, Segment segmentWithoutSlides, Programme settings) {
    }

    private final SlideLayoutEngine engine;
    private final BackgroundRunner runner;
    private final Painter painter;
    private final ObservableMap<SlideId, Image> images = FXCollections.observableHashMap();
    private final ObservableMap<SlideId, Image> imagesView = FXCollections.unmodifiableObservableMap(images);
    private final ObjectProperty<Image> placeholder = new SimpleObjectProperty<>(this, "placeholder");
    /** The key last asked for per slide; read by the workers to skip work a newer edit made stale. */
    private final Map<SlideId, Key> asked = new ConcurrentHashMap<>();
    private Programme placeholderFor;

    public SlideThumbnails(EditorSession session, SlideLayoutEngine engine, BackgroundRunner runner, Painter painter) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.painter = Objects.requireNonNull(painter, "painter");
        session.programmeProperty().addListener((obs, old, now) -> refresh(now));
        refresh(session.programme());
    }

    /** Ready thumbnails by slide; a slide without one shows the {@link #placeholderProperty placeholder}. */
    public ObservableMap<SlideId, Image> images() {
        return imagesView;
    }

    /** The theme's empty background at thumbnail size, shown until a slide's thumbnail is ready. */
    public ReadOnlyObjectProperty<Image> placeholderProperty() {
        return placeholder;
    }

    /** The app's painter: the slide renderer's nodes, snapshotted on the UI thread. */
    public static Painter painter(SlideRenderer renderer) {
        Objects.requireNonNull(renderer, "renderer");
        return (layout, widthPx) -> {
            int heightPx = SlideSnapshotter.heightPx(layout, widthPx);
            // At this scale the renderer asks the photo cache for thumbnail-sized decodes.
            RenderedSlide drawn = renderer.render(layout, (double) widthPx / layout.widthPt());
            return () -> {
                SnapshotParameters parameters = new SnapshotParameters();
                parameters.setFill(Color.BLACK);
                parameters.setViewport(new Rectangle2D(0, 0, widthPx, heightPx));
                return drawn.node().snapshot(parameters, new WritableImage(widthPx, heightPx));
            };
        };
    }

    /** Thumbnail height in px for slides of that shape. */
    public static int heightPx(double aspectRatio) {
        return Math.max(1, (int) Math.round(WIDTH_PX / aspectRatio));
    }

    private void refresh(Programme programme) {
        Programme settings = programme.withSegments(List.of());
        if (!settings.equals(placeholderFor)) {
            placeholderFor = settings;
            drawPlaceholder(programme);
        }
        Set<SlideId> present = new HashSet<>();
        for (Segment segment : programme.segments()) {
            Segment bare = segment.withSlides(List.of());
            for (Slide slide : segment.slides()) {
                present.add(slide.id());
                Key key = new Key(slide, bare, settings);
                if (!key.equals(asked.get(slide.id()))) {
                    asked.put(slide.id(), key);
                    draw(slide, segment, programme, key);
                }
            }
        }
        asked.keySet().retainAll(present);
        images.keySet().retainAll(present);
    }

    private void draw(Slide slide, Segment segment, Programme programme, Key key) {
        SlideId id = slide.id();
        runner.run(work -> {
            if (!key.equals(asked.get(id))) {
                return null;
            }
            SlideLayout first = engine.layout(slide, segment, programme).get(0);
            return painter.prepare(first, WIDTH_PX);
        }, BackgroundRunner.Callback.of(step -> {
            // A thumbnail that finishes after a newer edit of its slide was asked for is dropped.
            if (step != null && key.equals(asked.get(id))) {
                try {
                    images.put(id, step.get());
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Could not draw the thumbnail of slide " + id, e);
                }
            }
        }, error -> LOG.log(System.Logger.Level.WARNING, "Could not draw the thumbnail of slide " + id, error)));
    }

    private void drawPlaceholder(Programme programme) {
        Programme settings = placeholderFor;
        SlideLayout empty = new SlideLayout(programme.format().widthPt(), programme.format().heightPt(),
                engine.themeFor(programme).background(), List.of());
        runner.run(work -> painter.prepare(empty, WIDTH_PX), BackgroundRunner.Callback.of(step -> {
            if (settings.equals(placeholderFor)) {
                try {
                    placeholder.set(step.get());
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Could not draw the thumbnail placeholder", e);
                }
            }
        }, error -> LOG.log(System.Logger.Level.WARNING, "Could not draw the thumbnail placeholder", error)));
    }
}
