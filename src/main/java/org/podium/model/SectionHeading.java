package org.podium.model;

/** A divider between parts of the programme ("新老對話 賡續“初心”信仰"). */
public record SectionHeading(String heading, String subheading) implements SlideContent {

    public SectionHeading {
        heading = Text.clean(heading);
        subheading = Text.clean(subheading);
    }

    @Override
    public SlideKind kind() {
        return SlideKind.SECTION;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.section(this);
    }
}
