package org.praxis.matchmaking;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import praxis.testsupport.PraxisTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matchmaking is found from its descriptor and keeps its boundaries: only the platform and the events of
 * identity and the Hub are used; nothing of it but its events is visible to others.
 */
class MatchmakingModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PraxisTestApplication.class);

    @Test
    void theModuleIsFoundFromItsDescriptor() {
        ApplicationModule matchmaking = MODULES.getModuleByName("matchmaking").orElseThrow();
        assertThat(matchmaking.getBasePackage().getName()).isEqualTo("org.praxis.matchmaking");
        assertThat(matchmaking.getDisplayName()).isEqualTo("Matchmaking");
    }

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }
}
