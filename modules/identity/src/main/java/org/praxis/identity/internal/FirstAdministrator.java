package org.praxis.identity.internal;

import org.praxis.identity.events.OrganisationKind;
import org.praxis.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * Creates the first administrator of a real deployment (demo data off), from
 * {@code praxis.first-admin.email}, {@code .password}, {@code .name} and {@code .organisation}.
 * Does nothing when the email is not set or the account already exists. The password must be
 * strong: there is no page to change it yet.
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final IdentityService identity;
    private final String email;
    private final String password;
    private final String name;
    private final String organisation;

    FirstAdministrator(IdentityService identity,
                       @Value("${praxis.first-admin.email:}") String email,
                       @Value("${praxis.first-admin.password:}") String password,
                       @Value("${praxis.first-admin.name:Administrator}") String name,
                       @Value("${praxis.first-admin.organisation:Programme team}") String organisation) {
        this.identity = identity;
        this.email = email;
        this.password = password;
        this.name = name;
        this.organisation = organisation;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (email.isBlank() || identity.accountExists(email)) {
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException("praxis.first-admin.password must have at least 12 characters");
        }
        var organisationId = identity.ensureOrganisation(organisation, OrganisationKind.OTHER);
        identity.createAccountWithRoles(organisationId, name, email, password, Set.of(Role.ADMIN));
        log.info("Created the first administrator account {}", email);
    }
}
