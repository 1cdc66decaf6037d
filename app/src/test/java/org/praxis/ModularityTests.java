package org.praxis;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.praxis.app.PraxisApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import praxis.infrastructure.modules.PraxisModule;
import praxis.infrastructure.modules.PraxisModules;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure holds (Spring Modulith's verification: no cycles, only allowed dependencies,
 * only named interfaces of other modules) for every module of the assembly, core and plugin, and the
 * module documentation is written from the code.
 */
class ModularityTests {

    /**
     * Generated jOOQ classes (hundreds, all inside modules' internal packages) are left out of the import: a
     * dependency on one still names its package, so crossing a boundary is still caught, and the test is quicker.
     */
    static final ApplicationModules MODULES = ApplicationModules.of(PraxisApplication.class,
            location -> !location.contains("/internal/jooq/") && new ImportOption.DoNotIncludeTests().includes(location));

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** Spring Modulith sees exactly the modules whose descriptors are on the classpath, no more, no fewer. */
    @Test
    void everyDeclaredModuleIsAnApplicationModule() {
        assertThat(PraxisModules.onClasspath()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(MODULES.stream().map(module -> module.getBasePackage().getName()))
                .containsExactlyInAnyOrderElementsOf(PraxisModules.onClasspath().stream().map(PraxisModule::basePackage).toList());
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrderElementsOf(PraxisModules.onClasspath().stream().map(PraxisModule::name).toList());
    }

    /**
     * Writes the module canvases and diagrams to the build output (app/target/module-docs). To refresh the
     * copy kept in docs/modules, run {@code ./mvnw -pl app -am verify -Dtest=ModularityTests -Dpraxis.docs.dir=$PWD/docs/modules}.
     */
    @Test
    void writesModuleDocumentation() {
        String target = System.getProperty("praxis.target.dir", "target");
        String folder = System.getProperty("praxis.docs.dir", Path.of(target, "module-docs").toString());
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder)).writeDocumentation();
        assertThat(Path.of(folder, "components.puml")).exists();
    }
}
