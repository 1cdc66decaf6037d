package org.praxis.mentoring.events;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.PersonId;

import java.time.Instant;

/**
 * A mentor and a mentee now have a mentoring relationship: the programme team published a cohort match
 * ({@code draftId} names it), or the mentor accepted the mentee's request ({@code draftId} is null). One event
 * per pair. {@code score} is the match's fit out of 1,000.
 */
public record MentoringMatchPublished(RelationshipId relationshipId, @Nullable MatchDraftId draftId,
                                      MentoringProgrammeId programmeId, String programmeName,
                                      PersonId mentor, PersonId mentee, int score, Instant publishedAt) {
}
