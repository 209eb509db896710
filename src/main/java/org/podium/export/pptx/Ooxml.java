package org.podium.export.pptx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFNotesMaster;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlipFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTFontCollection;
import org.openxmlformats.schemas.drawingml.x2006.main.CTFontScheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGeomGuide;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGradientFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGradientStop;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGradientStopList;
import org.openxmlformats.schemas.drawingml.x2006.main.CTLineProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTLinearShadeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPositiveSize2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPresetGeometry2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRelativeRect;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSRgbColor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSolidColorFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextFont;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextLineBreak;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STPenAlignment;
import org.openxmlformats.schemas.drawingml.x2006.main.STShapeType;
import org.openxmlformats.schemas.presentationml.x2006.main.CTBackground;
import org.openxmlformats.schemas.presentationml.x2006.main.CTBackgroundProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTCommonSlideData;
import org.openxmlformats.schemas.presentationml.x2006.main.CTExtension;
import org.openxmlformats.schemas.presentationml.x2006.main.CTExtensionList;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPresentation;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideIdListEntry;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideSize;
import org.podium.layout.Fill;
import org.podium.layout.ImageCrop;
import org.podium.layout.Rgba;

/**
 * Everything POI's user model cannot say, written into the XML beans directly. This is the only
 * class of Podium that touches them. POI ships a reduced schema set ({@code poi-ooxml-lite})
 * without transitions or the PowerPoint 2010 sections, so those are written with an
 * {@link XmlCursor} as plain elements.
 *
 * <p>Units of DrawingML: 1 pt = 12700 EMU; percentages in 1/1000 % (100000 = 100 %); angles in
 * 1/60000 degree.
 */
final class Ooxml {

    static final String P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main";
    static final String P14_NS = "http://schemas.microsoft.com/office/powerpoint/2010/main";
    /** The extension PowerPoint 2010 and later keep their sections in. */
    static final String SECTIONS_URI = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}";

    static final int EMU_PER_PT = 12700;
    private static final int FULL_PERCENT = 100_000;
    private static final int ANGLE_PER_DEGREE = 60_000;

    /** One PowerPoint section: a name and the 0-based indices of its consecutive slides. */
    record Section(String name, UUID id, int firstSlide, int slideCount) {
    }

    private Ooxml() {
    }

    static int emu(double pt) {
        return (int) Math.round(pt * EMU_PER_PT);
    }

    /** The exact slide size in EMU (POI's {@code setPageSize} takes whole points); no preset type. */
    static void slideSize(XMLSlideShow deck, double widthPt, double heightPt) {
        CTSlideSize size = deck.getCTPresentation().getSldSz();
        size.setCx(emu(widthPt));
        size.setCy(emu(heightPt));
        if (size.isSetType()) {
            size.unsetType();
        }
    }

    /** Width and height of the notes pages ({@code p:notesSz}), in points. */
    static double[] notesPageSizePt(XMLSlideShow deck) {
        CTPositiveSize2D size = deck.getCTPresentation().getNotesSz();
        return new double[] {size.getCx() / (double) EMU_PER_PT, size.getCy() / (double) EMU_PER_PT};
    }

    /**
     * Saves a finished slide's XML into its part now, exactly as POI's write would
     * ({@code XSLFSheet.commit}: POI's default options, the root element named), and marks it
     * committed, so the write skips it. Lets slides be saved on another thread while the next ones
     * are built (see {@link SavingAhead}); the slide must not change afterwards.
     */
    static void saveNow(XSLFSlide slide) throws IOException {
        saveNow(slide, slide.getXmlObject(), "sld");
    }

    /** As {@link #saveNow(XSLFSlide)}, for a notes page. */
    static void saveNow(XSLFNotes notes) throws IOException {
        saveNow(notes, notes.getXmlObject(), "notes");
    }

    private static void saveNow(XSLFSheet sheet, XmlObject xml, String rootElement) throws IOException {
        XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        options.setSaveSyntheticDocumentElement(new QName(P_NS, rootElement));
        PackagePart part = sheet.getPackagePart();
        part.clear();
        try (OutputStream out = part.getOutputStream()) {
            xml.save(out, options);
        }
        sheet.setCommitted(true);
    }

    /**
     * Gives {@code page} a copy of {@code master}'s shapes, as XML: what POI's {@code importContent}
     * does before copying every shape a second time through its properties.
     */
    static void copyShapes(XSLFNotesMaster master, XSLFNotes page) {
        page.getXmlObject().getCSld().getSpTree().set(master.getXmlObject().getCSld().getSpTree());
    }

    /**
     * Major (headings) and minor (body) theme fonts, Latin and East Asian faces each, so text
     * typed into the deck later uses the programme's fonts too.
     */
    static void themeFonts(XSLFTheme theme, DeckFonts fonts) {
        CTFontScheme scheme = theme.getXmlObject().getThemeElements().getFontScheme();
        scheme.setName("Podium");
        setFaces(scheme.getMajorFont(), fonts.majorLatin(), fonts.majorEastAsian());
        setFaces(scheme.getMinorFont(), fonts.minorLatin(), fonts.minorEastAsian());
    }

    private static void setFaces(CTFontCollection collection, String latin, String eastAsian) {
        collection.getLatin().setTypeface(latin);
        // latin, ea and cs are required children of a font collection
        CTTextFont ea = collection.getEa() != null ? collection.getEa() : collection.addNewEa();
        ea.setTypeface(eastAsian);
    }

    /** The slide's own background ({@code p:bg}), solid or gradient, over the master's. */
    static void background(XSLFSlide slide, Fill fill) {
        CTCommonSlideData cSld = slide.getXmlObject().getCSld();
        CTBackground bg = cSld.isSetBg() ? cSld.getBg() : cSld.addNewBg();
        if (bg.isSetBgRef()) {
            bg.unsetBgRef();
        }
        CTBackgroundProperties properties = bg.isSetBgPr() ? bg.getBgPr() : bg.addNewBgPr();
        if (fill instanceof Fill.LinearGradient gradient) {
            gradient(properties.addNewGradFill(), gradient, 1);
        } else {
            colour(properties.addNewSolidFill(), fill.averageColour(), 1);
        }
        // a background's effect list is required by the schema, even when empty
        properties.addNewEffectLst();
    }

    /** Solid or gradient fill of an auto shape, every colour's alpha multiplied by {@code opacity}. */
    static void shapeFill(XSLFShape shape, Fill fill, double opacity) {
        CTShapeProperties properties = ((CTShape) shape.getXmlObject()).getSpPr();
        clearFill(properties);
        if (fill instanceof Fill.LinearGradient gradient) {
            gradient(properties.addNewGradFill(), gradient, opacity);
        } else {
            colour(properties.addNewSolidFill(), fill.averageColour(), opacity);
        }
        if (!properties.isSetLn()) {
            properties.addNewLn().addNewNoFill();
        }
    }

    private static void clearFill(CTShapeProperties properties) {
        if (properties.isSetNoFill()) {
            properties.unsetNoFill();
        }
        if (properties.isSetSolidFill()) {
            properties.unsetSolidFill();
        }
        if (properties.isSetGradFill()) {
            properties.unsetGradFill();
        }
    }

    private static void gradient(CTGradientFillProperties target, Fill.LinearGradient gradient, double opacity) {
        target.setRotWithShape(true);
        CTGradientStopList stops = target.addNewGsLst();
        for (Fill.Stop stop : gradient.stops()) {
            CTGradientStop gs = stops.addNewGs();
            gs.setPos((int) Math.round(stop.offset() * FULL_PERCENT));
            srgb(gs.addNewSrgbClr(), stop.colour(), opacity);
        }
        CTLinearShadeProperties lin = target.addNewLin();
        lin.setAng(angle(gradient.angleDeg()));
        lin.setScaled(false);
    }

    /** Degrees to DrawingML's positive fixed angle, 0 ≤ a < 360°. */
    static int angle(double degrees) {
        double normalised = ((degrees % 360) + 360) % 360;
        int value = (int) Math.round(normalised * ANGLE_PER_DEGREE);
        return value >= 360 * ANGLE_PER_DEGREE ? 0 : value;
    }

    private static void colour(CTSolidColorFillProperties target, Rgba colour, double opacity) {
        srgb(target.addNewSrgbClr(), colour, opacity);
    }

    private static void srgb(CTSRgbColor target, Rgba colour, double opacity) {
        target.setVal(new byte[] {(byte) colour.red(), (byte) colour.green(), (byte) colour.blue()});
        int alpha = (int) Math.round(colour.alpha() * opacity * FULL_PERCENT);
        if (alpha < FULL_PERCENT) {
            target.addNewAlpha().setVal(alpha);
        }
    }

    /**
     * Rounded corners: the {@code roundRect} preset, whose {@code adj} is the radius as a share of
     * the shorter side (50 % makes a pill or a circle).
     */
    static void roundCorners(XSLFShape shape, double radiusPt, double widthPt, double heightPt) {
        CTShapeProperties properties = shapeProperties(shape);
        CTPresetGeometry2D geometry = properties.isSetPrstGeom() ? properties.getPrstGeom() : properties.addNewPrstGeom();
        geometry.setPrst(STShapeType.ROUND_RECT);
        if (geometry.isSetAvLst()) {
            geometry.unsetAvLst();
        }
        double shorter = Math.min(widthPt, heightPt);
        int adjust = shorter <= 0 ? 0 : (int) Math.round(Math.min(0.5, radiusPt / shorter) * FULL_PERCENT);
        CTGeomGuide guide = geometry.addNewAvLst().addNewGd();
        guide.setName("adj");
        guide.setFmla("val " + adjust);
    }

    /** An outline drawn inside the shape's edge, as the layout's frames are. */
    static void insideOutline(XSLFShape shape) {
        CTShapeProperties properties = shapeProperties(shape);
        CTLineProperties line = properties.isSetLn() ? properties.getLn() : properties.addNewLn();
        line.setAlgn(STPenAlignment.IN);
    }

    /** Shows only {@code crop} of the stored (upright, whole) picture: {@code a:srcRect}. */
    static void crop(XSLFShape picture, ImageCrop crop) {
        CTBlipFillProperties blipFill = ((CTPicture) picture.getXmlObject()).getBlipFill();
        CTRelativeRect rect = blipFill.isSetSrcRect() ? blipFill.getSrcRect() : blipFill.addNewSrcRect();
        rect.setL(percent(crop.x()));
        rect.setT(percent(crop.y()));
        rect.setR(percent(crop.right()));
        rect.setB(percent(crop.bottom()));
    }

    private static int percent(double fraction) {
        return (int) Math.round(fraction * FULL_PERCENT);
    }

    /** Name (shown in PowerPoint's selection pane) and alternative text of a shape or picture. */
    static void describe(XSLFShape shape, String name, String altText) {
        XmlObject xml = shape.getXmlObject();
        CTNonVisualDrawingProps props = xml instanceof CTPicture picture ? picture.getNvPicPr().getCNvPr()
                : ((CTShape) xml).getNvSpPr().getCNvPr();
        props.setName(name);
        if (!altText.isBlank()) {
            props.setDescr(altText);
        }
    }

    /**
     * Language of a run ({@code lang}, e.g. zh-TW) and the alternative language PowerPoint uses
     * for runs of the other script.
     */
    static void language(XSLFTextRun run, String lang, String altLang) {
        CTTextCharacterProperties properties = runProperties(run);
        properties.setLang(lang);
        properties.setAltLang(altLang);
    }

    /**
     * Exact line spacing ({@code a:lnSpc/a:spcPts}, 1/100 pt), rounded; POI's
     * {@code setLineSpacing} truncates 72.6 pt to 72.59.
     */
    static void exactLineSpacing(XSLFTextParagraph paragraph, double lineHeightPt) {
        CTTextParagraph xml = paragraph.getXmlObject();
        CTTextParagraphProperties properties = xml.isSetPPr() ? xml.getPPr() : xml.addNewPPr();
        if (properties.isSetLnSpc()) {
            properties.unsetLnSpc();
        }
        properties.addNewLnSpc().addNewSpcPts().setVal((int) Math.round(lineHeightPt * 100));
    }

    /**
     * Extra space after each character, in points ({@code spc}, 1/100 pt); rounded, where POI's
     * {@code setCharacterSpacing} truncates.
     */
    static void letterSpacing(XSLFTextRun run, double spacingPt) {
        runProperties(run).setSpc((int) Math.round(spacingPt * 100));
    }

    /**
     * Size and language of the paragraph's end mark, so an empty paragraph (and the caret after
     * the text) keeps the text's size when the deck is edited.
     */
    static void endOfParagraph(XSLFTextParagraph paragraph, double sizePt, String lang) {
        CTTextParagraph xml = paragraph.getXmlObject();
        CTTextCharacterProperties end = xml.isSetEndParaRPr() ? xml.getEndParaRPr() : xml.addNewEndParaRPr();
        end.setSz((int) Math.round(sizePt * 100));
        end.setLang(lang);
    }

    private static CTTextCharacterProperties runProperties(XSLFTextRun run) {
        XmlObject xml = run.getXmlObject();
        if (xml instanceof CTRegularTextRun regular) {
            return regular.isSetRPr() ? regular.getRPr() : regular.addNewRPr();
        }
        if (xml instanceof CTTextLineBreak lineBreak) {
            return lineBreak.isSetRPr() ? lineBreak.getRPr() : lineBreak.addNewRPr();
        }
        throw new IllegalArgumentException("not a text run: " + xml.getClass().getSimpleName());
    }

    private static CTShapeProperties shapeProperties(XSLFShape shape) {
        XmlObject xml = shape.getXmlObject();
        return xml instanceof CTPicture picture ? picture.getSpPr() : ((CTShape) xml).getSpPr();
    }

    /**
     * The slide's transition: a short fade and/or advancing by itself after {@code advanceAfter}
     * (a click still advances). Written after {@code p:clrMapOvr}, where the schema wants it.
     */
    static void transition(XSLFSlide slide, boolean fade, Duration advanceAfter) {
        if (!fade && advanceAfter == null) {
            return;
        }
        try (XmlCursor cursor = slide.getXmlObject().newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(P_NS, "transition", "p"));
            cursor.insertAttributeWithValue("spd", "fast");
            if (advanceAfter != null) {
                cursor.insertAttributeWithValue("advTm", Long.toString(advanceAfter.toMillis()));
            }
            if (fade) {
                cursor.insertElement(new QName(P_NS, "fade", "p"));
            }
        }
    }

    /**
     * PowerPoint sections ({@code p14:sectionLst} in {@code presentation.xml}), each listing the
     * ids its slides have in {@code p:sldIdLst}. Call once every slide exists.
     */
    static void sections(XMLSlideShow deck, List<Section> sections) {
        CTPresentation presentation = deck.getCTPresentation();
        CTSlideIdListEntry[] slideIds = presentation.isSetSldIdLst()
                ? presentation.getSldIdLst().getSldIdArray() : new CTSlideIdListEntry[0];
        CTExtensionList extensions = presentation.isSetExtLst() ? presentation.getExtLst() : presentation.addNewExtLst();
        CTExtension extension = extensions.addNewExt();
        extension.setUri(SECTIONS_URI);
        try (XmlCursor cursor = extension.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(P14_NS, "sectionLst", "p14"));
            // declared here so the elements carry the p14 prefix PowerPoint itself writes
            cursor.insertNamespace("p14", P14_NS);
            for (Section section : sections) {
                cursor.beginElement(new QName(P14_NS, "section", "p14"));
                cursor.insertAttributeWithValue("name", section.name());
                cursor.insertAttributeWithValue("id", "{" + section.id().toString().toUpperCase(Locale.ROOT) + "}");
                cursor.beginElement(new QName(P14_NS, "sldIdLst", "p14"));
                for (int i = section.firstSlide(); i < section.firstSlide() + section.slideCount(); i++) {
                    cursor.beginElement(new QName(P14_NS, "sldId", "p14"));
                    cursor.insertAttributeWithValue("id", Long.toString(slideIds[i].getId()));
                    cursor.toNextToken();
                }
                cursor.toNextToken();
                cursor.toNextToken();
            }
        }
    }
}
