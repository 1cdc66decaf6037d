package org.praxis.mentoring.internal;

import org.praxis.mentoring.events.IntakeId;
import org.praxis.mentoring.events.MentoringSide;
import org.praxis.mentoring.internal.MentoringViews.Intake;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PersonId;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A programme's intakes with what earlier matches already took: mentees matched, mentors' places. */
record Cohort(Map<IntakeId, Intake> intakes, Set<IntakeId> matchedMentees, Map<IntakeId, Integer> activeMentees) {

    List<Intake> mentors() {
        return intakes.values().stream().filter(i -> i.side() == MentoringSide.MENTOR).toList();
    }

    /** Mentees without a mentor in the programme yet. */
    List<Intake> waitingMentees() {
        return intakes.values().stream()
                .filter(i -> i.side() == MentoringSide.MENTEE && !matchedMentees.contains(i.id())).toList();
    }

    /** The mentor as the matcher sees them, with the places their current mentees take away. */
    MatchProfile profileWithRoomLeft(Intake mentor) {
        MatchProfile profile = mentor.profile();
        int room = Math.max(0, profile.capacity() - activeMentees.getOrDefault(mentor.id(), 0));
        return new MatchProfile(profile.key(), profile.person(), profile.sector(), profile.experienceYears(),
                profile.activities(), profile.topics(), profile.values(), profile.availability(), profile.region(),
                room, profile.mustNotMatch());
    }

    Intake intake(IntakeId id) {
        Intake intake = intakes.get(id);
        if (intake == null) {
            throw new NotFoundException("mentoring.error.intake-not-found");
        }
        return intake;
    }

    Intake intakeOnSide(IntakeId id, MentoringSide side) {
        Intake intake = intake(id);
        if (intake.side() != side) {
            throw new NotFoundException("mentoring.error.intake-not-found");
        }
        return intake;
    }

    Optional<Intake> of(PersonId person, MentoringSide side) {
        return intakes.values().stream().filter(i -> i.person().equals(person) && i.side() == side).findFirst();
    }
}
