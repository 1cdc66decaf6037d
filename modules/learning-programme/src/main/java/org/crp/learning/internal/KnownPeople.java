package org.crp.learning.internal;

import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The people this module has met, so it can show names and offer facilitators to choose from. The identity
 * module owns people; this plugin may use only the platform and the Hub's events, so it learns about people
 * from the platform's signed-in {@link PraxisUser}: at every sign-in, and whenever someone acts here.
 *
 * <p>With demo data on, the demo programme team member ({@code crp.learning.demo-organiser-email}) becomes the
 * organiser of the demo run and the facilitator of its sessions the first time they sign in: the demo data
 * cannot name them earlier, as it knows no one's id.
 */
@Component
class KnownPeople {

    private static final Logger log = LoggerFactory.getLogger(KnownPeople.class);

    private final JooqProgrammeRepository programme;
    private final JooqSessionRepository sessions;
    private final TransactionTemplate transactions;
    private final LearningTime time;
    private final LearningProperties properties;
    private final boolean demoData;

    KnownPeople(JooqProgrammeRepository programme, JooqSessionRepository sessions, TransactionTemplate transactions,
                LearningTime time, LearningProperties properties,
                @Value("${praxis.demo-data.enabled:true}") boolean demoData) {
        this.programme = programme;
        this.sessions = sessions;
        this.transactions = transactions;
        this.time = time;
        this.properties = properties;
        this.demoData = demoData;
    }

    /** Keeps the person's name and roles as they are now; call inside the service's transaction. */
    void remember(PraxisUser user) {
        programme.rememberPerson(user.personId(), user.displayName(), user.roles(), time.now());
    }

    /** Every sign-in refreshes the person's name and roles. Never stops a sign-in. */
    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof PraxisUser user)) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                remember(user);
                if (demoData && user.hasRole(Role.PROGRAMME_TEAM)
                        && user.email().equalsIgnoreCase(properties.demoOrganiserEmail())) {
                    int runs = programme.adoptDemoRuns(user.personId());
                    int demoSessions = sessions.adoptDemoSessions(user.personId());
                    if (runs + demoSessions > 0) {
                        log.info("Demo data: {} organises the demo learning programme run", user.displayName());
                    }
                }
            });
        } catch (RuntimeException e) {
            log.warn("Could not note {} as known to the learning programme", user.getUsername(), e);
        }
    }
}
