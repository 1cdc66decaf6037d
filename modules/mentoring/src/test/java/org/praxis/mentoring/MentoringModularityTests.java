package org.praxis.mentoring;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import praxis.testsupport.PraxisTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** Mentoring is found from its descriptor and keeps its boundaries (only the platform and identity's events). */
class MentoringModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PraxisTestApplication.class);

    @Test
    void theMentoringModuleIsFoundFromItsDescriptor() {
        ApplicationModule mentoring = MODULES.getModuleByName("mentoring").orElseThrow();
        assertThat(mentoring.getBasePackage().getName()).isEqualTo("org.praxis.mentoring");
        assertThat(mentoring.getDisplayName()).isEqualTo("Mentoring");
    }

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }
}
