package org.podium.ui.runningorder;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.model.SlideId;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.runningorder.RunningOrderItem.SegmentItem;
import org.podium.ui.runningorder.RunningOrderItem.SlideItem;

/**
 * A running-order row. Segment: start time, kind pill, title, duration. Slide: number, kind, summary.
 * The graphic is built once per cell and refilled, since cells are reused while scrolling.
 */
public final class RunningOrderCell extends TreeCell<RunningOrderItem> {

    /** Style class of the frame around a slide's thumbnail. */
    public static final String ROW_THUMBNAIL = "row-thumbnail";

    private final Label time = label(StyleClasses.ROW_TIME);
    private final Label kind = label(StyleClasses.KIND_PILL);
    private final Label title = label(StyleClasses.ROW_TITLE);
    private final Label duration = label(StyleClasses.ROW_DURATION);
    private final HBox row = new HBox(time, kind, title, duration);
    private final String untitled;
    private final String noDuration;
    private final FontIcon noDurationIcon = new FontIcon("mdi2t-timer-sand-empty");
    private final SlideThumbnails thumbnails;
    private final ImageView thumbnail = new ImageView();
    private final StackPane thumbnailFrame = new StackPane(thumbnail);
    private final MapChangeListener<SlideId, Image> thumbnailArrived = change -> showThumbnail();
    private final InvalidationListener placeholderChanged = obs -> showThumbnail();
    private SlideId shownSlide;

    /**
     * @param untitled   shown for a segment whose title is blank
     * @param noDuration shown for a segment whose planned duration is not set
     */
    public RunningOrderCell(String untitled, String noDuration) {
        this(untitled, noDuration, null);
    }

    /** @param thumbnails shown left of each slide row; {@code null} for rows without them */
    public RunningOrderCell(String untitled, String noDuration, SlideThumbnails thumbnails) {
        this.untitled = untitled;
        this.noDuration = noDuration;
        this.thumbnails = thumbnails;
        thumbnailFrame.getStyleClass().add(ROW_THUMBNAIL);
        thumbnailFrame.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        thumbnailFrame.setVisible(false);
        thumbnailFrame.setManaged(false);
        row.getChildren().add(1, thumbnailFrame);
        if (thumbnails != null) {
            // Weak: cells come and go with the tree's skin, the thumbnails stay for the session.
            thumbnails.images().addListener(new WeakMapChangeListener<>(thumbnailArrived));
            thumbnails.placeholderProperty().addListener(new WeakInvalidationListener(placeholderChanged));
        }
        // The row takes the width the tree gives it and the title is cut with "…", instead of a long
        // summary widening every row and bringing up a horizontal scroll bar.
        setPrefWidth(0);
        title.setEllipsisString("…");
        row.getStyleClass().add(StyleClasses.ROW);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        time.setMinWidth(Region.USE_PREF_SIZE);
        kind.setMinWidth(Region.USE_PREF_SIZE);
        duration.setMinWidth(Region.USE_PREF_SIZE);
    }

    private void showThumbnail() {
        boolean shown = shownSlide != null;
        thumbnailFrame.setVisible(shown);
        thumbnailFrame.setManaged(shown);
        if (!shown) {
            thumbnail.setImage(null);
            return;
        }
        Image ready = thumbnails.images().get(shownSlide);
        thumbnail.setImage(ready != null ? ready : thumbnails.placeholderProperty().get());
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        return label;
    }

    @Override
    protected void updateItem(RunningOrderItem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(StyleClasses.SEGMENT_ROW, StyleClasses.SLIDE_ROW);
        kind.getStyleClass().removeIf(c -> c.startsWith(StyleClasses.SEGMENT_KIND_PREFIX)
                || c.equals(StyleClasses.SLIDE_KIND));
        title.getStyleClass().removeAll(StyleClasses.ROW_SUMMARY, StyleClasses.PLACEHOLDER);
        time.getStyleClass().remove(StyleClasses.ROW_NUMBER);
        duration.getStyleClass().remove(StyleClasses.NO_DURATION);
        duration.setGraphic(null);
        setText(null);
        shownSlide = item instanceof SlideItem slideItem && !empty && thumbnails != null ? slideItem.slideId() : null;
        showThumbnail();
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        if (item instanceof SegmentItem segment) {
            getStyleClass().add(StyleClasses.SEGMENT_ROW);
            kind.getStyleClass().add(StyleClasses.SEGMENT_KIND_PREFIX + segment.kind().id());
            time.setText(segment.start());
            kind.setText(segment.kindLabel());
            boolean blank = segment.title().isBlank();
            title.setText(blank ? untitled : segment.title().replace('\n', ' '));
            if (blank) {
                title.getStyleClass().add(StyleClasses.PLACEHOLDER);
            }
            duration.setText(segment.duration().isEmpty() ? noDuration : segment.duration());
            if (segment.duration().isEmpty()) {
                // The running sheet cannot add up the times until every segment has a duration.
                duration.getStyleClass().add(StyleClasses.NO_DURATION);
                duration.setGraphic(noDurationIcon);
            }
        } else {
            SlideItem slide = (SlideItem) item;
            getStyleClass().add(StyleClasses.SLIDE_ROW);
            kind.getStyleClass().add(StyleClasses.SLIDE_KIND);
            time.setText(String.valueOf(slide.number()));
            time.getStyleClass().add(StyleClasses.ROW_NUMBER);
            kind.setText(slide.kindLabel());
            title.setText(slide.summary());
            title.getStyleClass().add(StyleClasses.ROW_SUMMARY);
            duration.setText("");
        }
        time.setVisible(!time.getText().isEmpty());
        time.setManaged(time.isVisible());
        setGraphic(row);
    }
}
