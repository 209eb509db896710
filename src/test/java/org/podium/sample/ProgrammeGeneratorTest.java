package org.podium.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.model.HonourRoll;
import org.podium.model.MediaRef;
import org.podium.model.Problem;
import org.podium.model.Programme;
import org.podium.model.ProgrammeValidator;
import org.podium.model.Slide;
import org.podium.model.SlideKind;
import org.podium.sample.ProgrammeGenerator.Spec;

class ProgrammeGeneratorTest {

    @Test
    void sameSeedGivesAnEqualProgramme() {
        Spec spec = Spec.benchmark(42);
        assertThat(ProgrammeGenerator.generate(spec)).isEqualTo(ProgrammeGenerator.generate(spec));
    }

    @Test
    void differentSeedsGiveDifferentProgrammes() {
        assertThat(ProgrammeGenerator.generate(Spec.benchmark(1))).isNotEqualTo(ProgrammeGenerator.generate(Spec.benchmark(2)));
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1, 0, 1", "7, 3, 12, 5, 25", "42, 24, 300, 150, 200", "5, 10, 4, 3, 10", "9, 2, 40, 0, 60"})
    void requestedCountsAreRespected(long seed, int segments, int slides, int photos, int names) {
        Programme programme = ProgrammeGenerator.generate(new Spec(seed, segments, slides, photos, names));
        assertThat(programme.segments()).hasSize(segments);
        assertThat(programme.slideCount()).isEqualTo(slides);
        assertThat(programme.media()).hasSize(photos);
        List<Integer> rollSizes = programme.slides().stream().filter(s -> s.content() instanceof HonourRoll)
                .map(s -> ((HonourRoll) s.content()).names().size()).toList();
        if (!rollSizes.isEmpty()) {
            assertThat(rollSizes).allSatisfy(size -> assertThat(size).isBetween(1, names)).contains(names);
        }
    }

    @Test
    void everySlideKindAppearsOnceThereAreNineSlides() {
        Programme programme = ProgrammeGenerator.generate(new Spec(3, 2, 9, 4, 30));
        assertThat(programme.slides()).extracting(s -> s.content().kind()).containsExactlyInAnyOrder(SlideKind.values());
        assertThat(programme.slides().get(0).content().kind()).isEqualTo(SlideKind.TITLE);
    }

    @ParameterizedTest
    @CsvSource({"42, 24, 300, 150, 200", "11, 5, 30, 20, 200", "12, 30, 10, 0, 5"})
    void generatedProgrammePassesTheValidatorWithoutErrors(long seed, int segments, int slides, int photos, int names) {
        Programme programme = ProgrammeGenerator.generate(new Spec(seed, segments, slides, photos, names));
        assertThat(ProgrammeValidator.validate(programme)).filteredOn(Problem::isError).isEmpty();
    }

    @Test
    void textMixesChineseAndEnglish() {
        Programme programme = ProgrammeGenerator.generate(Spec.benchmark(5));
        String notes = String.join("\n", programme.slides().stream().map(Slide::notes).toList());
        assertThat(notes).containsPattern("\\p{IsHan}{4,}").containsPattern("[A-Za-z]{4,}");
    }

    @Test
    void morePhotosThanSlidesCanHoldAreRefused() {
        assertThatThrownBy(() -> ProgrammeGenerator.generate(new Spec(1, 1, 3, 20, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20 photos");
    }

    @Test
    void writtenPhotosAreCameraJpegsNamedByTheirHash(@TempDir Path dir) throws Exception {
        Spec spec = new Spec(8, 3, 12, 6, 20);
        ProgrammeGenerator.WithPhotos generated = ProgrammeGenerator.generateWithPhotos(spec, dir);
        List<MediaRef> media = generated.programme().media();
        assertThat(media).hasSize(6);
        assertThat(generated.files().keySet()).containsExactlyElementsOf(media.stream().map(MediaRef::sha256).toList());
        for (MediaRef ref : media) {
            Path file = generated.files().get(ref.sha256());
            byte[] bytes = Files.readAllBytes(file);
            assertThat(file.getFileName().toString()).isEqualTo(ref.sha256() + ".jpg");
            MediaFile probed = MediaFile.describe(ref.originalName(), bytes);
            assertThat(probed.sha256()).isEqualTo(ref.sha256());
            assertThat(List.of(probed.widthPx(), probed.heightPx(), probed.exifOrientation()))
                    .isEqualTo(List.of(ref.widthPx(), ref.heightPx(), ref.exifOrientation()));
            assertThat(ref.widthPx()).isGreaterThanOrEqualTo(1600);
            try (var in = generated.mediaStore().open(ref)) {
                assertThat(in.readAllBytes()).isEqualTo(bytes);
            }
        }
        // Same structure as the file-less programme; only the hashes differ.
        Programme plain = ProgrammeGenerator.generate(spec);
        assertThat(generated.programme().slides()).extracting(s -> s.content().kind())
                .containsExactlyElementsOf(plain.slides().stream().map(s -> s.content().kind()).toList());
        assertThat(generated.programme().title()).isEqualTo(plain.title());
    }

    @Test
    void sidewaysGeneratedPhotosCarryTheirOrientation() throws Exception {
        GeneratedPhotos.PhotoSpec spec = new GeneratedPhotos.PhotoSpec(0, 400, 300, 6, 0x203040, 0xC0A080);
        byte[] bytes = GeneratedPhotos.jpeg(spec);
        ExifIFD0Directory ifd0 = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes))
                .getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertThat(ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);
        MediaFile probed = MediaFile.describe("sideways", bytes);
        assertThat(probed.widthPx()).isEqualTo(400);
        assertThat(probed.heightPx()).isEqualTo(300);
    }
}
