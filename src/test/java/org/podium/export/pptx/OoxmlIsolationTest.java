package org.podium.export.pptx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** POI's XML beans are reached from one class only, so a POI upgrade touches one file. */
class OoxmlIsolationTest {

    @Test
    void onlyOoxmlTouchesTheXmlBeans() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.podium");
        noClasses().that().resideOutsideOfPackage("org.podium.export.pptx")
                .or().doNotHaveFullyQualifiedName(Ooxml.class.getName())
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.openxmlformats..", "org.apache.xmlbeans..", "com.microsoft.schemas..")
                .check(classes);
    }
}
