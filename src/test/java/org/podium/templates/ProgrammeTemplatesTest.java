package org.podium.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.podium.model.Language;
import org.podium.model.Problem;
import org.podium.model.Programme;
import org.podium.model.ProgrammeValidator;
import org.podium.templates.ProgrammeTemplates.Template;

class ProgrammeTemplatesTest {

    @ParameterizedTest
    @EnumSource(Template.class)
    void everyTemplateIsValidInEveryLanguage(Template template) {
        for (Language language : Language.values()) {
            Programme programme = ProgrammeTemplates.create(template, language);
            assertThat(ProgrammeValidator.validate(programme)).as("%s in %s", template, language)
                    .noneMatch(Problem::isError);
            assertThat(programme.language()).isEqualTo(language);
            assertThat(programme.segments()).hasSizeGreaterThanOrEqualTo(5)
                    .allSatisfy(s -> assertThat(s.plannedDuration()).isNotNull());
            assertThat(programme.plannedStarts()).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Template.class)
    void templatesSpeakThePickedLanguage(Template template) {
        assertThat(ProgrammeTemplates.create(template, Language.ZH_HANT).title()).isIn("深切緬懷", "頒獎典禮");
        assertThat(ProgrammeTemplates.create(template, Language.ZH_HANS).title()).isIn("深切缅怀", "颁奖典礼");
        assertThat(ProgrammeTemplates.create(template, Language.EN).title()).isIn("In Loving Memory",
                "Awards Ceremony");
    }

    @org.junit.jupiter.api.Test
    void everyLanguageHasEveryKey() {
        Set<String> english = ResourceBundle.getBundle(ProgrammeTemplates.BUNDLE, Locale.ROOT).keySet();
        for (String tag : new String[] {"zh-Hans", "zh-Hant"}) {
            ResourceBundle bundle = ResourceBundle.getBundle(ProgrammeTemplates.BUNDLE, Locale.forLanguageTag(tag));
            for (String key : english) {
                assertThat(bundle.getString(key)).as("%s in %s", key, tag).isNotEqualTo(
                        ResourceBundle.getBundle(ProgrammeTemplates.BUNDLE, Locale.ROOT).getString(key));
            }
        }
    }
}
