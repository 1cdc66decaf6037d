package org.praxis.coproduction.internal;

import java.util.Set;

/** A co-producer's own lived-experience entry, with their consent and whom they allow to read it. */
public record LivedExperience(String description, boolean consent, Set<SensitiveAudience> audience, int version) {

    static final LivedExperience NONE = new LivedExperience("", false, Set.of(), -1);
}
