package org.praxis.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The default Praxis assembly: every core module, chosen in app/pom.xml. An organisation makes its own
 * distribution the same way, with a class like this one and a pom that lists the modules it wants
 * (docs/assemblies.md). Modules are found from their descriptors ({@code META-INF/praxis/module.properties}),
 * whatever their package; they talk to each other only through events.
 */
// Bean names are fully qualified: modules are written independently, and two of them may well have a
// class with the same simple name (each its own IdentityReadModel, say).
@SpringBootApplication(scanBasePackages = "${praxis.modules.packages}",
        nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@Modulithic(systemName = "Praxis", sharedModules = "platform")
@EnableAsync
public class PraxisApplication {

    public static void main(String[] args) {
        SpringApplication.run(PraxisApplication.class, args);
    }
}
