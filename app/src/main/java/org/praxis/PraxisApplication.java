package org.praxis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Praxis: one application, many modules. Each direct sub-package of {@code org.praxis} is an
 * application module (see docs/architecture.md); they talk to each other only through events.
 */
// Bean names are fully qualified: modules are written independently, and two of them may well have a
// class with the same simple name (each its own IdentityReadModel, say).
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@Modulithic(systemName = "Praxis", sharedModules = "platform")
@EnableAsync
public class PraxisApplication {

    public static void main(String[] args) {
        SpringApplication.run(PraxisApplication.class, args);
    }
}
