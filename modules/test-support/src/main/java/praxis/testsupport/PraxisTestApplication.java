package praxis.testsupport;

import org.praxis.platform.PraxisAssembly;

/**
 * The assembly a module's own tests run in: whatever modules are on that module's test classpath (itself
 * and what it depends on), found from their descriptors as in a real assembly. {@link PraxisModuleTest}
 * and {@link KaribuTest} start it; a module never needs an application class of its own.
 */
@PraxisAssembly
public class PraxisTestApplication {
}
