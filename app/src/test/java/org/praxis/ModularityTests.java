package org.praxis;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure holds (Spring Modulith's verification: no cycles, only allowed dependencies,
 * only named interfaces of other modules), and the module documentation in docs/modules is
 * regenerated from the code on every build.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PraxisApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyModuleIsKnown() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("platform", "identity", "requests", "shell");
    }

    @Test
    void writesModuleDocumentation() {
        String docs = System.getProperty("praxis.docs.dir", "../docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(Path.of(docs, "modules").toString()))
                .writeDocumentation();
        assertThat(Path.of(docs, "modules", "components.puml")).exists();
    }
}
