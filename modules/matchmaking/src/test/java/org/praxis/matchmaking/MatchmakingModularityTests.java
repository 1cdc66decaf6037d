package org.praxis.matchmaking;

import com.tngtech.archunit.core.importer.ImportOption;
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

    /** Generated jOOQ classes (many, and inside each module's internals) are left out: it keeps this test quick. */
    static final ApplicationModules MODULES = ApplicationModules.of(PraxisTestApplication.class,
            location -> !location.contains("/internal/jooq/") && new ImportOption.DoNotIncludeTests().includes(location));

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
