package org.crp.learning;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import praxis.testsupport.PraxisTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin is a module like the core ones: Spring Modulith finds it from its descriptor, outside
 * {@code org.praxis}, and its boundaries hold (only the platform and the events of identity and the Hub are
 * used; nothing of this module but its events is visible to others).
 */
class LearningModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PraxisTestApplication.class);

    @Test
    void theLearningModuleIsFoundFromItsDescriptor() {
        ApplicationModule learning = MODULES.getModuleByName("learning").orElseThrow();
        assertThat(learning.getBasePackage().getName()).isEqualTo("org.crp.learning");
        assertThat(learning.getDisplayName()).isEqualTo("Learning programme");
    }

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }
}
