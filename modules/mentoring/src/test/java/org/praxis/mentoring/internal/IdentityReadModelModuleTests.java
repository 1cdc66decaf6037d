package org.praxis.mentoring.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.identity.events.PersonRegistered;
import org.praxis.identity.events.RoleGranted;
import org.praxis.mentoring.internal.MentoringViews.KnownPerson;
import org.praxis.platform.Ids;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import praxis.testsupport.PraxisModuleTest;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.signOut;

/** People's names come from identity's events, whether or not they have signed in, in either order. */
@PraxisModuleTest
class IdentityReadModelModuleTests {

    @Autowired
    ProgrammeService programmes;

    final PraxisUser kemi = MentoringFixtures.person("Kemi Adeyemi");

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    @Test
    void someoneRegisteredCanBeNamedBeforeTheyEverSignIn(Scenario scenario) {
        PersonId ola = new PersonId(Ids.newId());
        OrganisationId riverside = new OrganisationId(Ids.newId());
        scenario.publish(new RoleGranted(ola, riverside, "Ola Berg", Role.MENTOR))
                .andWaitForStateChange(() -> named(ola), Optional::isPresent)
                .andVerify(person -> assertThat(person.orElseThrow().name()).isEqualTo("Ola Berg"));
        scenario.publish(new PersonRegistered(ola, riverside, "Ola Berg-Lund", "ola@riverside.example"))
                .andWaitForStateChange(() -> named(ola).map(KnownPerson::name), name -> name.filter("Ola Berg-Lund"::equals).isPresent())
                .andVerify(name -> assertThat(name).contains("Ola Berg-Lund"));
    }

    /** Asked as Kemi, on the thread that polls for the change. */
    private Optional<KnownPerson> named(PersonId id) {
        return as(kemi, () -> programmes.people()).stream().filter(person -> person.id().equals(id)).findFirst();
    }
}
