package org.podium.layout;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.podium.model.BlankCard;
import org.podium.model.HonourRoll;
import org.podium.model.PhotoGrid;
import org.podium.model.Programme;
import org.podium.model.Quote;
import org.podium.model.SectionHeading;
import org.podium.model.Segment;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.model.SlideContent;
import org.podium.model.SpeakerCard;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;

/**
 * Lays out slides: turns a model slide into positioned boxes in points for the programme's theme
 * and slide format. Everything that draws (screen, thumbnails, PPTX, PDF) draws these boxes and
 * measures nothing itself. Positions are proportional to the slide, so every format works; type
 * sizes scale with the slide's height.
 *
 * <p>Safe to use from one thread at a time per instance; the layout of a slide depends only on
 * the slide, its segment and the programme's particulars, language, theme and format.
 */
public final class SlideLayoutEngine {

    private static final System.Logger LOG = System.getLogger(SlideLayoutEngine.class.getName());

    private final Themes themes;
    private final TextMeasurer measurer;
    private final TextFitter fitter;
    private final FontChooser fonts;

    public SlideLayoutEngine(Themes themes, TextMeasurer measurer, FontResolver fontResolver) {
        this.themes = Objects.requireNonNull(themes, "themes");
        this.measurer = Objects.requireNonNull(measurer, "measurer");
        this.fitter = new TextFitter(measurer);
        this.fonts = new FontChooser(Objects.requireNonNull(fontResolver, "fontResolver"));
    }

    /**
     * The programme's theme; an unknown theme id (a file from a newer version, say) falls back to
     * the default theme with a logged warning rather than making the programme unshowable.
     */
    public Theme themeFor(Programme programme) {
        if (themes.has(programme.themeId())) {
            return themes.load(programme.themeId());
        }
        LOG.log(Level.WARNING, "unknown theme ''{0}''; using ''{1}''", programme.themeId(), Programme.DEFAULT_THEME);
        return themes.load(Programme.DEFAULT_THEME);
    }

    /** The family a theme stack resolves to on this machine, as the boxes will name it. */
    public String resolveFamily(List<String> stack) {
        return fonts.resolve(stack);
    }

    /**
     * The slide's layout: one page for every kind but an honour roll, which gives as many pages as
     * its names need.
     *
     * @param slide     the slide to lay out
     * @param segment   the segment holding it (its title is used as a kicker), or {@code null}
     * @param programme particulars, language, theme and format
     */
    public List<SlideLayout> layout(Slide slide, Segment segment, Programme programme) {
        LayoutContext ctx = new LayoutContext(themeFor(programme), programme, fitter, measurer, fonts);
        return slide.content().accept(new SlideContent.Visitor<>() {
            @Override
            public List<SlideLayout> title(TitleCard title) {
                return List.of(TitleSlides.title(ctx, title));
            }

            @Override
            public List<SlideLayout> section(SectionHeading section) {
                return List.of(TitleSlides.section(ctx, section, segment));
            }

            @Override
            public List<SlideLayout> speaker(SpeakerCard speaker) {
                return List.of(SpeakerSlides.layout(ctx, speaker, segment));
            }

            @Override
            public List<SlideLayout> quote(Quote quote) {
                return List.of(TextSlides.quote(ctx, quote));
            }

            @Override
            public List<SlideLayout> photo(SinglePhoto photo) {
                return List.of(PhotoSlides.layout(ctx, photo));
            }

            @Override
            public List<SlideLayout> photoGrid(PhotoGrid grid) {
                return List.of(PhotoGridSlides.layout(ctx, grid));
            }

            @Override
            public List<SlideLayout> honourRoll(HonourRoll roll) {
                return HonourRollSlides.layout(ctx, roll);
            }

            @Override
            public List<SlideLayout> text(TextPoints text) {
                return List.of(TextSlides.text(ctx, text));
            }

            @Override
            public List<SlideLayout> blank(BlankCard blank) {
                return List.of(TextSlides.blank(ctx, blank));
            }
        });
    }

    /** Every shown slide of the programme in order, honour-roll pages included. */
    public List<SlidePage> layout(Programme programme) {
        List<SlidePage> pages = new ArrayList<>();
        layout(programme, pages::add);
        return List.copyOf(pages);
    }

    /**
     * As {@link #layout(Programme)}, handing each page to {@code pages} as soon as it is laid out,
     * so a writer can start on the first pages while the rest are laid out.
     */
    public void layout(Programme programme, Consumer<SlidePage> pages) {
        for (Segment segment : programme.segments()) {
            for (Slide slide : segment.slides()) {
                List<SlideLayout> layouts = layout(slide, segment, programme);
                for (int i = 0; i < layouts.size(); i++) {
                    pages.accept(new SlidePage(segment.id(), slide.id(), i, layouts.size(), layouts.get(i)));
                }
            }
        }
    }
}
