package org.podium.cli;

import java.util.List;
import org.podium.render.MissingGlyphs;

/** Says which characters lack a font and what to install, one line per font family. */
final class FontWarnings {

    /** Characters shown per line; the rest are counted, not listed. */
    private static final int SHOWN_CHARACTERS = 20;

    private FontWarnings() {
    }

    static List<String> lines(CliMessages messages, List<MissingGlyphs> missing) {
        return missing.stream().map(m -> {
            String problem = messages.get(m.installed() ? "fonts.glyphsMissing" : "fonts.fontMissing", m.count(),
                    m.sample(SHOWN_CHARACTERS), m.family());
            return m.advice().map(a -> messages.get("fonts.install", problem, a.debianPackage(), a.family()))
                    .orElse(problem);
        }).toList();
    }
}
