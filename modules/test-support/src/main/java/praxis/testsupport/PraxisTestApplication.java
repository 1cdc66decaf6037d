package praxis.testsupport;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The assembly a module's own tests run in: whatever modules are on that module's test classpath (itself
 * and what it depends on), found from their descriptors as in a real assembly. {@link PraxisModuleTest}
 * and {@link KaribuTest} start it; a module never needs an application class of its own.
 */
@SpringBootApplication(scanBasePackages = "${praxis.modules.packages}",
        nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@Modulithic(systemName = "Praxis", sharedModules = "platform")
@EnableAsync
public class PraxisTestApplication {
}
