package org.podium.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.model.Crop;
import org.podium.model.FocalPoint;
import org.podium.model.Language;
import org.podium.model.MediaRef;
import org.podium.model.Photo;
import org.podium.model.PhotoFit;
import org.podium.model.PhotoGrid;
import org.podium.model.SinglePhoto;
import org.podium.model.SlideContent;
import org.podium.model.SlideFormat;

class PhotoLayoutTest {

    private static final String CAPTION = "黨員代表合唱「沒有共產黨就沒有新中國」";
    private static final String CREDIT = "建鄴區委區級機關工委供圖";

    private final SlideLayoutEngine engine = new SlideLayoutEngine(Themes.bundled(), FakeMeasurer.INSTANCE, f -> true);

    private SlideLayout layout(SlideFormat format, SlideContent content) {
        return engine.layout(Samples.programme(format, Language.ZH_HANT, "crimson-gold", List.of(content)))
                .get(0).layout();
    }

    private static Photo photo(MediaRef media, PhotoFit fit) {
        return new Photo(media, CAPTION, CREDIT, fit, FocalPoint.CENTRE, Crop.NONE);
    }

    @Test
    void aFilledLandscapePhotoTakesTheSlideAboveItsCaptionBand() {
        SlideLayout slide = layout(SlideFormat.WIDE_16_9, new SinglePhoto(photo(Samples.LANDSCAPE, PhotoFit.FILL)));
        ImageBox image = slide.imageBoxes().get(0);
        TextBox caption = LayoutChecks.text(slide, TextRole.CAPTION);
        TextBox credit = LayoutChecks.text(slide, TextRole.CREDIT);
        assertThat(image.rect().xPt()).isZero();
        assertThat(image.rect().yPt()).isZero();
        assertThat(image.rect().widthPt()).isEqualTo(960);
        assertThat(caption.rect().yPt()).as("caption under the picture, not over it")
                .isGreaterThanOrEqualTo(image.rect().maxYPt());
        assertThat(credit.rect().yPt()).isGreaterThanOrEqualTo(image.rect().maxYPt());
        assertThat(credit.rect().xPt()).isGreaterThan(caption.rect().xPt());
        assertThat(caption.text()).isEqualTo(CAPTION);
        assertCropMatchesBox(image);
        // the band starts where the picture ends: nothing of the cropped picture is hidden under it
        Box band = slide.boxes().stream().filter(b -> b instanceof FillBox && b.rect().maxYPt() == 540
                && b.rect().widthPt() == 960).findFirst().orElseThrow();
        assertThat(band.rect().yPt()).isCloseTo(image.rect().maxYPt(), within(0.01));
        assertThat(image.rect().maxYPt()).isLessThan(540);
    }

    @Test
    void withoutCaptionOrCreditTheFilledPhotoTakesTheWholeSlide() {
        SlideLayout slide = layout(SlideFormat.WIDE_16_9, new SinglePhoto(Photo.of(Samples.WIDE)));
        assertThat(slide.imageBoxes().get(0).rect()).isEqualTo(slide.bounds());
        assertThat(slide.textBoxes()).isEmpty();
        assertThat(slide.imageBoxes().get(0).crop()).isEqualTo(ImageCrop.WHOLE);
    }

    @Test
    void aFittedPhotoIsShownWholeAndCentredOnTheBackdrop() {
        SlideLayout slide = layout(SlideFormat.WIDE_16_9, new SinglePhoto(photo(Samples.LANDSCAPE, PhotoFit.FIT)));
        ImageBox image = slide.imageBoxes().get(0);
        assertThat(image.crop()).isEqualTo(ImageCrop.WHOLE);
        assertThat(image.rect().aspectRatio()).isCloseTo(4.0 / 3, within(1e-9));
        assertThat(image.rect().centreXPt()).isCloseTo(480, within(1e-9));
        Rgba backdrop = Themes.bundled().load("crimson-gold").palette().photoBackdrop();
        int imageIndex = slide.boxes().indexOf(image);
        assertThat(slide.boxes().subList(0, imageIndex)).anySatisfy(box -> {
            assertThat(box).isInstanceOf(FillBox.class);
            assertThat(((FillBox) box).fill().averageColour()).isEqualTo(backdrop);
            assertThat(box.rect().contains(image.rect())).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"fill", "fit"})
    void aPortraitPhotoOnALandscapeSlideGetsASidePanelForItsWords(String fit) {
        SlideLayout slide = layout(SlideFormat.WIDE_16_9, new SinglePhoto(photo(Samples.PORTRAIT, PhotoFit.fromId(fit))));
        ImageBox image = slide.imageBoxes().get(0);
        assertThat(image.rect().heightPt()).isEqualTo(540);
        assertThat(image.rect().widthPt()).isCloseTo(405, within(1e-6));
        assertThat(image.rect().xPt()).isZero();
        for (TextBox text : slide.textBoxes()) {
            assertThat(text.rect().xPt()).as("'%s' beside the photo", text.text())
                    .isGreaterThanOrEqualTo(image.rect().maxXPt());
        }
        assertThat(LayoutChecks.text(slide, TextRole.CAPTION).text().replace("\n", "")).isEqualTo(CAPTION);
        assertThat(LayoutChecks.text(slide, TextRole.CREDIT).text()).isEqualTo(CREDIT);
    }

    @Test
    void exifOrientationDecidesThePhotosShape() {
        // stored 4000 × 3000 but turned a quarter: a portrait, so it gets a side panel
        SlideLayout slide = layout(SlideFormat.WIDE_16_9, new SinglePhoto(photo(Samples.ROTATED, PhotoFit.FILL)));
        ImageBox image = slide.imageBoxes().get(0);
        assertThat(image.rect().aspectRatio()).isCloseTo(0.75, within(1e-6));
        assertCropMatchesBox(image);
    }

    @Test
    void aLandscapePhotoOnAnLedWallGetsASidePanelTooButNotOnSixteenByNine() {
        SinglePhoto content = new SinglePhoto(photo(Samples.LANDSCAPE, PhotoFit.FILL));
        ImageBox onWall = layout(SlideFormat.LED_32_9, content).imageBoxes().get(0);
        assertThat(onWall.rect().heightPt()).isEqualTo(540);
        assertThat(onWall.rect().widthPt()).isLessThan(1920 * 0.63);
        ImageBox onScreen = layout(SlideFormat.WIDE_16_9, content).imageBoxes().get(0);
        assertThat(onScreen.rect().widthPt()).isEqualTo(960);
    }

    @Test
    void theFocalPointStaysInsideTheVisibleCrop() {
        double[] positions = {0, 0.05, 0.2, 0.37, 0.5, 0.66, 0.9, 1};
        double[] frames = {0.3, 0.8, 1, 16.0 / 9, 3.5};
        Crop[] crops = {Crop.NONE, new Crop(0.1, 0.05, 0.2, 0.1)};
        for (Crop crop : crops) {
            for (double fx : positions) {
                for (double fy : positions) {
                    for (double frame : frames) {
                        FocalPoint focal = new FocalPoint(fx, fy);
                        ImageCrop visible = PhotoFraming.fill(Samples.LANDSCAPE, crop, focal, frame);
                        double shown = visible.width() * 4000 / (visible.height() * 3000);
                        assertThat(shown).as("aspect for frame %s", frame).isCloseTo(frame, within(1e-9));
                        boolean inCrop = fx >= crop.left() && fx <= 1 - crop.right() && fy >= crop.top()
                                && fy <= 1 - crop.bottom();
                        if (inCrop) {
                            assertThat(visible.contains(fx, fy)).as("focal %s in %s for frame %s", focal, visible, frame)
                                    .isTrue();
                        }
                        ImageCrop allowed = PhotoFraming.afterCrop(crop);
                        assertThat(visible.x()).isGreaterThanOrEqualTo(allowed.x() - 1e-9);
                        assertThat(visible.x() + visible.width()).isLessThanOrEqualTo(allowed.x() + allowed.width() + 1e-9);
                    }
                }
            }
        }
    }

    @Test
    void theCropCentresOnTheFocalPointWhenThereIsRoom() {
        ImageCrop crop = PhotoFraming.fill(Samples.LANDSCAPE, Crop.NONE, new FocalPoint(0.4, 0.5), 1);
        assertThat(crop.x() + crop.width() / 2).isCloseTo(0.4, within(1e-9));
        assertThat(crop.height()).isEqualTo(1);
    }

    @Test
    void gridCellsAreEvenlySpacedWithinTheSlideAboveTheSharedCaption() {
        PhotoGrid grid = new PhotoGrid(List.of(Photo.of(Samples.LANDSCAPE), Photo.of(Samples.LANDSCAPE),
                Photo.of(Samples.LANDSCAPE), Photo.of(Samples.LANDSCAPE)), CAPTION, CREDIT);
        SlideLayout slide = layout(SlideFormat.WIDE_16_9, grid);
        List<ImageBox> images = slide.imageBoxes();
        assertThat(images).hasSize(4);
        TextBox caption = LayoutChecks.text(slide, TextRole.CAPTION);
        for (int i = 0; i < images.size(); i++) {
            assertCropMatchesBox(images.get(i));
            assertThat(images.get(i).rect().maxYPt()).isLessThanOrEqualTo(caption.rect().yPt());
            for (int j = i + 1; j < images.size(); j++) {
                assertThat(images.get(i).rect().overlaps(images.get(j).rect())).isFalse();
            }
        }
        // four 4:3 photos on 16:9 above a band: a 2 × 2 grid with equal cells
        assertThat(images.stream().map(b -> b.rect().widthPt()).distinct()).hasSize(1);
        assertThat(images.stream().map(b -> b.rect().xPt()).distinct()).hasSize(2);
    }

    @Test
    void threePhotosOnAWallGoInARow() {
        PhotoGrid grid = new PhotoGrid(List.of(Photo.of(Samples.LANDSCAPE), Photo.of(Samples.WIDE),
                Photo.of(Samples.LANDSCAPE)), "", "");
        List<ImageBox> images = layout(SlideFormat.LED_32_9, grid).imageBoxes();
        assertThat(images.stream().map(b -> b.rect().yPt()).distinct()).hasSize(1);
    }

    @Test
    void portraitsInSpeakerCardsAreFramedAndCroppedToTheirFrame() {
        SlideLayout slide = layout(SlideFormat.WIDE_16_9, Samples.everyKind().get(2));
        ImageBox portrait = slide.imageBoxes().get(0);
        assertThat(portrait.frame().isNone()).isFalse();
        assertThat(portrait.rect().aspectRatio()).isCloseTo(SpeakerSlides.PORTRAIT_ASPECT, within(1e-9));
        assertThat(portrait.rect().maxXPt()).isLessThanOrEqualTo(ctxContent().xPt() + ctxContent().widthPt() / 3 + 0.01);
        assertCropMatchesBox(portrait);
        TextBox name = LayoutChecks.text(slide, TextRole.NAME);
        assertThat(name.rect().xPt()).isGreaterThan(portrait.rect().maxXPt());
    }

    private static Rect ctxContent() {
        return Themes.bundled().load("crimson-gold").margins().content(960, 540);
    }

    /** The crop's shape in displayed pixels equals the box's, so the renderer only scales. */
    private static void assertCropMatchesBox(ImageBox box) {
        MediaRef media = box.media();
        double cropAspect = box.crop().width() * media.displayWidthPx() / (box.crop().height() * media.displayHeightPx());
        assertThat(cropAspect).as("crop aspect of %s", box).isCloseTo(box.rect().aspectRatio(), within(1e-6));
    }
}
