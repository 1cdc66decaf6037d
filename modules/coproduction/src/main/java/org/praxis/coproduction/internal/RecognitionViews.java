package org.praxis.coproduction.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.PersonId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A co-producer's record of roles and hours, and what a download carries. */
public final class RecognitionViews {

    private RecognitionViews() {
    }

    /** One part of a project the person worked on: as a co-producer or as its lead, with what they claimed. */
    public record RoleLine(String project, String element, boolean lead, BigDecimal hours, int sessions,
                           @Nullable LocalDate firstDay, @Nullable LocalDate lastDay) {
    }

    /**
     * Hours and sessions count approved and paid claims; a claim put right by an approved or paid correction
     * counts as the correction says.
     */
    public record WorkRecord(PersonId person, String name, LocalDate coproducerSince, List<RoleLine> roles,
                             LocalDate issuedOn) {

        public BigDecimal totalHours() {
            return roles.stream().map(RoleLine::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public int totalSessions() {
            return roles.stream().mapToInt(RoleLine::sessions).sum();
        }
    }

    public record Download(String fileName, String mediaType, byte[] content) {
    }
}
