package org.crp.learning.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * With demo data on, the demo programme team member ({@code crp.learning.demo-organiser-email}, the identity
 * module's demo account) organises the demo run and facilitates its sessions. The demo data cannot name them, as
 * people belong to identity: they take up the run once this module has learnt from identity's events who they
 * are and that they are on the programme team, or once the demo run is written, whichever comes last. Nobody
 * has to sign in first.
 *
 * <p>Both sides take turns ({@link #waitForTurn()}, until their transaction ends), so the one that comes second
 * sees what the first wrote, even when identity's events are handled while the demo run is being written.
 */
@Component
class DemoOrganiser {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganiser.class);

    private final JooqPeopleRepository people;
    private final JooqProgrammeRepository programme;
    private final JooqSessionRepository sessions;
    private final LearningProperties properties;
    private final boolean demoData;

    DemoOrganiser(JooqPeopleRepository people, JooqProgrammeRepository programme, JooqSessionRepository sessions,
                  LearningProperties properties, @Value("${praxis.demo-data.enabled:true}") boolean demoData) {
        this.people = people;
        this.programme = programme;
        this.sessions = sessions;
        this.properties = properties;
        this.demoData = demoData;
    }

    /** Whether someone registering with this address is the demo organiser (never, without demo data). */
    boolean isTheirAddress(String email) {
        return demoData && email.equalsIgnoreCase(properties.demoOrganiserEmail());
    }

    /** With demo data on, waits until no other transaction is setting up the demo organiser; call first. */
    void waitForTurn() {
        if (demoData) {
            people.waitForTurnAtDemoOrganiser();
        }
    }

    /** Makes the demo organiser, if known, organiser of demo runs and facilitator of demo sessions that have none. */
    void takeUpDemoRun() {
        if (!demoData) {
            return;
        }
        people.demoOrganiser().ifPresent(organiser -> {
            int runs = programme.adoptDemoRuns(organiser);
            int demoSessions = sessions.adoptDemoSessions(organiser);
            if (runs + demoSessions > 0) {
                log.info("Demo data: the demo organiser now organises {} demo run(s) and facilitates {} demo session(s)",
                        runs, demoSessions);
            }
        });
    }
}
