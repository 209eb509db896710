package org.podium.layout;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Picks the first installed family of a font stack, remembering the answer per stack. */
public final class FontChooser {

    private static final System.Logger LOG = System.getLogger(FontChooser.class.getName());

    private final FontResolver resolver;
    private final Map<List<String>, String> chosen = new ConcurrentHashMap<>();

    public FontChooser(FontResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * The first family of {@code stack} that is installed; when none is, the first family (so an
     * exported PPTX still names a font the audience's machine may have).
     */
    public String resolve(List<String> stack) {
        return chosen.computeIfAbsent(List.copyOf(stack), s -> {
            for (String family : s) {
                if (resolver.isInstalled(family)) {
                    return family;
                }
            }
            LOG.log(Level.WARNING, "none of the fonts {0} is installed; text will fall back to a system font", s);
            return s.get(0);
        });
    }
}
