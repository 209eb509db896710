package org.podium.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.media.FileMediaStore;
import org.podium.media.TestImages;
import org.podium.model.Crop;
import org.podium.model.FocalPoint;
import org.podium.model.Language;
import org.podium.model.MediaRef;
import org.podium.model.Photo;
import org.podium.model.PhotoFit;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SegmentKind;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;

/** Found by SaveLoadPropertiesTest: a crop or focal point of -0.0 came back from the file as 0.0, unequal. */
class SignedZeroRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void minusZeroIsZeroInCropsAndFocalPoints() {
        assertThat(new Crop(-0.0, 0, 0, -0.0)).isEqualTo(Crop.NONE);
        assertThat(new Crop(-0.0, 0, 0, 0).isNone()).isTrue();
        assertThat(new FocalPoint(-0.0, -0.0)).isEqualTo(new FocalPoint(0, 0));
    }

    @Test
    void aPhotoCroppedAtMinusZeroOpensEqual() throws IOException {
        FileMediaStore imported = new FileMediaStore();
        MediaRef ref = imported.importFile(Files.write(dir.resolve("合唱.png"), TestImages.png(30, 20, 1)));
        Photo photo = new Photo(ref, "", "", PhotoFit.FILL, new FocalPoint(-0.0, 0.5), new Crop(-0.0, 0, 0, 0));
        Programme programme = Programme.empty("分享會", Language.ZH_HANT).withSegments(List.of(
                Segment.of(SegmentKind.PHOTO_MONTAGE, "活動剪影").withSlides(List.of(Slide.of(new SinglePhoto(photo))))));
        Path file = dir.resolve("分享會.podium");

        PodiumFile.write(file, programme, imported);

        try (OpenedProgramme opened = PodiumFile.read(file)) {
            assertThat(opened.programme()).isEqualTo(programme);
        }
    }
}
