package org.podium.ui.runningorder;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.TransferMode;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.runningorder.RunningOrderItem.SegmentItem;
import org.podium.ui.runningorder.RunningOrderItem.SlideItem;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

/**
 * Wires the running-order tree to its view model: rows that keep their tree items (and so their
 * expansion and scroll position) across edits, selection by id both ways, a row dragged onto
 * another moves there with one edit on release, and photo files dropped from the file manager.
 */
public final class RunningOrderTree {

    private final TreeView<RunningOrderItem> tree;
    private final RunningOrderViewModel model;
    private final EditorSession session;
    private final BiConsumer<List<Path>, Selection> filesDropped;
    private final Map<Selection, TreeItem<RunningOrderItem>> items = new HashMap<>();
    private boolean syncing;
    private Selection dragged;

    /**
     * @param filesDropped told the files dropped and the row they were dropped on (or {@code null})
     */
    public RunningOrderTree(TreeView<RunningOrderItem> tree, RunningOrderViewModel model, EditorSession session,
                            String untitled, String noDuration, ContextMenu rowMenu, BiConsumer<List<Path>, Selection> filesDropped) {
        this.tree = tree;
        this.model = model;
        this.session = session;
        this.filesDropped = filesDropped;
        TreeItem<RunningOrderItem> root = new TreeItem<>();
        // The root is hidden; its children only show while it is expanded.
        root.setExpanded(true);
        tree.setRoot(root);
        tree.setCellFactory(view -> cell(untitled, noDuration, rowMenu));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing && item != null && item.getValue() != null) {
                session.select(item.getValue().selection());
            }
        });
        session.selectionProperty().addListener((obs, old, now) -> showSelection());
        model.rows().addListener((ListChangeListener<SegmentItem>) change -> fill(model.rows()));
        tree.setOnDragOver(this::filesOver);
        tree.setOnDragDropped(event -> filesOn(event, null));
        fill(model.rows());
    }

    private RunningOrderCell cell(String untitled, String noDuration, ContextMenu rowMenu) {
        RunningOrderCell cell = new RunningOrderCell(untitled, noDuration, model.thumbnails().orElse(null));
        cell.setContextMenu(rowMenu);
        cell.setOnDragDetected(event -> {
            if (cell.getItem() != null) {
                dragged = cell.getItem().selection();
                cell.startFullDrag();
                event.consume();
            }
        });
        cell.addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, event -> {
            if (cell.getItem() != null && model.canDrop(dragged, cell.getItem().selection())) {
                cell.getStyleClass().add(StyleClasses.DROP_TARGET);
            }
        });
        cell.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED,
                event -> cell.getStyleClass().remove(StyleClasses.DROP_TARGET));
        cell.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, event -> {
            cell.getStyleClass().remove(StyleClasses.DROP_TARGET);
            if (cell.getItem() != null && dragged != null) {
                model.drop(dragged, cell.getItem().selection());
            }
            dragged = null;
            event.consume();
        });
        cell.setOnDragOver(this::filesOver);
        cell.setOnDragDropped(event -> filesOn(event, cell.getItem() == null ? null : cell.getItem().selection()));
        return cell;
    }

    private void filesOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
            event.consume();
        }
    }

    private void filesOn(DragEvent event, Selection target) {
        if (!event.getDragboard().hasFiles()) {
            return;
        }
        List<Path> files = event.getDragboard().getFiles().stream().map(File::toPath).toList();
        event.setDropCompleted(true);
        event.consume();
        filesDropped.accept(files, target);
    }

    /** Puts the rows in the tree, reusing the tree item of every row that was there before. */
    private void fill(List<SegmentItem> segments) {
        syncing = true;
        try {
            Map<Selection, TreeItem<RunningOrderItem>> previous = new HashMap<>(items);
            items.clear();
            List<TreeItem<RunningOrderItem>> segmentNodes = new java.util.ArrayList<>();
            for (SegmentItem segment : segments) {
                TreeItem<RunningOrderItem> segmentNode = reuse(previous, segment);
                List<TreeItem<RunningOrderItem>> slideNodes = new java.util.ArrayList<>();
                for (SlideItem slide : segment.slides()) {
                    slideNodes.add(reuse(previous, slide));
                }
                segmentNode.getChildren().setAll(slideNodes);
                segmentNodes.add(segmentNode);
            }
            tree.getRoot().getChildren().setAll(segmentNodes);
        } finally {
            syncing = false;
        }
        showSelection();
    }

    private TreeItem<RunningOrderItem> reuse(Map<Selection, TreeItem<RunningOrderItem>> previous,
                                             RunningOrderItem item) {
        TreeItem<RunningOrderItem> node = previous.get(item.selection());
        if (node == null) {
            node = new TreeItem<>(item);
            node.setExpanded(true);
        } else {
            node.setValue(item);
        }
        items.put(item.selection(), node);
        return node;
    }

    /** Selects the row of the session's selection; clears the tree's selection when it has none. */
    private void showSelection() {
        Selection selection = session.selectionProperty().get();
        TreeItem<RunningOrderItem> node = selection == null ? null : items.get(selection);
        TreeItem<RunningOrderItem> current = tree.getSelectionModel().getSelectedItem();
        if (node == current) {
            return;
        }
        syncing = true;
        try {
            if (node == null) {
                tree.getSelectionModel().clearSelection();
            } else {
                if (node.getParent() != null) {
                    node.getParent().setExpanded(true);
                }
                tree.getSelectionModel().select(node);
                int row = tree.getRow(node);
                // The virtual flow scrolls only as far as needed; a visible row does not move.
                if (row >= 0 && tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                    flow.scrollTo(row);
                }
            }
        } finally {
            syncing = false;
        }
    }
}
