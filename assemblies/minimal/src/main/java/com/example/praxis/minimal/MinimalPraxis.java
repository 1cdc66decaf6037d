package com.example.praxis.minimal;

import org.praxis.platform.PraxisAssembly;
import org.springframework.boot.SpringApplication;

/**
 * A Praxis for support requests only: the modules are whatever this assembly's pom puts on the
 * classpath (platform, shell, identity, requests). Run it with
 * {@code ./mvnw -pl assemblies/minimal -am spring-boot:run}.
 */
@PraxisAssembly
public class MinimalPraxis {

    public static void main(String[] args) {
        SpringApplication.run(MinimalPraxis.class, args);
    }
}
