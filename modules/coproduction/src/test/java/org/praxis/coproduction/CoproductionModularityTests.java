package org.praxis.coproduction;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import praxis.testsupport.PraxisTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** The module is found from its descriptor and keeps to its boundaries (the platform and identity's events only). */
class CoproductionModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PraxisTestApplication.class);

    @Test
    void theModuleIsFoundFromItsDescriptor() {
        ApplicationModule module = MODULES.getModuleByName("coproduction").orElseThrow();
        assertThat(module.getBasePackage().getName()).isEqualTo("org.praxis.coproduction");
        assertThat(module.getDisplayName()).isEqualTo("Co-production");
    }

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }
}
