package org.praxis;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The house rules hold for Praxis, and each rule is shown to fail on a fixture that breaks it
 * (test sources under {@code archfixtures}), so that a rule can never pass by matching nothing.
 */
class ArchitectureRulesTests {

    static final JavaClasses PRAXIS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.praxis");
    static final JavaClasses BAD = new ClassFileImporter().importPackages("archfixtures.bad");
    static final JavaClasses GOOD = new ClassFileImporter().importPackages("archfixtures.good");

    @Test
    void praxisFollowsTheRules() {
        ArchitectureRules.vaadinOnlyInUi("org.praxis").check(PRAXIS);
        ArchitectureRules.jooqOnlyInInternal("org.praxis").check(PRAXIS);
        ArchitectureRules.modulesMeetOnlyThroughEvents("org.praxis").check(PRAXIS);
    }

    @Test
    void vaadinOutsideUiIsCaught() {
        assertThatThrownBy(() -> ArchitectureRules.vaadinOnlyInUi("archfixtures.bad").check(BAD))
                .isInstanceOf(AssertionError.class).hasMessageContaining("VaadinInInternal");
    }

    @Test
    void jooqOutsideInternalIsCaught() {
        assertThatThrownBy(() -> ArchitectureRules.jooqOnlyInInternal("archfixtures.bad").check(BAD))
                .isInstanceOf(AssertionError.class).hasMessageContaining("JooqInUi");
    }

    @Test
    void reachingIntoAnotherModuleIsCaught() {
        assertThatThrownBy(() -> ArchitectureRules.modulesMeetOnlyThroughEvents("archfixtures.bad").check(BAD))
                .isInstanceOf(AssertionError.class).hasMessageContaining("BetaRepository");
    }

    @Test
    void usingAnotherModulesEventsIsAllowed() {
        assertThatCode(() -> {
            ArchitectureRules.vaadinOnlyInUi("archfixtures.good").check(GOOD);
            ArchitectureRules.jooqOnlyInInternal("archfixtures.good").check(GOOD);
            ArchitectureRules.modulesMeetOnlyThroughEvents("archfixtures.good").check(GOOD);
        }).doesNotThrowAnyException();
    }
}
