package org.crp.learning.internal;

import praxis.testsupport.MutableClock;
import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.events.SessionId;
import org.crp.learning.internal.LearningViews.KnownPerson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.identity.events.OrganisationKind;
import org.praxis.identity.events.OrganisationRegistered;
import org.praxis.identity.events.PersonRegistered;
import org.praxis.identity.events.RoleGranted;
import org.praxis.identity.events.RoleRevoked;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.Scenario;
import praxis.testsupport.PraxisModuleTest;
import praxis.testsupport.TestUsers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crp.learning.internal.LearningFixtures.run;
import static org.crp.learning.internal.LearningFixtures.session;
import static org.crp.learning.internal.LearningFixtures.team;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.signIn;
import static praxis.testsupport.TestUsers.signOut;

/**
 * The module knows people from identity's events, as every module keeps its own copy, not from sign-ins: who
 * registered (with their organisation) and who leads sessions. A redelivered event changes nothing, events
 * about one person may come in any order, and nobody has to sign in to be chosen as facilitator; the demo
 * organiser takes up the demo run as soon as identity has told who they are.
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class IdentityReadModelModuleTests {

    @Autowired
    ProgrammeService programme;

    @Autowired
    SessionService sessions;

    final PraxisUser priya = team();
    final OrganisationId riverside = TestUsers.newOrganisation();
    final String riversideName = "Riverside Community Trust " + riverside;

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    @Test
    void aFacilitatorIsOfferedFromIdentitysEventsWithoutSigningIn(Scenario scenario) {
        PersonId chris = new PersonId(UUID.randomUUID());
        String name = "Chris Byrne " + chris;
        // The role first, then the registration and the organisation: events may come in any order.
        scenario.publish(new RoleGranted(chris, riverside, name, LearningRoles.FACILITATOR_ROLE))
                .andWaitForStateChange(() -> facilitators(), offers(chris))
                .andVerify(facilitators -> assertThat(facilitators).filteredOn(p -> p.id().equals(chris))
                        .singleElement().satisfies(p -> assertThat(p.displayName()).isEqualTo(name)));
        scenario.publish(new PersonRegistered(chris, riverside, name, "chris." + chris + "@riverside.example"))
                .andWaitForStateChange(() -> facilitators())
                .andVerify(facilitators -> assertThat(facilitators).filteredOn(p -> p.id().equals(chris)).hasSize(1));
        scenario.publish(new OrganisationRegistered(riverside, riversideName, OrganisationKind.COMMUNITY_ORGANISATION))
                .andWaitForStateChange(() -> facilitator(chris).map(KnownPerson::organisationName),
                        Optional::isPresent)
                .andVerify(organisation -> assertThat(organisation).contains(riversideName));

        // Every event again (redelivered after a restart): still one Chris, a facilitator, of Riverside.
        scenario.publish(new RoleGranted(chris, riverside, name, LearningRoles.FACILITATOR_ROLE))
                .andWaitForStateChange(() -> facilitators())
                .andVerify(facilitators -> assertThat(facilitators).filteredOn(p -> p.id().equals(chris))
                        .singleElement().isEqualTo(new KnownPerson(chris, name, riversideName)));
        scenario.publish(new PersonRegistered(chris, riverside, name, "chris." + chris + "@riverside.example"))
                .andWaitForStateChange(() -> facilitators())
                .andVerify(facilitators -> assertThat(facilitators).filteredOn(p -> p.id().equals(chris))
                        .singleElement().isEqualTo(new KnownPerson(chris, name, riversideName)));

        // Chosen as facilitator, their name is on the session.
        signIn(priya);
        ProgrammeRunId run = programme.createRun(run("CRP people " + chris));
        SessionId session = sessions.schedule(run, session("Starting well", chris));
        assertThat(sessions.session(session).facilitatorName()).isEqualTo(name);
    }

    @Test
    void someoneRegisteredWithoutALeadingRoleIsNotOffered(Scenario scenario) {
        PersonId kemi = new PersonId(UUID.randomUUID());
        String name = "Kemi Adeyemi " + kemi;
        scenario.publish(new PersonRegistered(kemi, riverside, name, "kemi." + kemi + "@riverside.example"))
                .andWaitForStateChange(() -> facilitators())
                .andVerify(facilitators -> assertThat(facilitators).noneMatch(p -> p.id().equals(kemi)));
        scenario.publish(new RoleGranted(kemi, riverside, name, Role.COMMUNITY_MEMBER))
                .andWaitForStateChange(() -> facilitators())
                .andVerify(facilitators -> assertThat(facilitators).noneMatch(p -> p.id().equals(kemi)));

        signIn(priya);
        ProgrammeRunId run = programme.createRun(run("CRP not a facilitator " + kemi));
        assertThatThrownBy(() -> sessions.schedule(run, session("Kemi leads", kemi)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly("learning.validation.unknown-facilitator"));
        assertThatThrownBy(() -> sessions.schedule(run, session("Nobody leads", new PersonId(UUID.randomUUID()))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly("learning.validation.unknown-facilitator"));
    }

    @Test
    void aRevokedFacilitatorIsNoLongerOfferedButKeepsTheSessionsTheyLead(Scenario scenario) {
        PersonId dana = new PersonId(UUID.randomUUID());
        String name = "Dana Reid " + dana;
        scenario.publish(new RoleGranted(dana, riverside, name, LearningRoles.FACILITATOR_ROLE))
                .andWaitForStateChange(() -> facilitators(), offers(dana))
                .andVerify(facilitators -> assertThat(facilitators).anyMatch(p -> p.id().equals(dana)));
        signIn(priya);
        ProgrammeRunId run = programme.createRun(run("CRP revoked " + dana));
        SessionForm form = session("Dana's session", dana);
        SessionId session = sessions.schedule(run, form);
        signOut();

        scenario.publish(new RoleRevoked(dana, riverside, LearningRoles.FACILITATOR_ROLE))
                .andWaitForStateChange(() -> facilitators(), offers(dana).negate())
                .andVerify(facilitators -> assertThat(facilitators).noneMatch(p -> p.id().equals(dana)));

        signIn(priya);
        // Her name stays on the session she leads, and the session can still be changed around her...
        assertThat(sessions.session(session).facilitatorName()).isEqualTo(name);
        form.setTitle("Dana's session, renamed");
        sessions.update(session, 0, form);
        // ...but she cannot be chosen for another.
        assertThatThrownBy(() -> sessions.schedule(run, session("Another", dana)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly("learning.validation.unknown-facilitator"));
    }

    @Test
    void theDemoOrganiserTakesUpTheDemoRunOnceIdentityHasToldWhoTheyAre(Scenario scenario) {
        PersonId organiser = new PersonId(UUID.randomUUID());
        String name = "Priya Shah " + organiser;
        OrganisationId team = TestUsers.newOrganisation();
        assertThat(demoRun().organiserName()).as("nobody organises the demo run yet").isNull();

        // On the programme team, so offered as facilitator; but nothing says yet that this is the demo organiser.
        scenario.publish(new RoleGranted(organiser, team, name, Role.PROGRAMME_TEAM))
                .andWaitForStateChange(() -> facilitators(), offers(organiser))
                .andVerify(facilitators -> assertThat(demoRun().organiserName()).isNull());
        // Registered with the demo organiser's address (in any case): now they organise the demo run.
        scenario.publish(new PersonRegistered(organiser, team, name, "TEAM@praxis.example"))
                .andWaitForStateChange(() -> demoRun().organiserName(), organiserName -> organiserName != null)
                .andVerify(organiserName -> assertThat(organiserName).isEqualTo(name));

        signIn(priya);
        List<LearningViews.SessionSummary> demoSessions = sessions.mySessions().stream()
                .filter(s -> s.runName().equals(LearningDemoData.RUN_NAME)).toList();
        assertThat(demoSessions).hasSize(3).allSatisfy(s -> assertThat(s.facilitatorName()).isEqualTo(name));
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private List<KnownPerson> facilitators() {
        return as(priya, () -> sessions.possibleFacilitators());
    }

    private Optional<KnownPerson> facilitator(PersonId id) {
        return facilitators().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static Predicate<List<KnownPerson>> offers(PersonId id) {
        return people -> people.stream().anyMatch(p -> p.id().equals(id));
    }

    private LearningViews.Run demoRun() {
        return as(priya, () -> programme.runs()).stream().filter(run -> run.name().equals(LearningDemoData.RUN_NAME))
                .findFirst().orElseThrow();
    }
}
