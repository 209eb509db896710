package org.podium.ui.presenter;

import java.util.List;
import java.util.Optional;

/**
 * Which screen the audience window covers, as pure logic over screen rectangles.
 *
 * <ul>
 *   <li>The chosen screen is remembered by its geometry, never by its position in the list,
 *       which changes when screens come and go.</li>
 *   <li>By default a screen other than the primary one; on a one-screen machine that screen,
 *       shared with the console.</li>
 *   <li>When the remembered screen disappears the window is hidden, never moved to another
 *       screen (that would put the slides on the operator's laptop, or the console on the wall).
 *       When a screen of that geometry returns the window shows there again.</li>
 *   <li>A window sharing the only screen moves to a second screen when one appears: that moves
 *       it away from the operator, never onto them.</li>
 *   <li>The operator may move it to another screen from the console ({@link #moveTo}); that
 *       screen is then remembered like a first choice.</li>
 * </ul>
 */
public final class ScreenChooser {

    private ScreenRect remembered;
    private boolean sharing;

    /** @param remembered geometry chosen last time, or {@code null} */
    public ScreenChooser(ScreenRect remembered) {
        this.remembered = remembered;
    }

    /** The geometry the audience window belongs on, once chosen. */
    public Optional<ScreenRect> remembered() {
        return Optional.ofNullable(remembered);
    }

    /**
     * The first placement when presenting starts.
     *
     * @param screens   the screens now, in the toolkit's order
     * @param requested 1-based screen number asked for on the command line, or 0 for none; a
     *                  number beyond the list is ignored
     */
    public Placement choose(List<ScreenInfo> screens, int requested) {
        if (screens.isEmpty()) {
            return Placement.HIDDEN;
        }
        ScreenInfo chosen = null;
        if (requested >= 1 && requested <= screens.size()) {
            chosen = screens.get(requested - 1);
        }
        if (chosen == null && remembered != null) {
            chosen = find(screens, remembered);
        }
        if (chosen == null) {
            chosen = firstSecondary(screens);
        }
        if (chosen == null) {
            chosen = primaryOrFirst(screens);
        }
        return place(screens, chosen);
    }

    /** The placement after the screens changed (plugged, unplugged, resolution changed). */
    public Placement update(List<ScreenInfo> screens) {
        if (remembered == null) {
            return choose(screens, 0);
        }
        if (sharing) {
            ScreenInfo secondary = firstSecondary(screens);
            if (secondary != null) {
                return place(screens, secondary);
            }
        }
        ScreenInfo same = find(screens, remembered);
        return same == null ? Placement.HIDDEN : place(screens, same);
    }

    /**
     * The operator moves the slides to {@code target} from the console: it becomes the geometry
     * remembered, as a first choice would. Empty, and nothing changes, when {@code target} is
     * not among the screens (unplugged while the menu was open).
     */
    public Optional<Placement> moveTo(List<ScreenInfo> screens, ScreenRect target) {
        return Optional.ofNullable(find(screens, target)).map(chosen -> place(screens, chosen));
    }

    /**
     * Where the console goes: the primary screen unless the audience has it, else another one;
     * the audience's own screen when there is no other.
     */
    public static ScreenRect consoleScreen(List<ScreenInfo> screens, Placement audience) {
        ScreenInfo primary = primaryOrFirst(screens);
        if (primary == null) {
            throw new IllegalArgumentException("no screen for the console");
        }
        if (!audience.shown() || !primary.bounds().equals(audience.bounds())) {
            return primary.bounds();
        }
        return screens.stream().map(ScreenInfo::bounds).filter(b -> !b.equals(audience.bounds())).findFirst()
                .orElse(primary.bounds());
    }

    private Placement place(List<ScreenInfo> screens, ScreenInfo chosen) {
        remembered = chosen.bounds();
        sharing = screens.size() == 1;
        return new Placement(chosen.bounds(), sharing);
    }

    private static ScreenInfo find(List<ScreenInfo> screens, ScreenRect geometry) {
        return screens.stream().filter(s -> s.bounds().equals(geometry)).findFirst().orElse(null);
    }

    private static ScreenInfo firstSecondary(List<ScreenInfo> screens) {
        return screens.stream().filter(s -> !s.primary()).findFirst().orElse(null);
    }

    private static ScreenInfo primaryOrFirst(List<ScreenInfo> screens) {
        return screens.stream().filter(ScreenInfo::primary).findFirst()
                .orElse(screens.isEmpty() ? null : screens.get(0));
    }
}
