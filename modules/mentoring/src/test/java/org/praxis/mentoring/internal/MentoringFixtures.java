package org.praxis.mentoring.internal;

import org.praxis.mentoring.events.MentoringSide;
import org.praxis.mentoring.events.SectorContext;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.springframework.transaction.support.TransactionOperations;
import praxis.testsupport.TestUsers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.UUID;

/** The people and forms mentoring's Spring tests share; every test makes its own people and programme. */
final class MentoringFixtures {

    private MentoringFixtures() {
    }

    static PraxisUser team() {
        return TestUsers.user("Priya Shah " + suffix(), TestUsers.newOrganisation(), Role.PROGRAMME_TEAM);
    }

    static PraxisUser mentor(String name) {
        return TestUsers.user(name + " " + suffix(), TestUsers.newOrganisation(), Role.MENTOR, Role.RESEARCHER);
    }

    static PraxisUser person(String name) {
        return TestUsers.user(name + " " + suffix(), TestUsers.newOrganisation(), Role.COMMUNITY_MEMBER);
    }

    /** Makes the module know people, as identity's events would, at once: for tests about something else. */
    static void known(TransactionOperations transactions, JooqPeopleRepository people, PraxisUser... users) {
        transactions.executeWithoutResult(status -> {
            for (PraxisUser user : users) {
                people.upsert(user.personId(), user.organisationId(), user.displayName(), OffsetDateTime.now());
            }
        });
    }

    static ProgrammeForm programme(String name) {
        ProgrammeForm form = new ProgrammeForm();
        form.setName(name);
        form.setDescription("Peer mentoring across universities and community organisations.");
        form.setStartsOn(LocalDate.of(2027, 3, 1));
        return form;
    }

    /** A mentee's intake: community organisation, weekday evenings, sharing power and reflection. */
    static IntakeForm mentee(SectorContext sector) {
        IntakeForm form = new IntakeForm();
        form.setSide(MentoringSide.MENTEE);
        form.setSector(sector);
        form.setExperienceYears(3);
        form.setExperience("Three years running a community research partnership on housing.");
        form.setGoals("To sustain our partnership and end it well when the time comes.");
        form.setActivities(EnumSet.of(ActivityType.SOUNDING_BOARD, ActivityType.SHARED_REFLECTION));
        form.setTopics(EnumSet.of(Topic.POWER_IMBALANCES, Topic.ETHICS));
        form.setValues(EnumSet.of(ValueStatement.SHARING_POWER, ValueStatement.REFLECTIVE_PRACTICE));
        form.setAvailability(EnumSet.of(Availability.WEEKDAY_EVENINGS));
        form.setRegion("North East");
        return form;
    }

    static IntakeForm mentor(SectorContext sector, int capacity) {
        IntakeForm form = mentee(sector);
        form.setSide(MentoringSide.MENTOR);
        form.setExperienceYears(8);
        form.setCapacity(capacity);
        form.setGoals("To pass on what I learned the hard way.");
        return form;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
