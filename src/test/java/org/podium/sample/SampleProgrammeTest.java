package org.podium.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.model.HonourRoll;
import org.podium.model.Language;
import org.podium.model.MediaRef;
import org.podium.model.Problem;
import org.podium.model.Programme;
import org.podium.model.ProgrammeValidator;
import org.podium.model.Quote;
import org.podium.model.Segment;
import org.podium.model.SegmentKind;
import org.podium.model.Slide;
import org.podium.model.SlideKind;
import org.podium.model.SpeakerCard;

/** The committed sample: its JSON, its media folder and its {@code .podium} archive agree. */
class SampleProgrammeTest {

    private static final Path FOLDER = SampleBuilder.DEFAULT_FOLDER;
    private static final Path ARCHIVE = SampleBuilder.archiveFor(FOLDER);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json;
    private static Programme programme;

    @BeforeAll
    static void readSample() throws IOException {
        json = MAPPER.readTree(FOLDER.resolve(SampleBuilder.PROGRAMME).toFile());
        try (OpenedProgramme opened = PodiumFile.read(ARCHIVE)) {
            programme = opened.programme();
        }
    }

    @Test
    void describesTheJianyeSharingSession() {
        assertThat(json.path("formatVersion").intValue()).isEqualTo(1);
        assertThat(programme.title()).isEqualTo("建鄴區區級機關「兩優一先」先進事跡分享會");
        assertThat(programme.date()).isEqualTo(LocalDate.of(2021, 6, 23));
        assertThat(programme.venue()).isEqualTo("南京市建鄴區");
        assertThat(programme.language()).isEqualTo(Language.ZH_HANT);
        assertThat(programme.themeId()).isEqualTo("crimson-gold");
        assertThat(programme.format().id()).isEqualTo("16:9");
        assertThat(programme.segments()).extracting(Segment::kind).containsExactly(
                SegmentKind.OPENING, SegmentKind.PERFORMANCE, SegmentKind.ADDRESS, SegmentKind.DIALOGUE,
                SegmentKind.AWARD, SegmentKind.TESTIMONY, SegmentKind.TESTIMONY, SegmentKind.PHOTO_MONTAGE,
                SegmentKind.CLOSING);
        assertThat(programme.slideCount()).isBetween(25, 35);
        assertThat(programme.plannedTotal()).isBetween(Duration.ofMinutes(60), Duration.ofMinutes(75));
        assertThat(programme.slides()).extracting(s -> s.content().kind()).contains(SlideKind.values());
        assertThat(programme.slides()).anyMatch(s -> s.autoAdvance() != null);
    }

    @Test
    void passesTheValidatorWithoutErrors() {
        List<Problem> errors = ProgrammeValidator.validate(programme).stream().filter(Problem::isError).toList();
        assertThat(errors).isEmpty();
    }

    @Test
    void speakersAppearInReportOrderWithTheirRoles() {
        List<String> speakers = programme.slides().stream()
                .filter(s -> s.content() instanceof SpeakerCard)
                .flatMap(s -> ((SpeakerCard) s.content()).speakers().stream())
                .map(sp -> sp.person().name() + "/" + sp.person().role()).toList();
        assertThat(speakers).containsExactly(
                "陳懷健/建鄴區委區級機關工委書記", "朱長祿/建鄴區原區長", "周明輝/區編辦預備黨員",
                "楊贊元/建鄴區發改委四級調研員", "馬玉寧/建鄴區稅務局機關黨委書記", "陳懷健/建鄴區委區級機關工委書記");
    }

    @Test
    void quotesAreStoredWithoutSurroundingQuotationMarks() {
        List<String> quotes = programme.slides().stream().filter(s -> s.content() instanceof Quote)
                .map(s -> ((Quote) s.content()).text()).toList();
        assertThat(quotes).hasSizeGreaterThanOrEqualTo(6).allSatisfy(text -> {
            assertThat(text).doesNotStartWith("「").doesNotStartWith("“").doesNotStartWith("\"");
            assertThat(text).doesNotEndWith("」").doesNotEndWith("”").doesNotEndWith("\"");
        });
        assertThat(quotes).anyMatch(q -> q.startsWith("因為我們深知"));
    }

    @Test
    void honourRollNamesOnlyYangZanyuanAndMarksTheRestAsPlaceholders() {
        Slide slide = programme.slides().stream().filter(s -> s.content() instanceof HonourRoll).findFirst().orElseThrow();
        HonourRoll roll = (HonourRoll) slide.content();
        assertThat(roll.names()).hasSize(25);
        assertThat(roll.names().get(0).name()).isEqualTo("楊贊元");
        assertThat(roll.names().subList(1, 25)).allSatisfy(p -> {
            assertThat(p.name()).startsWith("待填姓名");
            assertThat(p.role()).isEqualTo("示例");
        });
        assertThat(slide.notes()).contains("示例佔位");
    }

    @Test
    void everyReferencedPhotoIsInTheTableAndInMediaWithItsOwnHash() throws IOException {
        Map<String, JsonNode> table = mediaTable();
        Set<String> referenced = programme.media().stream().map(MediaRef::sha256).collect(Collectors.toSet());
        assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(referenced);
        assertThat(mediaFileNames()).containsExactlyInAnyOrderElementsOf(
                programme.media().stream().map(MediaRef::fileName).toList());
        for (MediaRef ref : programme.media()) {
            Path file = FOLDER.resolve(SampleBuilder.MEDIA).resolve(ref.fileName());
            byte[] bytes = Files.readAllBytes(file);
            assertThat(MediaFile.sha256(bytes)).as(file.toString()).isEqualTo(ref.sha256());
            MediaFile probed = MediaFile.describe(ref.originalName(), bytes);
            assertThat(List.of(probed.mediaType(), probed.widthPx(), probed.heightPx(), probed.exifOrientation()))
                    .as(ref.originalName())
                    .isEqualTo(List.of(ref.mediaType(), ref.widthPx(), ref.heightPx(), ref.exifOrientation()));
        }
    }

    @Test
    void sidewaysPortraitCarriesExifOrientationSixAndIsStoredLandscape() throws Exception {
        MediaRef portrait = programme.media().stream().filter(m -> m.exifOrientation() != 1).findFirst().orElseThrow();
        Path file = FOLDER.resolve(SampleBuilder.MEDIA).resolve(portrait.fileName());
        Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertThat(ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);
        assertThat(portrait.widthPx()).isGreaterThan(portrait.heightPx());
        assertThat(portrait.displayHeightPx()).isGreaterThan(portrait.displayWidthPx());
    }

    @Test
    void includesAFullSizeCameraJpeg() {
        assertThat(programme.media()).anyMatch(m -> m.mediaType().equals("image/jpeg") && m.exifOrientation() == 1
                && m.widthPx() == 4000 && m.heightPx() == 3000);
    }

    @Test
    void programmeJsonIsTheSourceWithHashesAndMediaTableFilledIn() throws IOException {
        Map<String, MediaFile> byName = new LinkedHashMap<>();
        for (MediaRef ref : programme.media()) {
            String name = ref.originalName().substring(0, ref.originalName().lastIndexOf('.'));
            byName.put(name, MediaFile.describe(name,
                    Files.readAllBytes(FOLDER.resolve(SampleBuilder.MEDIA).resolve(ref.fileName()))));
        }
        JsonNode source = MAPPER.readTree(FOLDER.resolve(SampleBuilder.SOURCE).toFile());
        SampleBuilder.Resolved resolved = SampleBuilder.resolve(source, byName, SampleBuilder.SOURCE);
        assertThat(SampleBuilder.json(resolved.programme()))
                .as("programme.json is stale: rebuild the sample (docs/sample.md)")
                .isEqualTo(Files.readAllBytes(FOLDER.resolve(SampleBuilder.PROGRAMME)));
    }

    @Test
    void archiveHoldsExactlyProgrammeJsonAndTheMediaFilesOfTheFolder() throws IOException {
        Set<String> expected = new TreeSet<>();
        expected.add(SampleBuilder.PROGRAMME);
        mediaFileNames().forEach(name -> expected.add(SampleBuilder.MEDIA + "/" + name));
        try (ZipFile zip = new ZipFile(ARCHIVE.toFile())) {
            List<String> names = new ArrayList<>();
            Map<String, byte[]> contents = new HashMap<>();
            for (ZipEntry entry : zip.stream().toList()) {
                names.add(entry.getName());
                contents.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
                if (entry.getName().endsWith(".jpg")) {
                    assertThat(entry.getMethod()).as(entry.getName()).isEqualTo(ZipEntry.STORED);
                }
            }
            assertThat(names).containsExactlyElementsOf(expected);
            for (String name : expected) {
                assertThat(contents.get(name)).as(name).isEqualTo(Files.readAllBytes(FOLDER.resolve(name)));
            }
        }
    }

    @Test
    void zippingTheSameFolderTwiceGivesTheSameBytes(@TempDir Path temp) throws IOException {
        Path first = temp.resolve("a.podium");
        Path second = temp.resolve("b.podium");
        SampleBuilder.zip(FOLDER, first);
        SampleBuilder.zip(FOLDER, second);
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void archiveStaysSmallEnoughToMail() throws IOException {
        assertThat(Files.size(ARCHIVE)).isLessThan(12L * 1024 * 1024);
    }

    private static Map<String, JsonNode> mediaTable() {
        Map<String, JsonNode> table = new HashMap<>();
        json.path("media").forEach(entry -> table.put(entry.path("sha256").asText(), entry));
        return table;
    }

    private static Set<String> mediaFileNames() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER.resolve(SampleBuilder.MEDIA))) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void committedArchiveIsSoundToTheLastPhotoByte() {
        assertThat(PodiumFile.check(ARCHIVE)).isEmpty();
    }
}
