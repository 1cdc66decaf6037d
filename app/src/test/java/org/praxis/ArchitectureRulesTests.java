package org.praxis;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import praxis.infrastructure.modules.PraxisModule;
import praxis.infrastructure.modules.PraxisModules;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The house rules hold for Praxis, and each rule is shown to fail on a fixture that breaks it
 * (test sources under {@code archfixtures}), so that a rule can never pass by matching nothing.
 */
class ArchitectureRulesTests {

    /** Every module of the assembly, core and plugin, as their descriptors declare them. */
    static final List<String> MODULES = PraxisModules.onClasspath().stream().map(PraxisModule::basePackage).toList();
    static final String PLATFORM = "org.praxis.platform";
    static final JavaClasses PRAXIS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(MODULES);
    static final List<String> BAD_MODULES = List.of("archfixtures.bad.alpha", "archfixtures.bad.beta");
    static final List<String> GOOD_MODULES = List.of("archfixtures.good.alpha", "archfixtures.good.beta");
    static final JavaClasses BAD = new ClassFileImporter().importPackages("archfixtures.bad");
    static final JavaClasses GOOD = new ClassFileImporter().importPackages("archfixtures.good");

    @Test
    void theRulesSeeEveryModule() {
        assertThat(MODULES).contains("org.praxis.platform", "org.praxis.identity", "org.praxis.hub", "org.praxis.shell");
        assertThat(PRAXIS.containPackage("org.praxis.hub.internal")).isTrue();
    }

    @Test
    void praxisFollowsTheRules() {
        ArchitectureRules.vaadinOnlyInUi(MODULES).check(PRAXIS);
        ArchitectureRules.jooqOnlyInInternal(MODULES).check(PRAXIS);
        ArchitectureRules.modulesMeetOnlyThroughEvents(MODULES, PLATFORM).check(PRAXIS);
    }

    @Test
    void vaadinOutsideUiIsCaught() {
        assertThatThrownBy(() -> ArchitectureRules.vaadinOnlyInUi(BAD_MODULES).check(BAD))
                .isInstanceOf(AssertionError.class).hasMessageContaining("VaadinInInternal");
    }

    @Test
    void jooqOutsideInternalIsCaught() {
        assertThatThrownBy(() -> ArchitectureRules.jooqOnlyInInternal(BAD_MODULES).check(BAD))
                .isInstanceOf(AssertionError.class).hasMessageContaining("JooqInUi");
    }

    @Test
    void reachingIntoAnotherModuleIsCaught() {
        assertThatThrownBy(() -> ArchitectureRules.modulesMeetOnlyThroughEvents(BAD_MODULES, PLATFORM).check(BAD))
                .isInstanceOf(AssertionError.class).hasMessageContaining("BetaRepository");
    }

    @Test
    void usingAnotherModulesEventsIsAllowed() {
        assertThatCode(() -> {
            ArchitectureRules.vaadinOnlyInUi(GOOD_MODULES).check(GOOD);
            ArchitectureRules.jooqOnlyInInternal(GOOD_MODULES).check(GOOD);
            ArchitectureRules.modulesMeetOnlyThroughEvents(GOOD_MODULES, PLATFORM).check(GOOD);
        }).doesNotThrowAnyException();
    }
}
