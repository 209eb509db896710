package org.podium.ui.preview;

import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.podium.model.Slide;
import org.podium.ui.common.Messages;
import org.podium.ui.runningorder.KindLabels;
import org.podium.ui.runningorder.RunningOrderItems;
import org.podium.ui.session.EditorSession;

/**
 * What the centre shows for the selection: the selected slide at the programme's slide shape.
 * Until the slide renderer is part of the app, a card names the slide's kind and its first line.
 */
public final class PreviewViewModel {

    private final EditorSession session;
    private final Messages messages;
    private final StringProperty kind = new SimpleStringProperty(this, "kind", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final DoubleProperty aspectRatio = new SimpleDoubleProperty(this, "aspectRatio", 16.0 / 9);

    public PreviewViewModel(EditorSession session, Messages messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.messages = Objects.requireNonNull(messages, "messages");
        session.revisionProperty().addListener((obs, old, now) -> update());
        session.selectionProperty().addListener((obs, old, now) -> update());
        update();
    }

    private void update() {
        aspectRatio.set(session.programme().format().aspectRatio());
        java.util.Optional<Slide> slide = shown();
        if (slide.isEmpty()) {
            kind.set("");
            summary.set(messages.get(session.selectedSegment().isPresent() ? "preview.emptySegment" : "preview.none"));
            return;
        }
        kind.set(KindLabels.slide(messages, slide.get().content().kind()));
        summary.set(RunningOrderItems.summary(slide.get(), messages));
    }

    /** The selected slide, or the first slide of the selected segment. */
    public java.util.Optional<Slide> shown() {
        java.util.Optional<Slide> slide = session.selectedSlide();
        if (slide.isPresent()) {
            return slide;
        }
        return session.selectedSegment().flatMap(s -> s.slides().stream().findFirst());
    }

    /** Localised slide kind; empty when no slide is selected. */
    public ReadOnlyStringProperty kindProperty() {
        return kind;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** Width over height of the programme's slides. */
    public ReadOnlyDoubleProperty aspectRatioProperty() {
        return aspectRatio;
    }
}
