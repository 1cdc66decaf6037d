package org.praxis.mentoring.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/**
 * The programme team published a match: the mentor and mentee now have a mentoring relationship. One event per
 * pair; {@code draftId} names the cohort match it came from. {@code score} is the match's fit out of 1,000.
 */
public record MentoringMatchPublished(RelationshipId relationshipId, MatchDraftId draftId,
                                      MentoringProgrammeId programmeId, String programmeName,
                                      PersonId mentor, PersonId mentee, int score, Instant publishedAt) {
}
