package org.praxis.matchmaking.internal;

import praxis.testsupport.MutableClock;
import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import praxis.testsupport.TestUsers;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** The people and forms matchmaking's Spring tests share; every test makes its own people. */
public final class MatchmakingFixtures {

    /** A day after the test clock's start ({@link MutableClock.Configuration#START}). */
    public static final LocalDate EVENT_DAY = LocalDate.of(2027, 2, 3);

    private MatchmakingFixtures() {
    }

    public static PraxisUser organiser() {
        return TestUsers.user("Priya Shah " + suffix(), TestUsers.newOrganisation(), Role.PROGRAMME_TEAM);
    }

    public static PraxisUser community(String name) {
        return TestUsers.user(name + " " + suffix(), TestUsers.newOrganisation(), Role.COMMUNITY_MEMBER);
    }

    public static PraxisUser researcher(String name) {
        return TestUsers.user(name + " " + suffix(), TestUsers.newOrganisation(), Role.RESEARCHER);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** An in-person event on {@link #EVENT_DAY}, 10:00 to 15:00, with the given places. */
    public static MatchEventForm event(String title, int community, int researchers) {
        MatchEventForm form = new MatchEventForm();
        form.setTitle(title);
        form.setDescription("Meet people who could become partners.");
        form.setFormat(EventFormat.IN_PERSON);
        form.setDate(EVENT_DAY);
        form.setStartTime(LocalTime.of(10, 0));
        form.setEndTime(LocalTime.of(15, 0));
        form.setPlace("Riverside Community Centre, Leeds");
        form.setCommunityPlaces(community);
        form.setResearcherPlaces(researchers);
        form.setChecklist("Read the partnership guide\nBring one idea you care about");
        return form;
    }

    public static ProfileForm profile(AttendeeSide side, DirectoryVisibility visibility) {
        ProfileForm form = new ProfileForm();
        form.setSide(side);
        form.setOffer("Twenty years of running a food bank; a room for meetings.");
        form.setLookingFor("Someone to help us show what works.");
        form.setThemes("food poverty, wellbeing");
        form.setLocation("Leeds");
        form.setAccessNeeds("Step-free access, please.");
        form.setVisibility(visibility);
        return form;
    }
}
