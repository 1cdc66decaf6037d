package org.praxis.matchmaking.internal;

import praxis.testsupport.MutableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.RegistrationId;
import org.praxis.matchmaking.internal.MatchmakingViews.RotationPlan;
import org.praxis.matchmaking.internal.Rotation.Attendee;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import praxis.testsupport.PraxisModuleTest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.community;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.event;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.organiser;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.profile;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.researcher;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.signOut;

/**
 * The organiser plans an event's rotation for the people with a place, re-plans the rounds to come when someone
 * does not turn up, and prints the run sheet (a page per table and per person); each attendee prints their own
 * page; nobody else gets either.
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class RotationServiceModuleTests {

    static final Translator TEXTS = (key, arguments) -> key + " " + List.of(arguments);

    @Autowired
    MatchEventService events;

    @Autowired
    RegistrationService registrations;

    @Autowired
    RotationService rotations;

    final PraxisUser priya = organiser();

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    @Test
    void plansReplansAndPrintsTheRunSheet() throws IOException {
        MatchEventForm form = event("Speed networking", 4, 4);
        form.setAutoAccept(true);
        MatchEventId id = as(priya, () -> events.schedule(form));
        List<PraxisUser> people = new ArrayList<>();
        List<RegistrationId> places = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            PraxisUser c = community("Community " + i);
            PraxisUser r = researcher("Researcher " + i);
            people.add(c);
            people.add(r);
            ProfileForm trio = profile(AttendeeSide.COMMUNITY, DirectoryVisibility.ATTENDEES);
            trio.setPrefersGroup(i == 0);
            places.add(as(c, () -> registrations.apply(id, trio)));
            places.add(as(r, () -> registrations.apply(id, profile(AttendeeSide.RESEARCHER,
                    DirectoryVisibility.ATTENDEES))));
        }
        RotationForm settings = new RotationForm();
        settings.setRounds(3);
        settings.setMinutes(7);
        settings.setTables(4);
        RotationPlan plan = as(priya, () -> rotations.plan(id, settings));
        assertThat(RotationRules.broken(plan.rotation(), 4)).isEmpty();
        assertThat(plan.quality().repeats()).isZero();
        assertThat(tables(as(priya, () -> rotations.rotation(id)).orElseThrow().rotation()))
                .isEqualTo(tables(plan.rotation()));

        // Researcher 3 does not turn up: rounds 2 and 3 are planned again without them; round 1 stays.
        Set<RegistrationId> present = new HashSet<>(places);
        present.remove(places.get(7));
        RotationPlan replanned = as(priya, () -> rotations.replan(id, plan.version(), 2, present));
        assertThat(tables(replanned.rotation()).getFirst()).isEqualTo(tables(plan.rotation()).getFirst());
        assertThat(RotationRules.broken(replanned.rotation(), 4)).isEmpty();
        for (var round : replanned.rotation().rounds().subList(1, 3)) {
            assertThat(round.tables().stream().flatMap(t -> t.seats().stream()).map(Attendee::id))
                    .doesNotContain(places.get(7).value());
        }

        Download sheet = as(priya, () -> rotations.runSheet(id, TEXTS));
        try (PDDocument pdf = Loader.loadPDF(sheet.content())) {
            int tables = (int) replanned.rotation().rounds().stream().flatMap(r -> r.tables().stream())
                    .map(Rotation.Table::number).distinct().count();
            assertThat(pdf.getNumberOfPages()).isEqualTo(tables + 8);
            assertThat(new PDFTextStripper().getText(pdf)).contains(people.getFirst().displayName());
        }
        Download mine = as(people.get(1), () -> rotations.myRunSheet(id, TEXTS));
        try (PDDocument pdf = Loader.loadPDF(mine.content())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf).lines().collect(Collectors.joining(" "));
            assertThat(text).contains(people.get(1).displayName()).contains("matchmaking.runsheet.round [1]");
        }

        PraxisUser outsider = researcher("Olu Bello");
        assertThatThrownBy(() -> as(outsider, () -> rotations.myRunSheet(id, TEXTS)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(people.get(1), () -> rotations.runSheet(id, TEXTS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(people.get(1), () -> rotations.plan(id, settings)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static List<List<Rotation.Table>> tables(Rotation rotation) {
        return rotation.rounds().stream().map(Rotation.Round::tables).toList();
    }

    @Test
    void aRotationNeedsTwoGroups() {
        MatchEventForm form = event("Only researchers so far", 4, 4);
        form.setAutoAccept(true);
        MatchEventId id = as(priya, () -> events.schedule(form));
        as(researcher("Lena Novak"), () -> registrations.apply(id, profile(AttendeeSide.RESEARCHER,
                DirectoryVisibility.ATTENDEES)));
        assertThatThrownBy(() -> as(priya, () -> rotations.plan(id, new RotationForm())))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.messageKey())
                        .isEqualTo("matchmaking.error.rotation-needs-two-groups"));
        assertThat(as(priya, () -> rotations.rotation(id))).isEmpty();
    }
}
