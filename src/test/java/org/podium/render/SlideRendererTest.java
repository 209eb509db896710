package org.podium.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.render.Pixels.countUnlike;
import static org.podium.render.Pixels.distance;
import static org.podium.render.Pixels.rgb;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.podium.layout.Fill;
import org.podium.layout.FillBox;
import org.podium.layout.ImageBox;
import org.podium.layout.ImageCrop;
import org.podium.layout.Rect;
import org.podium.layout.Rgba;
import org.podium.layout.SlideLayout;
import org.podium.layout.Stroke;
import org.podium.layout.TextBox;
import org.podium.media.DecodedPhoto;
import org.podium.media.PhotoDecodeException;
import org.podium.media.PhotoDecodeException.Reason;

class SlideRendererTest {

    private static final int BACKGROUND = 0x7c0d12;
    private static final int RED = 0xff0000;
    private static final int BLUE = 0x0000ff;

    /** Pictures asked for, as "width×height". */
    private final List<String> requests = new ArrayList<>();

    /** A picture of the requested size: left half red, right half blue. */
    private final PhotoSource twoColours = (media, request) -> {
        requests.add(request.maxWidthPx() + "×" + request.maxHeightPx());
        int widthPx = request.maxWidthPx();
        int[] pixels = new int[widthPx * request.maxHeightPx()];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i % widthPx < widthPx / 2 ? 0xFFFF0000 : 0xFF0000FF;
        }
        return DecodedPhoto.of(widthPx, request.maxHeightPx(), pixels);
    };

    @BeforeAll
    static void toolkit() {
        FxPlatform.startHeadless();
    }

    private BufferedImage draw(SlideLayout layout, int widthPx) {
        return new SlideSnapshotter(new SlideRenderer(twoColours)).snapshot(layout, widthPx).image();
    }

    @Test
    void textIsDrawnWhereTheLayoutPutsItAndNowhereElse() {
        TextBox title = Slides.line("建鄴區「兩優一先」", 100, 200, 48, 0);
        double widthPt = title.lines().get(0).widthPt();
        BufferedImage image = draw(Slides.slide(title), 960);

        int top = (int) (200 - 48 * 0.88);
        int bottom = (int) Math.ceil(200 + 48 * 0.12);
        int inked = countUnlike(image, BACKGROUND, 40, 100, top, (int) (100 + widthPt), bottom);
        int area = (int) widthPt * (bottom - top);
        assertThat(inked).as("text pixels inside the line's em box").isGreaterThan(area / 8);
        int all = countUnlike(image, BACKGROUND, 0, 0, 0, 960, 540);
        int nearLine = countUnlike(image, BACKGROUND, 0, 94, top - 6, (int) (100 + widthPt) + 6, bottom + 6);
        assertThat(all).as("pixels changed away from the line").isEqualTo(nearLine);
    }

    @Test
    void theScaleMultipliesEveryPosition() {
        TextBox title = Slides.line("建鄴區", 100, 200, 48, 0);
        BufferedImage image = draw(Slides.slide(title), 1920);

        assertThat(image.getWidth()).isEqualTo(1920);
        int inkedAtTwice = countUnlike(image, BACKGROUND, 40, 200, 2 * (200 - 43), 2 * (100 + 144), 2 * 206);
        assertThat(inkedAtTwice).isGreaterThan(2 * 144 * 2 * 48 / 8);
        assertThat(countUnlike(image, BACKGROUND, 0, 0, 0, 1920, 540 * 2))
                .isEqualTo(countUnlike(image, BACKGROUND, 0, 190, 2 * (200 - 50), 2 * (100 + 144) + 12, 2 * 212));
    }

    @Test
    void letterSpacingOpensGapsBetweenCharacters() {
        // two 40 pt ideographs 100 pt apart: 100–140 and 240–280
        BufferedImage image = draw(Slides.slide(Slides.line("建區", 100, 200, 40, 100)), 960);

        assertThat(countUnlike(image, BACKGROUND, 40, 100, 160, 140, 206)).isGreaterThan(100);
        assertThat(countUnlike(image, BACKGROUND, 0, 146, 150, 234, 210)).as("the gap").isZero();
        assertThat(countUnlike(image, BACKGROUND, 40, 240, 160, 280, 206)).isGreaterThan(100);
    }

    @Test
    void onlyTheCroppedRegionOfThePictureIsShown() {
        // the right half of a 2:1 picture is square, as the 200 × 200 pt box
        ImageBox box = Slides.photo(new Rect(300, 100, 200, 200), new ImageCrop(0.5, 0, 0.5, 1));
        BufferedImage image = draw(Slides.slide(box), 960);

        assertThat(countUnlike(image, BLUE, 8, 301, 101, 499, 299)).as("non-blue pixels in the box").isZero();
        assertThat(countUnlike(image, BACKGROUND, 0, 0, 0, 960, 100)).as("above the box").isZero();
        assertThat(countUnlike(image, BACKGROUND, 0, 0, 0, 299, 540)).as("left of the box").isZero();
        assertThat(requests).as("whole picture at the size where the crop fills the box").containsExactly("400×200");
    }

    @Test
    void theWholePictureIsShownWithoutACrop() {
        ImageBox box = Slides.photo(new Rect(100, 100, 400, 200), ImageCrop.WHOLE);
        BufferedImage image = draw(Slides.slide(box), 960);

        assertThat(distance(rgb(image, 150, 200), RED)).isLessThan(8);
        assertThat(distance(rgb(image, 450, 200), BLUE)).isLessThan(8);
    }

    @Test
    void roundedCornersAndTheFrameAreDrawnInsideTheBox() {
        ImageBox box = new ImageBox(new Rect(100, 100, 200, 200), Slides.PHOTO, new ImageCrop(0.5, 0, 0.5, 1), 40,
                new Stroke(Rgba.WHITE, 4), "");
        BufferedImage image = draw(Slides.slide(box), 960);

        assertThat(rgb(image, 101, 101)).as("the rounded-off corner").isEqualTo(BACKGROUND);
        assertThat(distance(rgb(image, 200, 102), 0xffffff)).as("frame at the top edge").isLessThan(8);
        assertThat(distance(rgb(image, 200, 200), BLUE)).isLessThan(8);
        assertThat(countUnlike(image, BACKGROUND, 0, 0, 0, 960, 99)).isZero();
    }

    @Test
    void aPictureThatCannotBeDecodedBecomesAPlaceholderAndIsReported() {
        PhotoSource broken = (media, request) -> {
            throw new PhotoDecodeException(media.originalName(), Reason.DAMAGED, "the JPEG data ends early");
        };
        ImageBox box = Slides.photo(new Rect(100, 100, 300, 150), ImageCrop.WHOLE);
        SlideImage slide = new SlideSnapshotter(new SlideRenderer(broken)).snapshot(Slides.slide(box), 960);

        assertThat(slide.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.media()).isEqualTo(Slides.PHOTO);
            assertThat(problem.reason()).isEqualTo("the JPEG data ends early");
        });
        assertThat(countUnlike(slide.image(), BACKGROUND, 8, 101, 101, 399, 249)).as("placeholder covers the box")
                .isEqualTo(298 * 148);
        assertThat(Pixels.rgb(slide.image(), 105, 105)).as("the placeholder's grey").isEqualTo(0x6b6b6b);
        assertThat(countUnlike(slide.image(), BACKGROUND, 0, 0, 0, 960, 99)).isZero();
    }

    @Test
    void aVerticalGradientRunsFromTopToBottom() {
        Fill gradient = new Fill.LinearGradient(90, List.of(new Fill.Stop(0, Rgba.hex("#ff0000")),
                new Fill.Stop(1, Rgba.hex("#0000ff"))));
        BufferedImage image = draw(new SlideLayout(960, 540, gradient, List.of()), 960);

        assertThat(distance(rgb(image, 480, 0), RED)).isLessThan(4);
        assertThat(distance(rgb(image, 480, 539), BLUE)).isLessThan(4);
        assertThat(distance(rgb(image, 480, 270), 0x7f007f)).isLessThan(4);
        assertThat(rgb(image, 0, 135)).as("same colour across a row").isEqualTo(rgb(image, 959, 135));
    }

    @Test
    void aHorizontalGradientInAFillBoxSpansTheBox() {
        Fill gradient = new Fill.LinearGradient(0, List.of(new Fill.Stop(0, Rgba.hex("#ff0000")),
                new Fill.Stop(1, Rgba.hex("#0000ff"))));
        FillBox band = new FillBox(new Rect(100, 100, 400, 100), gradient, 0, 1);
        BufferedImage image = draw(Slides.slide(band), 960);

        assertThat(distance(rgb(image, 100, 150), RED)).isLessThan(4);
        assertThat(distance(rgb(image, 499, 150), BLUE)).isLessThan(4);
        assertThat(distance(rgb(image, 300, 150), 0x7f007f)).isLessThan(4);
        assertThat(rgb(image, 300, 99)).isEqualTo(BACKGROUND);
    }

    @Test
    void opacityAndRoundedCornersOfFills() {
        FillBox veil = new FillBox(new Rect(100, 100, 200, 200), Fill.solid(Rgba.WHITE), 50, 0.5);
        BufferedImage image = draw(new SlideLayout(960, 540, Fill.solid(Rgba.BLACK), List.of(veil)), 960);

        assertThat(distance(rgb(image, 200, 200), 0x808080)).isLessThan(3);
        assertThat(rgb(image, 102, 102)).isZero();
    }

    @Test
    void theSlideNodeHasTheScaledSize() {
        RenderedSlide slide = new SlideRenderer(twoColours).render(Slides.slide(), 0.5);

        assertThat(slide.widthPx()).isEqualTo(480);
        assertThat(slide.heightPx()).isEqualTo(270);
        assertThat(slide.node().getPrefWidth()).isEqualTo(480);
        assertThat(slide.problems()).isEmpty();
    }

    @Test
    void theSameLayoutGivesTheSamePixels() {
        SlideLayout layout = Slides.slide(
                new FillBox(new Rect(40, 40, 880, 460), new Fill.LinearGradient(30, List.of(
                        new Fill.Stop(0, Rgba.hex("#9a1a1f")), new Fill.Stop(1, Rgba.hex("#5e070b")))), 12, 0.9),
                Slides.photo(new Rect(500, 120, 300, 300), new ImageCrop(0.25, 0, 0.5, 1)),
                Slides.line("「微星光」黨員　楊贊元", 60, 300, 40, 2));

        int[] first = Pixels.all(draw(layout, 1280));
        int[] second = Pixels.all(draw(layout, 1280));

        assertThat(second).isEqualTo(first);
    }
}
