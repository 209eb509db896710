package org.podium.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PhotoPlaceholderTest {

    private static final int GREY = 0xFF6B6B6B;

    @Test
    void aPlaceholderIsAnOpaqueGreyBoxOfTheRequestedSize() {
        DecodedPhoto placeholder = PhotoPlaceholder.paint(960, 540, "建鄴區「兩優一先」分享會合唱.jpg", "damaged or incomplete");

        assertThat(placeholder.size()).isEqualTo(new PixelSize(960, 540));
        assertThat(placeholder.opaque()).isTrue();
        assertThat(Pictures.hex(placeholder.argbAt(0, 0))).isEqualTo(Pictures.hex(GREY));
        assertThat(Pictures.hex(placeholder.argbAt(959, 539))).isEqualTo(Pictures.hex(GREY));
    }

    @Test
    void theMarkAndTheNameAreDrawnInTheMiddle() {
        DecodedPhoto placeholder = PhotoPlaceholder.paint(960, 540, "合唱.jpg", "photo missing");

        assertThat(lightPixels(placeholder, 0, 0, 960, 270)).as("the mark above the middle").isGreaterThan(1000);
        assertThat(lightPixels(placeholder, 0, 330, 960, 400)).as("the name below the mark").isGreaterThan(100);
        assertThat(lightPixels(placeholder, 0, 480, 960, 540)).as("nothing near the bottom").isZero();
    }

    @Test
    void chineseNamesAreDrawnWithAFontThatHasTheirGlyphs() {
        Font font = PhotoPlaceholder.font(Font.BOLD, 20);

        assertThat(font.canDisplayUpTo("頒獎典禮「兩優一先」.jpg")).isEqualTo(-1);
    }

    @Test
    void aLongNameLosesItsMiddleAndKeepsItsExtension() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE).createGraphics();
        FontMetrics metrics = g.getFontMetrics(PhotoPlaceholder.font(Font.PLAIN, 14));
        String name = "南京市建鄴區委組織部供圖_非常非常長的檔案名稱_2021年7月1日.jpg";

        String fitted = PhotoPlaceholder.fitted(name, metrics, 200);

        assertThat(metrics.stringWidth(fitted)).isLessThanOrEqualTo(200);
        assertThat(fitted).startsWith("南京").contains("…").endsWith(".jpg");
        assertThat(PhotoPlaceholder.fitted("合唱.jpg", metrics, 200)).isEqualTo("合唱.jpg");
        g.dispose();
    }

    @Test
    void aTinyPlaceholderStillPaints() {
        DecodedPhoto placeholder = PhotoPlaceholder.paint(16, 9, "合唱.jpg", "photo missing");

        assertThat(placeholder.size()).isEqualTo(new PixelSize(16, 9));
    }

    /** Pixels clearly lighter than the grey background, in the rectangle [x0, x1) × [y0, y1). */
    private static int lightPixels(DecodedPhoto photo, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((photo.argbAt(x, y) & 0xFF) > 0xB0) {
                    count++;
                }
            }
        }
        return count;
    }
}
