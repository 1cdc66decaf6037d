package org.praxis.identity.internal;

import org.praxis.identity.events.OrganisationKind;
import org.praxis.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * The demo community: the people listed in the README, all with the password {@value #PASSWORD}.
 * Loaded on start when {@code praxis.demo-data.enabled} is true (the default for local runs);
 * loading twice changes nothing. Turn it off for real deployments.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty(name = "praxis.demo-data.enabled", matchIfMissing = true)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "praxis-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final IdentityService identity;

    DemoData(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var programme = identity.ensureOrganisation("Praxis Programme Team", OrganisationKind.OTHER);
        var liceria = identity.ensureOrganisation("Liceria University", OrganisationKind.UNIVERSITY);
        var northbridge = identity.ensureOrganisation("Northbridge University", OrganisationKind.UNIVERSITY);
        var riverside = identity.ensureOrganisation("Riverside Community Trust", OrganisationKind.COMMUNITY_ORGANISATION);

        int created = 0;
        created += person(programme, "Alex Morgan", "admin@praxis.example", Set.of(Role.ADMIN));
        created += person(programme, "Priya Shah", "team@praxis.example", Set.of(Role.PROGRAMME_TEAM, Role.MODERATOR));
        created += person(liceria, "Jo Whitfield", "jo@liceria.example", Set.of(Role.INSTITUTION_LEAD));
        created += person(northbridge, "Sam Okafor", "sam@northbridge.example", Set.of(Role.INSTITUTION_LEAD));
        created += person(liceria, "Dr Lena Novak", "lena@liceria.example", Set.of(Role.RESEARCHER));
        created += person(riverside, "Kemi Adeyemi", "kemi@riverside.example", Set.of(Role.COMMUNITY_MEMBER));
        created += person(northbridge, "Chris Byrne", "chris@northbridge.example", Set.of(Role.BROKER));
        // For mentoring, coaching and co-production: a mentor, a coach and a paid co-producer.
        created += person(northbridge, "Dr Maya Osei", "maya@northbridge.example", Set.of(Role.RESEARCHER, Role.MENTOR));
        created += person(programme, "Rosa Lind", "rosa@praxis.example", Set.of(Role.COACH));
        created += person(riverside, "Dee Mensah", "dee@riverside.example", Set.of(Role.COMMUNITY_MEMBER, Role.CO_PRODUCER));
        if (created > 0) {
            log.info("Demo data: created {} demo accounts (password '{}')", created, PASSWORD);
        }
    }

    private int person(org.praxis.platform.OrganisationId organisation, String name, String email, Set<Role> roles) {
        if (identity.accountExists(email)) {
            return 0;
        }
        identity.createAccountWithRoles(organisation, name, email, PASSWORD, roles);
        return 1;
    }
}
