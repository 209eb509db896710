package org.podium.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Blocks stacked top to bottom with gaps, placed as a whole: lets a slide measure its parts first
 * and then centre the group. A block is its height plus a function that builds its boxes given
 * the block's top.
 */
final class VStack {

    private record Block(double heightPt, DoubleFunction<List<Box>> place) {
    }

    private final List<Block> blocks = new ArrayList<>();

    VStack add(double heightPt, DoubleFunction<List<Box>> place) {
        blocks.add(new Block(heightPt, place));
        return this;
    }

    VStack addBox(double heightPt, DoubleFunction<Box> place) {
        return add(heightPt, top -> List.of(place.apply(top)));
    }

    VStack gap(double heightPt) {
        if (!blocks.isEmpty()) {
            blocks.add(new Block(heightPt, top -> List.of()));
        }
        return this;
    }

    double heightPt() {
        return blocks.stream().mapToDouble(Block::heightPt).sum();
    }

    /**
     * Places the stack in {@code region}, centred vertically but lifted by {@code liftFraction}
     * of the free space (the optical centre sits above the geometric one); never above the top.
     */
    List<Box> placeCentred(Rect region, double liftFraction) {
        double free = region.heightPt() - heightPt();
        double top = region.yPt() + Math.max(0, free / 2 - free * liftFraction);
        return placeAt(top);
    }

    List<Box> placeAt(double topPt) {
        List<Box> out = new ArrayList<>();
        double y = topPt;
        for (Block block : blocks) {
            out.addAll(block.place.apply(y));
            y += block.heightPt;
        }
        return out;
    }
}
