package org.praxis.mentoring.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/** A pair had not met for the programme's quiet spell: both were nudged. {@code quietSince}: their last meeting (or start). */
public record MentoringPairNudged(RelationshipId relationshipId, MentoringProgrammeId programmeId, PersonId mentor,
                                  PersonId mentee, Instant quietSince, Instant nudgedAt) {
}
