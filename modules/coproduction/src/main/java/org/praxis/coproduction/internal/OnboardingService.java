package org.praxis.coproduction.internal;

import org.praxis.coproduction.internal.CoproductionViews.Coproducer;
import org.praxis.coproduction.internal.OnboardingViews.Progress;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PersonId;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Each co-producer's onboarding checklist, and where each person has stalled: the first step not done and how
 * long since their agreement started, longest first, so the team sees who needs a hand.
 */
@Service
@Transactional
public class OnboardingService {

    private final JooqOnboardingRepository onboarding;
    private final JooqCoproducerRepository coproducers;
    private final CurrentUser currentUser;
    private final CoproductionTime time;

    OnboardingService(JooqOnboardingRepository onboarding, JooqCoproducerRepository coproducers,
                      CurrentUser currentUser, CoproductionTime time) {
        this.onboarding = onboarding;
        this.coproducers = coproducers;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** The team ticks any step; a co-producer ticks their own steps (policies read, payment details given). */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'CO_PRODUCER')")
    public void markDone(PersonId person, OnboardingStep step) {
        PersonId me = currentUser.require().personId();
        boolean team = currentUser.hasRole(Role.PROGRAMME_TEAM);
        if (!team && !(person.equals(me) && step.coproducersOwn())) {
            throw new ProblemException("coproduction.error.not-your-step");
        }
        coproducer(person);
        onboarding.markDone(person, step, time.today(), me);
    }

    @PreAuthorize("hasRole('CO_PRODUCER')")
    @Transactional(readOnly = true)
    public Progress myProgress() {
        return progress(coproducer(currentUser.require().personId()));
    }

    /** Everyone's progress, those still onboarding first, the longest waiting at the top. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<Progress> everyone() {
        return coproducers.all().stream().map(this::progress)
                .sorted(Comparator.comparing((Progress p) -> p.stalledAt() == null)
                        .thenComparing(Progress::daysSinceAgreement, Comparator.reverseOrder()))
                .toList();
    }

    private Progress progress(Coproducer coproducer) {
        Map<OnboardingStep, LocalDate> done = onboarding.done(coproducer.person());
        OnboardingStep stalled = Arrays.stream(OnboardingStep.values()).filter(s -> !done.containsKey(s))
                .findFirst().orElse(null);
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(coproducer.agreementFrom(), time.today()));
        return new Progress(coproducer.person(), coproducer.name(), done, stalled, days);
    }

    private Coproducer coproducer(PersonId person) {
        return coproducers.find(person).orElseThrow(() -> new NotFoundException("coproduction.error.coproducer-not-found"));
    }
}
