package org.podium.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.model.Crop;
import org.podium.model.FocalPoint;
import org.podium.model.MediaRef;

class CropTextTest {

    private static final MediaRef WIDE = new MediaRef("ab".repeat(32), "wide.jpg", "image/jpeg", 4000, 3000, 1);
    /** Stored 4000 × 3000 but turned a quarter by EXIF: shown 3000 wide, 4000 high. */
    private static final MediaRef TURNED = new MediaRef("ab".repeat(32), "turned.jpg", "image/jpeg", 4000, 3000, 6);

    @ParameterizedTest
    @CsvSource({"'', 0", "12, 0.12", "12.5, 0.125", "'12,5', 0.125", "'  7 % ', 0.07", "95, 0.95"})
    void percentagesAreReadAsFractions(String text, double fraction) {
        assertThat(CropText.fraction(text, 0)).hasValueSatisfying(v ->
                assertThat(v).isCloseTo(fraction, org.assertj.core.data.Offset.offset(1e-9)));
    }

    @ParameterizedTest
    @CsvSource({"-1, 0", "abc, 0", "96, 0", "60, 0.4"})
    void numbersThatLeaveTooLittleOrAreNoNumbersAreRefused(String text, double opposite) {
        assertThat(CropText.fraction(text, opposite)).isEmpty();
    }

    @Test
    void presetsCentreOnTheFocalPointWithinThePhoto() {
        Crop wide = CropText.cropFor("16:9", WIDE, new FocalPoint(0.5, 0.1)).orElseThrow();
        // 4:3 cut to 16:9 keeps three quarters of the height; a focal point near the top keeps the top.
        assertThat(wide.top()).isZero();
        assertThat(wide.bottom()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(CropText.presetOf(wide, WIDE)).isEqualTo("16:9");
    }

    @Test
    void thePhotosOrientationDecidesWhichSideIsCut() {
        Crop square = CropText.cropFor("1:1", TURNED, FocalPoint.CENTRE).orElseThrow();
        assertThat(square.left()).isZero();
        assertThat(square.top()).isCloseTo(0.125, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void noCropAndHandTypedCropsAreNamedSo() {
        assertThat(CropText.presetOf(Crop.NONE, WIDE)).isEqualTo(CropText.NONE);
        assertThat(CropText.presetOf(new Crop(0.1, 0, 0, 0.02), WIDE)).isEqualTo(CropText.CUSTOM);
        assertThat(CropText.cropFor(CropText.CUSTOM, WIDE, FocalPoint.CENTRE)).isEmpty();
        assertThat(CropText.percent(0.125)).isEqualTo("12.5");
        assertThat(CropText.percent(0)).isEqualTo("0");
    }
}
