package org.praxis.coproduction.events;

import org.praxis.platform.PersonId;

import java.time.LocalDate;

/**
 * Someone is a co-producer from the day their agreement starts (from a wave, or recorded for someone already
 * working with the team). The identity module still grants the CO_PRODUCER role: an admin does it.
 */
public record CoproducerAppointed(PersonId personId, String name, LocalDate agreementFrom) {
}
