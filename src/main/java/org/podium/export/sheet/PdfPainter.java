package org.podium.export.sheet;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Draws on one PDF page with the origin at the top left and y going down, in points, as the
 * layouts here are worked out; PDF itself counts y up from the bottom. Bold is the regular face
 * filled and stroked thinly, since the CJK TrueType fonts found on most machines have no bold face.
 */
public final class PdfPainter implements AutoCloseable {

    /** Stroke width of emulated bold, as a fraction of the font size. */
    private static final double BOLD_STROKE_EM = 0.035;

    private final PDPageContentStream stream;
    private final PdfFont font;
    private final double heightPt;

    public PdfPainter(PDDocument document, PDPage page, PdfFont font) throws IOException {
        this.stream = new PDPageContentStream(document, page);
        this.font = font;
        this.heightPt = page.getMediaBox().getHeight();
    }

    /** Colour as 0xRRGGBB. */
    public record Rgb(int value) {
        public static final Rgb BLACK = new Rgb(0x000000);
        public static final Rgb TEXT = new Rgb(0x1A1A1A);
        public static final Rgb MUTED = new Rgb(0x5A5A5A);
        public static final Rgb RULE = new Rgb(0x9A9A9A);
        public static final Rgb LIGHT_RULE = new Rgb(0xC8C8C8);
        public static final Rgb HEADER_FILL = new Rgb(0xE4E4E4);
        public static final Rgb BAND_FILL = new Rgb(0xF6F6F6);

        float red() {
            return (value >> 16 & 0xFF) / 255f;
        }

        float green() {
            return (value >> 8 & 0xFF) / 255f;
        }

        float blue() {
            return (value & 0xFF) / 255f;
        }
    }

    /** One line of text with its baseline at {@code baselinePt} from the top. */
    public void text(String text, double xPt, double baselinePt, double sizePt, boolean bold, Rgb colour)
            throws IOException {
        String printable = font.printable(text);
        if (printable.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font.font(), (float) sizePt);
        stream.setNonStrokingColor(colour.red(), colour.green(), colour.blue());
        if (bold) {
            stream.setStrokingColor(colour.red(), colour.green(), colour.blue());
            stream.setLineWidth((float) (sizePt * BOLD_STROKE_EM));
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
        } else {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        stream.newLineAtOffset((float) xPt, (float) (heightPt - baselinePt));
        stream.showText(printable);
        stream.endText();
    }

    /** Text centred on {@code centreXPt}. */
    public void centred(String text, double centreXPt, double baselinePt, double sizePt, boolean bold, Rgb colour)
            throws IOException {
        double width = font.widthPt(font.printable(text), sizePt);
        text(text, centreXPt - width / 2, baselinePt, sizePt, bold, colour);
    }

    /** Text ending at {@code rightXPt}. */
    public void right(String text, double rightXPt, double baselinePt, double sizePt, boolean bold, Rgb colour)
            throws IOException {
        double width = font.widthPt(font.printable(text), sizePt);
        text(text, rightXPt - width, baselinePt, sizePt, bold, colour);
    }

    /** Width of {@code text} as drawn, in points. */
    public double widthPt(String text, double sizePt) {
        return font.widthPt(font.printable(text), sizePt);
    }

    public void fill(double xPt, double yPt, double widthPt, double heightPt, Rgb colour) throws IOException {
        stream.setNonStrokingColor(colour.red(), colour.green(), colour.blue());
        stream.addRect((float) xPt, (float) (this.heightPt - yPt - heightPt), (float) widthPt, (float) heightPt);
        stream.fill();
    }

    public void frame(double xPt, double yPt, double widthPt, double heightPt, double lineWidthPt, Rgb colour)
            throws IOException {
        stream.setStrokingColor(colour.red(), colour.green(), colour.blue());
        stream.setLineWidth((float) lineWidthPt);
        stream.addRect((float) xPt, (float) (this.heightPt - yPt - heightPt), (float) widthPt, (float) heightPt);
        stream.stroke();
    }

    public void line(double x1Pt, double y1Pt, double x2Pt, double y2Pt, double lineWidthPt, Rgb colour)
            throws IOException {
        stream.setStrokingColor(colour.red(), colour.green(), colour.blue());
        stream.setLineWidth((float) lineWidthPt);
        stream.moveTo((float) x1Pt, (float) (heightPt - y1Pt));
        stream.lineTo((float) x2Pt, (float) (heightPt - y2Pt));
        stream.stroke();
    }

    public void image(PDImageXObject image, double xPt, double yPt, double widthPt, double heightPt)
            throws IOException {
        stream.drawImage(image, (float) xPt, (float) (this.heightPt - yPt - heightPt), (float) widthPt,
                (float) heightPt);
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
