package praxis.infrastructure.modules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code praxis.modules.disabled}: which modules an application runs, and the names it refuses. */
class ModulesSwitchedOffByConfigurationTests {

    static final List<PraxisModule> ON_THE_CLASSPATH = List.of(
            new PraxisModule("hub", "org.praxis.hub", "hub.jar"),
            new PraxisModule("platform", "org.praxis.platform", "platform.jar"),
            new PraxisModule("requests", "org.praxis.requests", "requests.jar"),
            new PraxisModule("shell", "org.praxis.shell", "shell.jar"));

    @Test
    void aSwitchedOffModuleIsLeftOut() {
        assertThat(PraxisModulesEnvironment.enabled(ON_THE_CLASSPATH, Set.of("hub")))
                .extracting(PraxisModule::name).containsExactly("platform", "requests", "shell");
        assertThat(PraxisModulesEnvironment.enabled(ON_THE_CLASSPATH, Set.of())).hasSize(4);
    }

    @Test
    void aNameThatIsNoModuleStopsTheStart() {
        assertThatThrownBy(() -> PraxisModulesEnvironment.enabled(ON_THE_CLASSPATH, Set.of("hbu")))
                .isInstanceOf(BrokenModuleException.class)
                .hasMessageStartingWith("praxis.modules.disabled names 'hbu', but there is no such module in this application. "
                        + "The modules are: hub, platform, requests, shell.")
                .hasMessageEndingWith("Correct the name in praxis.modules.disabled (environment: PRAXIS_MODULES_DISABLED), or remove it.");
    }

    @Test
    void thePlatformAndTheShellCannotBeSwitchedOff() {
        assertThatThrownBy(() -> PraxisModulesEnvironment.enabled(ON_THE_CLASSPATH, Set.of("shell")))
                .hasMessageContaining("'shell', which every Praxis application needs (platform and shell)");
        assertThatThrownBy(() -> PraxisModulesEnvironment.enabled(ON_THE_CLASSPATH, Set.of("platform")))
                .hasMessageContaining("cannot be switched off");
    }
}
