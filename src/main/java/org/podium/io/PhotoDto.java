package org.podium.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A photo on a slide; {@code media} is a sha256 from the media table, focal and crop are fractions. */
@JsonPropertyOrder({"media", "caption", "credit", "fit", "focal", "crop"})
record PhotoDto(String media, String caption, String credit, String fit, FocalDto focal, CropDto crop) {

    @JsonPropertyOrder({"x", "y"})
    record FocalDto(Double x, Double y) {
    }

    @JsonPropertyOrder({"left", "top", "right", "bottom"})
    record CropDto(Double left, Double top, Double right, Double bottom) {
    }
}
