package org.crp.learning.internal;

import org.crp.learning.events.ParticipantKind;
import org.crp.learning.events.SessionKind;
import org.praxis.platform.PersonId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.springframework.transaction.support.TransactionOperations;
import praxis.testsupport.TestUsers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The people and forms the learning programme's Spring tests share; every test makes its own people. */
public final class LearningFixtures {

    private LearningFixtures() {
    }

    public static PraxisUser team() {
        return TestUsers.user("Priya Shah " + suffix(), TestUsers.newOrganisation(), Role.PROGRAMME_TEAM);
    }

    public static PraxisUser communityMember(String name) {
        return TestUsers.user(name + " " + suffix(), TestUsers.newOrganisation(), Role.COMMUNITY_MEMBER);
    }

    public static PraxisUser researcher(String name) {
        return TestUsers.user(name + " " + suffix(), TestUsers.newOrganisation(), Role.RESEARCHER);
    }

    public static PraxisUser facilitator(String name) {
        return TestUsers.user(name + " " + suffix(), TestUsers.newOrganisation(), LearningRoles.FACILITATOR_ROLE);
    }

    /**
     * Makes the module know people, with the roles they hold, as identity's events would, at once: for tests
     * about something else. {@link IdentityReadModelModuleTests} tests the events themselves.
     */
    static void known(TransactionOperations transactions, JooqPeopleRepository people, PraxisUser... users) {
        OffsetDateTime now = OffsetDateTime.now();
        transactions.executeWithoutResult(status -> {
            for (PraxisUser user : users) {
                people.upsertPerson(user.personId(), user.organisationId(), user.displayName(), false, now);
                user.roles().forEach(role -> people.addRole(user.personId(), user.organisationId(),
                        user.displayName(), role, now));
            }
        });
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    public static RunForm run(String name) {
        RunForm run = new RunForm();
        run.setName(name);
        run.setStartsOn(LocalDate.of(2027, 1, 1));
        run.setEndsOn(LocalDate.of(2028, 6, 30));
        run.setDescription("A rolling 18-month programme.");
        run.setPrinciples("Recognise and address power imbalances\nValue learning");
        return run;
    }

    public static ApplicationForm application(ParticipantKind kind) {
        ApplicationForm form = new ApplicationForm();
        form.setKind(kind);
        form.setPartnership("Riverside Community Trust with Liceria University: food poverty in our estate");
        form.setHopes("How to share power and pay community researchers fairly.");
        form.setAccessNeeds("Captions, please.");
        return form;
    }

    public static ApplicationForm applicationWithBursary(BigDecimal amount) {
        ApplicationForm form = application(ParticipantKind.COMMUNITY_MEMBER);
        form.setBursaryRequested(true);
        form.setBursaryAmount(amount);
        form.setBursaryReason("Childcare and travel on session days.");
        return form;
    }

    /** A half-day session on 20 January 2027, 10:00 to 13:30 London time. */
    public static SessionForm session(String title, PersonId facilitator) {
        SessionForm form = new SessionForm();
        form.setKind(SessionKind.LEARNING);
        form.setTitle(title);
        form.setDate(LocalDate.of(2027, 1, 20));
        form.setStartTime(LocalTime.of(10, 0));
        form.setEndTime(LocalTime.of(13, 30));
        form.setAgenda("10:00 Welcome\n10:30 Power in partnerships");
        form.setFacilitator(facilitator);
        form.setJoiningLink("https://meet.example.org/starting-well");
        return form;
    }
}
