package org.podium.render;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import org.podium.layout.Fill;
import org.podium.layout.Rgba;

/** Layout colours and fills as JavaFX paints. */
final class FxPaints {

    private FxPaints() {
    }

    static Color colour(Rgba rgba) {
        return Color.rgb(rgba.red(), rgba.green(), rgba.blue(), rgba.alpha());
    }

    /**
     * A solid colour, or a gradient with proportional end points: the layout gives the gradient
     * line as fractions of the filled rectangle, so it stretches with whatever it fills.
     */
    static Paint paint(Fill fill) {
        if (fill instanceof Fill.Solid solid) {
            return colour(solid.colour());
        }
        Fill.LinearGradient gradient = (Fill.LinearGradient) fill;
        List<Stop> stops = new ArrayList<>(gradient.stops().size());
        for (Fill.Stop stop : gradient.stops()) {
            stops.add(new Stop(stop.offset(), colour(stop.colour())));
        }
        return new LinearGradient(gradient.startXFraction(), gradient.startYFraction(), gradient.endXFraction(),
                gradient.endYFraction(), true, CycleMethod.NO_CYCLE, stops);
    }
}
