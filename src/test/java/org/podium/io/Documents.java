package org.podium.io;

/** Hand-written {@code programme.json} texts for the reading tests. */
final class Documents {

    /** Line of {@code SLIDES} in {@link #withSlides}: the first slide starts on this line. */
    static final int FIRST_SLIDE_LINE = 13;

    private static final String TEMPLATE = """
            {
              "formatVersion": 1,
              "writtenBy": "Podium 0.1.0",
              "programme": {
                "title": "先進事跡分享會",
                "language": "zh-Hant",
                "format": { "id": "16:9", "widthPt": 960, "heightPt": 540 },
                "segments": [
                  {
                    "id": "s1",
                    "kind": "address",
                    "slides": [
            SLIDES
                    ]
                  }
                ]
              },
              "media": [
            MEDIA
              ]
            }
            """;

    private Documents() {
    }

    static String withSlides(String slides) {
        return withSlidesAndMedia(slides, "");
    }

    static String withSlidesAndMedia(String slides, String media) {
        return TEMPLATE.replace("SLIDES", slides).replace("MEDIA", media);
    }

    static String minimal() {
        return withSlides("{ \"id\": \"t\", \"kind\": \"title\", \"title\": \"分享會\" }");
    }

    /** One row of the media table for a JPEG of these bytes. */
    static String jpegRow(String sha256, int widthPx, int heightPx) {
        return "{ \"sha256\": \"" + sha256 + "\", \"originalName\": \"a.jpg\", \"mediaType\": \"image/jpeg\", "
                + "\"widthPx\": " + widthPx + ", \"heightPx\": " + heightPx + ", \"exifOrientation\": 1 }";
    }
}
