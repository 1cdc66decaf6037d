package org.praxis.mentoring.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/**
 * A mentoring relationship was closed by one of its two people. {@code completed}: the mentoring ran its course
 * (rather than ending early); {@code continueInformally}: the pair mean to keep in touch outside the programme.
 */
public record MentoringRelationshipClosed(RelationshipId relationshipId, MentoringProgrammeId programmeId,
                                          PersonId mentor, PersonId mentee, PersonId closedBy, boolean completed,
                                          boolean continueInformally, int meetingsHeld, Instant closedAt) {
}
