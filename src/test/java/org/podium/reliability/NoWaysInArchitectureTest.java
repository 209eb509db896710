package org.podium.reliability;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No way in from the network or through a file's JSON: no Podium class opens a server or datagram
 * socket or an HTTP server, and no Jackson mapping lets a file name the Java class to build.
 */
class NoWaysInArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.podium");
    }

    @Test
    void noClassListensOnTheNetwork() {
        listening().check(classes);
    }

    @Test
    void noMapperEnablesDefaultTyping() {
        defaultTyping().check(classes);
    }

    @Test
    void noTypeInfoUsesClassNames() {
        for (ArchRule rule : classNameTypeIds()) {
            rule.check(classes);
        }
    }

    /** The rules are not vacuous: each catches the offence written in {@link Violations}. */
    @Test
    void eachRuleCatchesItsOffence() {
        JavaClasses offenders = new ClassFileImporter().importClasses(Violations.class, Violations.ClassNamed.class,
                Violations.Listener.class, Violations.DefaultTyping.class);

        assertThatThrownBy(() -> listening().check(offenders)).hasMessageContaining("java.net.ServerSocket");
        assertThatThrownBy(() -> defaultTyping().check(offenders)).hasMessageContaining("activateDefaultTyping");
        assertThatThrownBy(() -> classNameTypeIds().get(0).check(offenders)).hasMessageContaining("ClassNamed");
    }

    private static ArchRule listening() {
        return noClasses().that().resideInAPackage("org.podium..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.MulticastSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.DatagramChannel")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.AsynchronousServerSocketChannel")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.net.ServerSocketFactory")
                .orShould().dependOnClassesThat().resideInAPackage("com.sun.net.httpserver..")
                .because("Podium is a desktop program: nothing may accept connections on the venue's network");
    }

    private static ArchRule defaultTyping() {
        return noClasses().that().resideInAPackage("org.podium..")
                .should().callMethodWhere(named("activateDefaultTyping", "activateDefaultTypingAsProperty",
                        "enableDefaultTyping", "enableDefaultTypingAsProperty", "setDefaultTyping"))
                .because("default typing lets a file name any class on the class path to instantiate");
    }

    private static List<ArchRule> classNameTypeIds() {
        DescribedPredicate<JavaAnnotation<?>> byClassName = new DescribedPredicate<>(
                "@JsonTypeInfo(use = CLASS or MINIMAL_CLASS)") {
            @Override
            public boolean test(JavaAnnotation<?> annotation) {
                if (!annotation.getRawType().isEquivalentTo(JsonTypeInfo.class)) {
                    return false;
                }
                Object use = annotation.get("use").orElse(null);
                return use instanceof JavaEnumConstant constant
                        && Set.of("CLASS", "MINIMAL_CLASS").contains(constant.name());
            }
        };
        String because = "a type id that is a class name lets a file choose what Java class is built";
        return List.of(
                noClasses().that().resideInAPackage("org.podium..").should().beAnnotatedWith(byClassName)
                        .because(because),
                noFields().that().areDeclaredInClassesThat().resideInAPackage("org.podium..")
                        .should().beAnnotatedWith(byClassName).because(because).allowEmptyShould(true),
                noMethods().that().areDeclaredInClassesThat().resideInAPackage("org.podium..")
                        .should().beAnnotatedWith(byClassName).because(because).allowEmptyShould(true));
    }

    private static DescribedPredicate<JavaMethodCall> named(String... names) {
        Set<String> set = Set.of(names);
        return new DescribedPredicate<>("a method named one of " + set) {
            @Override
            public boolean test(JavaMethodCall call) {
                return set.contains(call.getTarget().getName());
            }
        };
    }
}
