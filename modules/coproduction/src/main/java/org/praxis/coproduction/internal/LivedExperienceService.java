package org.praxis.coproduction.internal;

import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.PersonId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A co-producer's lived experience: sensitive, so it is shown to anyone else only while the person consents, and
 * only to the people they allow (the programme team, their support contacts, the leads of their elements). Without
 * consent nobody else reads it, whatever their role; withdrawing consent hides it at once.
 */
@Service
@Transactional
public class LivedExperienceService {

    static final int DESCRIPTION_MAX = 2000;

    private final JooqLivedExperienceRepository entries;
    private final JooqCoproducerRepository coproducers;
    private final CurrentUser currentUser;

    LivedExperienceService(JooqLivedExperienceRepository entries, JooqCoproducerRepository coproducers,
                           CurrentUser currentUser) {
        this.entries = entries;
        this.coproducers = coproducers;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('CO_PRODUCER')")
    @Transactional(readOnly = true)
    public LivedExperience mine() {
        return entries.find(currentUser.require().personId()).orElse(LivedExperience.NONE);
    }

    @PreAuthorize("hasRole('CO_PRODUCER')")
    public void saveMine(String description, boolean consent, Set<SensitiveAudience> audience, int expectedVersion) {
        PersonId me = currentUser.require().personId();
        if (coproducers.find(me).isEmpty()) {
            throw new ProblemException("coproduction.error.no-agreement");
        }
        if (description.strip().length() > DESCRIPTION_MAX) {
            throw new InvalidInputException(List.of("coproduction.validation.lived-experience-too-long"));
        }
        if (consent && audience.isEmpty()) {
            throw new InvalidInputException(List.of("coproduction.validation.lived-experience-audience"));
        }
        if (!entries.save(me, expectedVersion, description.strip(), consent, audience)) {
            throw new ConcurrentChangeException();
        }
    }

    /** The person's lived experience if the signed-in person may read it; empty otherwise (nothing says why). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> of(PersonId person) {
        PraxisUser reader = currentUser.require();
        return entries.find(person).filter(entry -> !entry.description().isEmpty())
                .filter(entry -> reader.personId().equals(person) || entry.consent() && allowed(entry, reader, person))
                .map(LivedExperience::description);
    }

    private boolean allowed(LivedExperience entry, PraxisUser reader, PersonId person) {
        Set<SensitiveAudience> audience = entry.audience();
        return audience.contains(SensitiveAudience.PROGRAMME_TEAM) && reader.hasRole(Role.PROGRAMME_TEAM)
                || audience.contains(SensitiveAudience.SUPPORT_CONTACTS)
                && entries.isSupportContactOf(reader.personId(), person)
                || audience.contains(SensitiveAudience.ELEMENT_LEADS)
                && entries.leadsAnElementOf(reader.personId(), person);
    }
}
