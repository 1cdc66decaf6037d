package org.praxis.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the application class of a Praxis assembly: a Spring Boot application made of the modules on its
 * classpath, each found from its descriptor ({@code META-INF/praxis/module.properties}), whatever its
 * package (docs/assemblies.md). Put it on a class in a package of your own that holds no module:
 *
 * <pre>{@code
 * @PraxisAssembly
 * public class RiversidePraxis {
 *     public static void main(String[] args) { SpringApplication.run(RiversidePraxis.class, args); }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
// Scans the declared modules only. Bean names are fully qualified: modules are written independently, and
// two of them may well have a class with the same simple name.
@SpringBootApplication(scanBasePackages = "${praxis.modules.packages}",
        nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
// Listeners run after the publishing transaction commits, on their own threads.
@Modulithic(systemName = "Praxis", sharedModules = "platform")
@EnableAsync
public @interface PraxisAssembly {
}
