package org.praxis.identity.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.identity.events.OrganisationKind;
import org.praxis.identity.events.OrganisationRegistered;
import org.praxis.identity.events.PersonRegistered;
import org.praxis.identity.events.RoleGranted;
import org.praxis.identity.events.RoleRequested;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.PersonId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import praxis.testsupport.PraxisModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static praxis.testsupport.TestUsers.signIn;
import static praxis.testsupport.TestUsers.signOut;

/** Registration, roles and sign-in, with the demo community loaded. */
@PraxisModuleTest
class IdentityModuleTests {

    @Autowired
    IdentityService identity;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    PraxisUser demo(String email) {
        return (PraxisUser) accounts.loadUserByUsername(email);
    }

    static RegistrationForm form(String email, Role role) {
        RegistrationForm form = new RegistrationForm();
        form.setFullName("Ada Lovelace");
        form.setEmail(email);
        form.setPassword("a long enough password");
        form.setNewOrganisationName("Analytical Engine Trust " + email);
        form.setNewOrganisationKind(OrganisationKind.COMMUNITY_ORGANISATION);
        form.setRequestedRole(role);
        form.setAccessNeeds("Captions on videos");
        return form;
    }

    @Test
    void anOpenRoleIsGrantedAtOnce(AssertablePublishedEvents events) {
        PersonId id = identity.register(form("ada@engine.example", Role.COMMUNITY_MEMBER));

        assertThat(events).contains(OrganisationRegistered.class)
                .matching(e -> e.name().equals("Analytical Engine Trust ada@engine.example"));
        assertThat(events).contains(PersonRegistered.class).matching(e -> e.personId().equals(id));
        assertThat(events).contains(RoleGranted.class)
                .matching(e -> e.personId().equals(id) && e.role() == Role.COMMUNITY_MEMBER);
        PraxisUser ada = demo("ADA@engine.example");
        assertThat(ada.roles()).containsExactly(Role.COMMUNITY_MEMBER);
        assertThat(passwordEncoder.matches("a long enough password", ada.getPassword())).isTrue();
        assertThat(ada.getPassword()).doesNotContain("a long enough password");
    }

    @Test
    void anElevatedRoleWaitsForAnAdmin(AssertablePublishedEvents events) {
        PersonId id = identity.register(form("lead@engine.example", Role.INSTITUTION_LEAD));
        assertThat(events).contains(RoleRequested.class).matching(e -> e.personId().equals(id));
        assertThat(events.ofType(RoleGranted.class).matching(e -> e.personId().equals(id))).isEmpty();
        assertThat(demo("lead@engine.example").roles()).isEmpty();

        signIn(demo("lena@liceria.example"));
        assertThatThrownBy(() -> identity.approveRole(id, Role.INSTITUTION_LEAD)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> identity.people()).isInstanceOf(AccessDeniedException.class);

        signIn(demo("admin@praxis.example"));
        assertThat(identity.pendingRoleRequests()).anyMatch(r -> r.personId().equals(id));
        identity.approveRole(id, Role.INSTITUTION_LEAD);
        assertThat(events).contains(RoleGranted.class)
                .matching(e -> e.personId().equals(id) && e.role() == Role.INSTITUTION_LEAD);
        assertThat(demo("lead@engine.example").roles()).containsExactly(Role.INSTITUTION_LEAD);
        assertThatThrownBy(() -> identity.approveRole(id, Role.INSTITUTION_LEAD))
                .isInstanceOf(ProblemException.class).hasMessageContaining("identity.roles.no-longer-pending");
    }

    @Test
    void badRegistrationsSaveNothing() {
        int people = peopleCount();
        assertThatThrownBy(() -> identity.register(form("jo@liceria.example", Role.RESEARCHER)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("identity.register.email-taken");
        RegistrationForm weak = form("weak@engine.example", Role.RESEARCHER);
        weak.setPassword("short");
        weak.setEmail("not-an-email");
        assertThatThrownBy(() -> identity.register(weak)).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.problems()).containsExactly(
                        "identity.validation.email-invalid", "identity.validation.password-length"));
        assertThatThrownBy(() -> identity.register(form("boss@engine.example", Role.ADMIN)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("identity.register.admin-not-requestable");
        assertThat(peopleCount()).isEqualTo(people);
        assertThat(identity.organisations()).noneMatch(o -> o.name().contains("weak@engine.example"));
    }

    @Test
    void theDemoCommunityIsThereAndLoadingItAgainChangesNothing(@Autowired DemoData demoData) {
        int people = peopleCount();
        demoData.run(null);
        assertThat(peopleCount()).isEqualTo(people);
        assertThat(demo("jo@liceria.example").roles()).containsExactly(Role.INSTITUTION_LEAD);
        assertThat(identity.organisations()).extracting(o -> o.name())
                .contains("Liceria University", "Northbridge University", "Riverside Community Trust");
    }

    private int peopleCount() {
        signIn(demo("admin@praxis.example"));
        try {
            return identity.people().size();
        } finally {
            signOut();
        }
    }

    @Test
    void theFirstAdministratorIsCreatedFromSettingsOnce() {
        var first = new FirstAdministrator(identity, "owner@adopter.example", "a strong first password",
                "Olu Owner", "Adopter Programme");
        first.run(null);
        first.run(null);
        assertThat(demo("owner@adopter.example").roles()).containsExactly(Role.ADMIN);
        assertThat(identity.organisations()).filteredOn(o -> o.name().equals("Adopter Programme")).hasSize(1);
        var weak = new FirstAdministrator(identity, "weak@adopter.example", "short", "Weak", "Adopter Programme");
        assertThatThrownBy(() -> weak.run(null)).isInstanceOf(IllegalStateException.class);
    }
}
