package org.podium.layout;

/**
 * Says which font families this machine has. The render package answers from JavaFX's
 * {@code Font.getFamilies()}; the layout takes the first installed family of each theme stack.
 */
@FunctionalInterface
public interface FontResolver {

    /** True when a family of exactly this name (case-insensitive) is installed. */
    boolean isInstalled(String family);
}
