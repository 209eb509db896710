package org.podium.ui.presenter;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows a slide drawn at a fixed size scaled down or up to fit the space the console gives it,
 * keeping its proportions, so the console works on a 1366 × 768 laptop and a 2560-pixel monitor
 * alike without drawing the slide again on every resize.
 */
final class ScaledPreview extends Region {

    private final double contentWidthPx;
    private final double contentHeightPx;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private Node content;

    ScaledPreview(double contentWidthPx, double contentHeightPx, String... styleClasses) {
        getStyleClass().addAll(styleClasses);
        this.contentWidthPx = contentWidthPx;
        this.contentHeightPx = contentHeightPx;
        setMinSize(contentWidthPx / 4, contentHeightPx / 4);
        setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    }

    void setContent(Node node) {
        if (content != null) {
            content.getTransforms().remove(scale);
        }
        content = node;
        node.getTransforms().add(scale);
        getChildren().setAll(node);
    }

    Node content() {
        return content;
    }

    /** The height follows the width: the slide's proportions. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 ? contentWidthPx : width - in.getLeft() - in.getRight();
        return inner * contentHeightPx / contentWidthPx + in.getTop() + in.getBottom();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return contentWidthPx + in.getLeft() + in.getRight();
    }

    @Override
    protected void layoutChildren() {
        if (content == null) {
            return;
        }
        Insets in = getInsets();
        double factor = Math.min((getWidth() - in.getLeft() - in.getRight()) / contentWidthPx,
                (getHeight() - in.getTop() - in.getBottom()) / contentHeightPx);
        scale.setX(factor);
        scale.setY(factor);
        content.resizeRelocate(in.getLeft(), in.getTop(), contentWidthPx, contentHeightPx);
    }
}
