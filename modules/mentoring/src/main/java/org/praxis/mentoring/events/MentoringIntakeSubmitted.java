package org.praxis.mentoring.events;

import org.praxis.platform.PersonId;

import java.time.Instant;

/** Someone sent their intake to a mentoring programme, as a mentor or a mentee. */
public record MentoringIntakeSubmitted(IntakeId intakeId, MentoringProgrammeId programmeId, PersonId person,
                                       MentoringSide side, SectorContext sector, Instant submittedAt) {
}
