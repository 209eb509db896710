package org.podium.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package table of DESIGN.md: data flows one way, from model up to the UI and the command
 * line. A package that does not exist yet passes its rule ({@code allowEmptyShould}).
 */
class ArchitectureTest {

    private static final String MODEL = "org.podium.model..";
    private static final String EDIT = "org.podium.edit..";
    private static final String LAYOUT = "org.podium.layout..";
    private static final String MEDIA = "org.podium.media..";
    private static final String IO = "org.podium.io..";
    private static final String FILES = "org.podium.files..";
    private static final String RENDER = "org.podium.render..";
    private static final String EXPORT = "org.podium.export..";
    private static final String UI = "org.podium.ui..";
    private static final String CLI = "org.podium.cli..";

    private static final String JAVA = "java..";
    private static final String JACKSON = "com.fasterxml.jackson..";
    private static final String JAVAFX = "javafx..";
    private static final String IMAGE_IO = "javax.imageio..";
    private static final String METADATA_EXTRACTOR = "com.drew..";
    /**
     * POI, the XML beans beneath it (the sections extension has no POI API) and the zip stream it
     * writes into (the deck's pictures go in stored).
     */
    private static final String[] POI = {"org.apache.poi..", "org.apache.xmlbeans..", "org.openxmlformats..",
            "com.microsoft.schemas..", "javax.xml..", "org.w3c.dom..", "org.apache.commons.compress.archivers.."};

    /** PDF documents: the running sheet and the handouts. */
    private static final String[] PDFBOX = {"org.apache.pdfbox..", "org.apache.fontbox.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.podium");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }

    private static ArchRule onlyUses(String pkg, String... allowed) {
        String[] packages = new String[allowed.length + 1];
        packages[0] = pkg;
        System.arraycopy(allowed, 0, packages, 1, allowed.length);
        return classes().that().resideInAPackage(pkg).should().onlyDependOnClassesThat().resideInAnyPackage(packages);
    }

    private static String[] join(String[] first, String... rest) {
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    @Test
    void modelUsesJavaBaseOnly() {
        check(onlyUses(MODEL, JAVA));
    }

    @Test
    void filesUseJavaBaseOnly() {
        check(onlyUses(FILES, JAVA));
    }

    @Test
    void editUsesTheModelOnly() {
        check(onlyUses(EDIT, JAVA, MODEL));
    }

    @Test
    void layoutUsesTheModelAndJacksonForThemes() {
        check(onlyUses(LAYOUT, JAVA, MODEL, JACKSON));
    }

    @Test
    void mediaUsesTheModelAndImageLibraries() {
        check(onlyUses(MEDIA, JAVA, MODEL, IMAGE_IO, METADATA_EXTRACTOR));
    }

    @Test
    void ioUsesModelMediaAndJackson() {
        check(onlyUses(IO, JAVA, MODEL, MEDIA, FILES, JACKSON));
    }

    @Test
    void renderUsesLayoutModelMediaAndJavaFx() {
        check(onlyUses(RENDER, JAVA, LAYOUT, MODEL, MEDIA, JAVAFX, IMAGE_IO));
    }

    @Test
    void exportUsesLayoutModelMediaPoiAndPdfBox() {
        check(onlyUses(EXPORT, join(join(POI, PDFBOX), JAVA, LAYOUT, MODEL, MEDIA, FILES)));
    }

    @Test
    void onlyExportTouchesPoi() {
        check(noClasses().that().resideOutsideOfPackage(EXPORT)
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi.."));
    }

    @Test
    void nothingBelowTheUiUsesItOrTheCommandLine() {
        check(noClasses().that().resideInAnyPackage(MODEL, EDIT, LAYOUT, MEDIA, FILES, IO, RENDER, EXPORT)
                .should().dependOnClassesThat().resideInAnyPackage(UI, CLI));
    }

    @Test
    void uiUsesOnlyWhatIsBelowIt() {
        check(noClasses().that().resideInAPackage(UI)
                .should().dependOnClassesThat().resideInAnyPackage(CLI)
                .orShould().dependOnClassesThat().resideInAPackage("org.podium"));
    }

    @Test
    void commandLineUsesEverythingButTheUi() {
        check(noClasses().that().resideInAPackage(CLI).should().dependOnClassesThat().resideInAPackage(UI));
    }

    /** The command line may start the toolkit headless to render, through render. */
    @Test
    void onlyRenderUiAndCommandLineUseJavaFx() {
        check(noClasses().that().resideInAnyPackage(MODEL, EDIT, LAYOUT, MEDIA, FILES, IO, EXPORT)
                .should().dependOnClassesThat().resideInAPackage(JAVAFX));
    }

    /** Text is measured through the TextMeasurer port, never with AWT fonts. */
    @Test
    void modelEditAndLayoutStayOffTheDesktopModule() {
        check(noClasses().that().resideInAnyPackage(MODEL, EDIT, LAYOUT)
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", IMAGE_IO, "javax.swing.."));
    }

    @Test
    void viewModelsAreFreeOfSceneGraphClasses() {
        check(noClasses().that().resideInAPackage(UI).and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage.."));
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        check(slices().matching("org.podium.(*)..").should().beFreeOfCycles());
    }
}
