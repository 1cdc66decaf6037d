package praxis.infrastructure.modules;

import org.springframework.modulith.core.ApplicationModuleDetectionStrategy;
import org.springframework.modulith.core.ApplicationModuleSource;
import org.springframework.modulith.core.ApplicationModuleSourceFactory;
import org.springframework.modulith.core.JavaPackage;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells Spring Modulith about every declared module, whatever its package, so that verification, the
 * architecture rules, the generated documentation and module tests cover plugins like core modules.
 * Registered in {@code META-INF/spring.factories}.
 */
public class PraxisModuleSources implements ApplicationModuleSourceFactory {

    private final List<PraxisModule> modules = PraxisModules.on(PraxisModuleSources.class.getClassLoader());

    /** The packages above the modules: each is imported, and only the declared modules below it count. */
    @Override
    public List<String> getRootPackages() {
        return modules.stream().map(PraxisModule::parentPackage).distinct().toList();
    }

    @Override
    public ApplicationModuleDetectionStrategy getApplicationModuleDetectionStrategy() {
        Set<String> declared = modules.stream().map(PraxisModule::basePackage).collect(Collectors.toSet());
        return root -> root.getSubPackagesMatching((candidate, trailingName) -> declared.contains(candidate.getName()));
    }

    @Override
    public Stream<ApplicationModuleSource> getApplicationModuleSources(JavaPackage rootPackage,
            ApplicationModuleDetectionStrategy strategy, boolean useFullyQualifiedModuleNames) {
        return ApplicationModuleSource.from(rootPackage, strategy, useFullyQualifiedModuleNames);
    }
}
