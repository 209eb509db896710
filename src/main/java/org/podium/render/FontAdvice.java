package org.podium.render;

import java.util.Objects;

/**
 * Which font to install for characters no font covers: a Debian/Ubuntu package and the family it
 * brings, which is also what to look for on Windows or macOS.
 *
 * @param debianPackage e.g. {@code fonts-noto-cjk}
 * @param family        e.g. {@code Noto Sans CJK TC}
 */
public record FontAdvice(String debianPackage, String family) {

    public FontAdvice {
        Objects.requireNonNull(debianPackage, "debianPackage");
        Objects.requireNonNull(family, "family");
    }
}
