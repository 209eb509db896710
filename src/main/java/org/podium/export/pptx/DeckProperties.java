package org.podium.export.pptx;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.podium.model.Programme;
import org.podium.model.SlideFormat;

/** The document properties of an exported deck ({@code docProps/core.xml} and {@code app.xml}). */
final class DeckProperties {

    static final String APPLICATION = "Podium";

    private DeckProperties() {
    }

    /**
     * Title and subject from the programme, the organiser as author and company, and the event's
     * date (at its start time, else noon, local time) as the creation date.
     */
    static void write(XMLSlideShow deck, Programme programme, int slideCount, int notesCount) {
        POIXMLProperties properties = deck.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(programme.title().strip());
        if (!programme.subtitle().isBlank()) {
            core.setSubjectProperty(programme.subtitle().strip());
        }
        String organiser = programme.organiser().strip();
        core.setCreator(organiser.isEmpty() ? APPLICATION : organiser);
        if (programme.date() != null) {
            LocalTime time = programme.startTime() == null ? LocalTime.NOON : programme.startTime();
            core.setCreated(Optional.of(Date.from(programme.date().atTime(time).atZone(ZoneId.systemDefault()).toInstant())));
        }
        core.setModified(Optional.of(new Date()));
        POIXMLProperties.ExtendedProperties app = properties.getExtendedProperties();
        app.setApplication(APPLICATION);
        app.setCompany(organiser);
        app.setPresentationFormat(presentationFormat(programme.format()));
        app.setSlides(slideCount);
        app.setNotes(notesCount);
    }

    /** The names PowerPoint gives slide sizes in the file's properties. */
    static String presentationFormat(SlideFormat format) {
        return switch (format.id()) {
            case "16:9" -> "Widescreen";
            case "4:3" -> "On-screen Show (4:3)";
            case "16:10" -> "On-screen Show (16:10)";
            default -> "Custom";
        };
    }

    /**
     * Drops the blank 4:3 thumbnail POI's template carries, which file browsers would show
     * as the deck's preview.
     */
    static void removeTemplateThumbnail(XMLSlideShow deck) throws InvalidFormatException {
        OPCPackage opc = deck.getPackage();
        for (PackageRelationship relationship : opc.getRelationshipsByType(PackageRelationshipTypes.THUMBNAIL)) {
            PackagePart part = opc.getPart(relationship);
            opc.removeRelationship(relationship.getId());
            if (part != null) {
                opc.removePart(part);
            }
        }
    }
}
