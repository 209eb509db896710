/**
 * The layout engine: turns model slides into positioned boxes in points, for the programme's
 * theme and slide format. Pure Java (model, java.base, Jackson for theme files); text is measured
 * through the {@link org.podium.layout.TextMeasurer} port and installed fonts are queried through
 * {@link org.podium.layout.FontResolver}, both implemented by the render package.
 *
 * <p>Consumers draw a {@link org.podium.layout.SlideLayout} as it is: paint the background over
 * the slide, then each {@link org.podium.layout.Box} in order. Text lines are already broken and
 * placed (left end and baseline in slide coordinates); an image box names the exact region of the
 * EXIF-oriented picture to scale into it. Nothing is measured or positioned again downstream, so
 * screen, thumbnails and PPTX agree.
 */
package org.podium.layout;
