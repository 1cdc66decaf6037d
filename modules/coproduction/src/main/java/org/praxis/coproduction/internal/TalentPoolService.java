package org.praxis.coproduction.internal;

import org.praxis.coproduction.events.ApplicationId;
import org.praxis.coproduction.internal.CoproductionViews.PoolEntry;
import org.praxis.coproduction.internal.JooqApplicationRepository.Row;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The talent pool across waves: someone not appointed this time may ask to be kept in mind. Their consent lasts
 * {@code praxis.coproduction.pool-consent-months} (12 by default), can be renewed, is reminded of before it runs
 * out, and is honoured: an expired entry is never shown and is removed by the daily job.
 */
@Service
@Transactional
public class TalentPoolService {

    private final JooqTalentPoolRepository pool;
    private final ApplicationService applications;
    private final CurrentUser currentUser;
    private final CoproductionTime time;
    private final CoproductionProperties properties;
    private final ApplicationEventPublisher events;

    TalentPoolService(JooqTalentPoolRepository pool, ApplicationService applications, CurrentUser currentUser,
                      CoproductionTime time, CoproductionProperties properties, ApplicationEventPublisher events) {
        this.pool = pool;
        this.applications = applications;
        this.currentUser = currentUser;
        this.time = time;
        this.properties = properties;
        this.events = events;
    }

    /** The applicant, not appointed, consents to be kept in mind for later waves. */
    @PreAuthorize("isAuthenticated()")
    public LocalDate join(ApplicationId id) {
        Row application = applications.own(id);
        if (application.status() != ApplicationStatus.NOT_APPOINTED) {
            throw new ProblemException("coproduction.error.pool-after-decision");
        }
        LocalDate today = time.today();
        LocalDate expires = today.plusMonths(properties.poolConsentMonths());
        pool.keep(application.applicant(), application.applicantName(), application.waveId(), today, expires);
        return expires;
    }

    /** Gives consent again for the full period, from today. */
    @PreAuthorize("isAuthenticated()")
    public LocalDate renew() {
        LocalDate today = time.today();
        LocalDate expires = today.plusMonths(properties.poolConsentMonths());
        if (!pool.renew(currentUser.require().personId(), today, expires)) {
            throw new ProblemException("coproduction.error.not-in-pool");
        }
        return expires;
    }

    @PreAuthorize("isAuthenticated()")
    public void leave() {
        pool.leave(currentUser.require().personId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PoolEntry> myEntry() {
        return pool.of(currentUser.require().personId(), time.today());
    }

    /** Everyone whose consent is current. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<PoolEntry> pool() {
        return pool.current(time.today());
    }

    /** Daily: reminds people whose consent ends soon (once per end date) and forgets those whose consent ended. */
    @Scheduled(cron = "${praxis.coproduction.pool.cron:0 30 6 * * *}")
    public void remindAndForget() {
        LocalDate today = time.today();
        for (PoolEntry entry : pool.endingBy(today, today.plusDays(properties.poolReminderDays()))) {
            events.publishEvent(CoproductionNotices.poolConsentEnding(entry.person(), entry.expiresOn()));
            pool.markReminded(entry.person(), entry.expiresOn());
        }
        pool.forgetExpired(today);
    }

}
