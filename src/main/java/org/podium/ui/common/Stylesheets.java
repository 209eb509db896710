package org.podium.ui.common;

import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;

/**
 * The chrome's look: AtlantaFX Primer Light as the user-agent stylesheet, then Podium's palette
 * (looked-up colours only) and its structural stylesheet, which uses nothing but those colours.
 */
public final class Stylesheets {

    private Stylesheets() {
    }

    /** Sets the base theme for every window; call once on the JavaFX thread before the first scene. */
    public static void installBaseTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** Palette first, so the structural sheet can look its colours up. */
    public static List<String> podium() {
        return List.of(url("palette-light.css"), url("podium.css"));
    }

    private static String url(String name) {
        URL url = Stylesheets.class.getResource("/org/podium/ui/" + name);
        return Objects.requireNonNull(url, "stylesheet " + name + " missing from the class path").toExternalForm();
    }
}
