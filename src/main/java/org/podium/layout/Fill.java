package org.podium.layout;

import java.util.List;
import java.util.Objects;

/** How an area is painted: one colour or a linear gradient. */
public sealed interface Fill permits Fill.Solid, Fill.LinearGradient {

    /** A colour standing for the whole fill, e.g. for a thumbnail or an exporter without gradients. */
    Rgba averageColour();

    static Fill solid(Rgba colour) {
        return new Solid(colour);
    }

    /** One colour. */
    record Solid(Rgba colour) implements Fill {

        public Solid {
            Objects.requireNonNull(colour, "colour");
        }

        @Override
        public Rgba averageColour() {
            return colour;
        }
    }

    /**
     * A linear gradient across the filled rectangle.
     *
     * @param angleDeg direction of colour change in degrees, clockwise from "left to right", as
     *                 PowerPoint's {@code a:lin ang} (divided by 60000): 0 runs left→right, 90
     *                 top→bottom, 180 right→left
     * @param stops    two or more stops, offsets ascending from 0 to 1
     */
    record LinearGradient(double angleDeg, List<Stop> stops) implements Fill {

        public LinearGradient {
            stops = List.copyOf(Objects.requireNonNull(stops, "stops"));
            if (stops.size() < 2) {
                throw new IllegalArgumentException("a gradient needs at least two stops, had " + stops.size());
            }
            for (int i = 1; i < stops.size(); i++) {
                if (stops.get(i).offset() < stops.get(i - 1).offset()) {
                    throw new IllegalArgumentException("gradient stop offsets must ascend: " + stops);
                }
            }
        }

        /**
         * Start point of the gradient line as fractions of the filled rectangle (0–1), for
         * toolkits that take proportional end points (JavaFX {@code LinearGradient}).
         */
        public double startXFraction() {
            return 0.5 - dx() / 2;
        }

        public double startYFraction() {
            return 0.5 - dy() / 2;
        }

        public double endXFraction() {
            return 0.5 + dx() / 2;
        }

        public double endYFraction() {
            return 0.5 + dy() / 2;
        }

        /** Horizontal extent of the gradient line, scaled so the longer axis spans the whole box. */
        private double dx() {
            double radians = Math.toRadians(angleDeg);
            double cos = Math.cos(radians);
            double sin = Math.sin(radians);
            return cos / Math.max(Math.abs(cos), Math.abs(sin));
        }

        private double dy() {
            double radians = Math.toRadians(angleDeg);
            double cos = Math.cos(radians);
            double sin = Math.sin(radians);
            return sin / Math.max(Math.abs(cos), Math.abs(sin));
        }

        @Override
        public Rgba averageColour() {
            return stops.get(0).colour().mix(stops.get(stops.size() - 1).colour(), 0.5);
        }
    }

    /**
     * @param offset position along the gradient line, 0–1
     * @param colour colour at that position
     */
    record Stop(double offset, Rgba colour) {

        public Stop {
            Objects.requireNonNull(colour, "colour");
            if (!(offset >= 0 && offset <= 1)) {
                throw new IllegalArgumentException("gradient stop offset must be 0–1, was " + offset);
            }
        }
    }
}
