package org.podium.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The whole {@code programme.json}, format version 1. */
@JsonPropertyOrder({"formatVersion", "writtenBy", "programme", "media"})
record DocumentDto(Integer formatVersion, String writtenBy, ProgrammeDto programme, List<MediaDto> media) {
}
