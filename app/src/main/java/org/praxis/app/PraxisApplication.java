package org.praxis.app;

import org.praxis.platform.PraxisAssembly;
import org.springframework.boot.SpringApplication;

/**
 * The default Praxis assembly: every core module, chosen in app/pom.xml. An organisation makes its own
 * distribution the same way, with a class like this one and a pom that lists the modules it wants
 * (docs/assemblies.md).
 */
@PraxisAssembly
public class PraxisApplication {

    public static void main(String[] args) {
        SpringApplication.run(PraxisApplication.class, args);
    }
}
