package org.podium.render;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.scene.text.Font;
import org.podium.layout.FontResolver;

/**
 * Which font families JavaFX can use on this machine, from {@link Font#getFamilies()}; names are
 * compared case-insensitively. The list is read once, when the resolver is made.
 */
public final class FxFontResolver implements FontResolver {

    /** Lower-case name to JavaFX's own spelling. */
    private final Map<String, String> families = new TreeMap<>();

    /** The families installed for JavaFX. */
    public FxFontResolver() {
        this(Font.getFamilies());
    }

    /** A resolver over a given list of families, for tests. */
    FxFontResolver(Collection<String> installed) {
        for (String family : installed) {
            families.putIfAbsent(family.toLowerCase(Locale.ROOT), family);
        }
    }

    @Override
    public boolean isInstalled(String family) {
        return families.containsKey(family.toLowerCase(Locale.ROOT));
    }

    /** JavaFX's spelling of an installed family, e.g. "Noto Sans CJK TC" for "noto sans cjk tc". */
    public Optional<String> installedName(String family) {
        return Optional.ofNullable(families.get(family.toLowerCase(Locale.ROOT)));
    }
}
