package org.praxis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Praxis: one application, many modules. Each direct sub-package of {@code org.praxis} is an
 * application module (see docs/architecture.md); they talk to each other only through events.
 */
@SpringBootApplication
@Modulithic(systemName = "Praxis", sharedModules = "platform")
@EnableAsync
public class PraxisApplication {

    public static void main(String[] args) {
        SpringApplication.run(PraxisApplication.class, args);
    }
}
