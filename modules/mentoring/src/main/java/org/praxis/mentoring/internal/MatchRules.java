package org.praxis.mentoring.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The hard constraints a pair must meet, whatever its score: a mentor taking mentees (capacity above 0, not
 * paused), not the same person, different contexts where the programme asks for it, neither has said they must
 * not be matched with the other, and at least one time in the week both can meet. Capacity across a cohort
 * is the solver's (a mentor's arc to the sink).
 */
public record MatchRules(boolean crossContextRequired) {

    /** The fast check the solver uses for every pair. */
    public boolean allows(MatchProfile mentor, MatchProfile mentee) {
        return mentor.capacity() > 0
                && !mentor.person().equals(mentee.person())
                && (!crossContextRequired || mentor.sector() != mentee.sector())
                && (mentor.availability() & mentee.availability()) != 0
                && !mentor.mustNotMatch().contains(mentee.person())
                && !mentee.mustNotMatch().contains(mentor.person());
    }

    /** Why a pair is not allowed, as message keys (empty when allowed): for the team's edits of a draft. */
    public List<String> problems(MatchProfile mentor, MatchProfile mentee) {
        List<String> problems = new ArrayList<>();
        if (mentor.capacity() <= 0) {
            problems.add("mentoring.match.rule.no-capacity");
        }
        if (mentor.person().equals(mentee.person())) {
            problems.add("mentoring.match.rule.same-person");
        }
        if (crossContextRequired && mentor.sector() == mentee.sector()) {
            problems.add("mentoring.match.rule.same-context");
        }
        if ((mentor.availability() & mentee.availability()) == 0) {
            problems.add("mentoring.match.rule.no-shared-time");
        }
        if (mentor.mustNotMatch().contains(mentee.person()) || mentee.mustNotMatch().contains(mentor.person())) {
            problems.add("mentoring.match.rule.must-not-match");
        }
        return problems;
    }
}
