package org.podium.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled themes: JSON resources {@code org/podium/layout/themes/<id>.json}, listed in
 * {@code index.json} there (resources in a jar cannot be listed). Loaded themes are cached;
 * the class is safe to share between threads.
 */
public final class Themes {

    static final String FOLDER = "/org/podium/layout/themes/";

    private final List<String> ids;
    private final Map<String, Theme> cache = new ConcurrentHashMap<>();

    private Themes(List<String> ids) {
        this.ids = List.copyOf(ids);
    }

    /** The themes that ship with Podium. */
    public static Themes bundled() {
        String index = FOLDER + "index.json";
        try (InputStream in = Themes.class.getResourceAsStream(index)) {
            if (in == null) {
                throw new IllegalStateException("theme index " + index + " is missing from the application");
            }
            return new Themes(ThemeReader.readIndex(index, in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme index " + index, e);
        }
    }

    /** Ids of the available themes, the default first. */
    public List<String> ids() {
        return ids;
    }

    public boolean has(String id) {
        return ids.contains(id);
    }

    /**
     * The theme of that id.
     *
     * @throws IllegalArgumentException for an id that is not a bundled theme; the message lists the available ones
     * @throws IllegalStateException    when the theme's file is broken; the message names the file and the field
     */
    public Theme load(String id) {
        if (!ids.contains(id)) {
            throw new IllegalArgumentException("Unknown theme '" + id + "'; available themes: " + String.join(", ", ids));
        }
        return cache.computeIfAbsent(id, Themes::read);
    }

    /** All available themes, in {@link #ids()} order. */
    public List<Theme> all() {
        return ids.stream().map(this::load).toList();
    }

    private static Theme read(String id) {
        String resource = FOLDER + id + ".json";
        try (InputStream in = Themes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("theme file " + resource + " is missing from the application");
            }
            Theme theme = ThemeReader.read(resource, in);
            if (!theme.id().equals(id)) {
                throw new IllegalStateException("theme file " + resource + " declares id '" + theme.id() + "'");
            }
            return theme;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme file " + resource, e);
        }
    }
}
