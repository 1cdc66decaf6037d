package org.praxis.coproduction.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/** The team decided an application to a wave: appointed as a co-producer, or not this time. */
public record ApplicationDecided(ApplicationId applicationId, WaveId waveId, PersonId applicant, boolean appointed,
                                 Instant decidedAt) {
}
