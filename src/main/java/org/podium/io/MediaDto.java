package org.podium.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One row of the top-level media table; sizes are pixels as stored, before EXIF orientation. */
@JsonPropertyOrder({"sha256", "originalName", "mediaType", "widthPx", "heightPx", "exifOrientation"})
record MediaDto(String sha256, String originalName, String mediaType, Integer widthPx, Integer heightPx,
                Integer exifOrientation) {
}
