package org.podium.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

@JsonPropertyOrder({"name", "role"})
record PersonDto(String name, String role) {
}
