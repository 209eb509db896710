package org.podium.export.handouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.layout.Rect;

class HandoutLayoutTest {

    @ParameterizedTest(name = "{0} a page, notes {1}, aspect {2}")
    @CsvSource({"1,false,1.7778", "1,true,1.7778", "2,false,1.7778", "2,true,1.7778", "4,false,1.7778",
            "4,true,1.7778", "6,false,1.7778", "6,true,1.7778", "4,false,1.3333", "6,true,3.5556"})
    void slidesKeepTheirShapeStayOnThePaperAndNeverOverlap(int perPage, boolean notes, double aspect) {
        HandoutLayout layout = HandoutLayout.of(new HandoutOptions(perPage, notes), aspect);
        List<HandoutLayout.Cell> cells = layout.cells();
        assertThat(cells).hasSize(perPage);
        Rect paper = Rect.ofEdges(HandoutLayout.MARGIN_X_PT - 0.01, 0, layout.pageWidthPt() - HandoutLayout.MARGIN_X_PT
                + 0.01, layout.pageHeightPt() - 30);
        for (HandoutLayout.Cell cell : cells) {
            assertThat(cell.slide().widthPt() / cell.slide().heightPt()).isCloseTo(aspect,
                    org.assertj.core.data.Offset.offset(1e-6));
            assertThat(inside(cell.slide(), paper)).as("slide %s on the paper", cell.slide()).isTrue();
            assertThat(cell.caption().maxYPt()).isLessThanOrEqualTo(cell.slide().yPt() + 1e-6);
            assertThat(cell.notes() == null).isEqualTo(!notes);
            if (cell.notes() != null) {
                assertThat(inside(cell.notes(), paper)).isTrue();
                assertThat(overlap(cell.notes(), cell.slide())).isFalse();
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            for (int j = i + 1; j < cells.size(); j++) {
                assertThat(overlap(cells.get(i).slide(), cells.get(j).slide())).isFalse();
            }
        }
        // a handout slide is big enough to read: at least a quarter of the paper's width
        assertThat(cells.get(0).slide().widthPt()).isGreaterThan(layout.pageWidthPt() / 4);
    }

    private static boolean inside(Rect inner, Rect outer) {
        return inner.xPt() >= outer.xPt() && inner.yPt() >= outer.yPt() && inner.maxXPt() <= outer.maxXPt()
                && inner.maxYPt() <= outer.maxYPt();
    }

    private static boolean overlap(Rect a, Rect b) {
        return a.xPt() < b.maxXPt() && b.xPt() < a.maxXPt() && a.yPt() < b.maxYPt() && b.yPt() < a.maxYPt();
    }
}
