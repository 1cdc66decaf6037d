package org.praxis.coproduction.internal;

import praxis.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.coproduction.events.ApplicationId;
import org.praxis.coproduction.events.WaveId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.notices.NoticeRequested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionOperations;
import praxis.testsupport.PraxisModuleTest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.coproduction.internal.CoproductionFixtures.known;
import static org.praxis.coproduction.internal.CoproductionFixtures.member;
import static org.praxis.coproduction.internal.CoproductionFixtures.reviewer;
import static org.praxis.coproduction.internal.CoproductionFixtures.team;
import static org.praxis.coproduction.internal.CoproductionFixtures.wave;
import static praxis.testsupport.TestUsers.as;

/** The talent pool: joined with consent after a decision, renewed, reminded before it ends, and honoured after. */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class TalentPoolModuleTests {

    @Autowired WaveService waves;
    @Autowired ApplicationService applications;
    @Autowired ShortlistService shortlist;
    @Autowired TalentPoolService pool;
    @Autowired JooqPeopleRepository people;
    @Autowired TransactionOperations transactions;
    @Autowired MutableClock clock;

    final PraxisUser ruth = team("Ruth Okafor");
    final PraxisUser mandy = reviewer("Mandy Lee");
    final PraxisUser isaac = reviewer("Isaac Green");
    final PraxisUser kemi = member("Kemi Ade");
    ApplicationId application;

    @BeforeEach
    void notAppointedThisTime() {
        clock.set(MutableClock.Configuration.START);
        known(transactions, people, ruth, mandy, isaac, kemi);
        WaveId wave = as(ruth, () -> waves.open(wave("Co-producers, wave 3")));
        var criteria = as(ruth, () -> waves.wave(wave)).criteria();
        application = as(kemi, () -> applications.start(wave, ApplicationForm.written("kemi@example.org", "Hello")));
        as(kemi, () -> applications.submit(application, 0));
        as(ruth, () -> shortlist.assignReviewers(application, List.of(mandy.personId(), isaac.personId())));
        for (PraxisUser reviewer : List.of(mandy, isaac)) {
            as(reviewer, () -> shortlist.score(application, Map.of(criteria.get(0).id(), 2, criteria.get(1).id(), 2), ""));
        }
    }

    @Test
    void consentLastsTwelveMonthsIsRemindedOfOnceAndExpiredEntriesDisappear(AssertablePublishedEvents events) {
        assertThatThrownBy(() -> as(kemi, () -> pool.join(application)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("pool-after-decision");
        as(ruth, () -> shortlist.decide(application, 1, new DecisionForm(ApplicationStatus.NOT_APPOINTED,
                "Not this time: we had many strong answers. We would love to keep you in mind.", null)));

        LocalDate expires = as(kemi, () -> pool.join(application));
        assertThat(expires).isEqualTo(LocalDate.of(2028, 1, 10));
        assertThat(as(ruth, () -> pool.pool())).extracting(e -> e.person()).contains(kemi.personId());
        assertThatThrownBy(() -> as(kemi, () -> pool.pool())).isInstanceOf(AccessDeniedException.class);

        clock.set(java.time.Instant.parse("2027-12-20T09:00:00Z"));
        pool.remindAndForget();
        pool.remindAndForget();
        assertThat(events.ofType(NoticeRequested.class).matching(n -> n.noticeKey()
                .equals("coproduction:pool-consent-ending:" + kemi.personId().value() + ":2028-01-10"))).hasSize(1);

        clock.advance(Duration.ofDays(21));
        assertThat(as(ruth, () -> pool.pool())).extracting(e -> e.person()).doesNotContain(kemi.personId());
        assertThat(as(kemi, () -> pool.myEntry())).isEmpty();
        pool.remindAndForget();
        assertThatThrownBy(() -> as(kemi, () -> pool.renew())).isInstanceOf(ProblemException.class);
    }

    @Test
    void renewingGivesAnotherFullPeriodFromToday() {
        as(ruth, () -> shortlist.decide(application, 1, new DecisionForm(ApplicationStatus.NOT_APPOINTED,
                "Not this time.", null)));
        as(kemi, () -> pool.join(application));
        clock.set(java.time.Instant.parse("2027-12-01T09:00:00Z"));
        assertThat(as(kemi, () -> pool.renew())).isEqualTo(LocalDate.of(2028, 12, 1));
        as(kemi, () -> pool.leave());
        assertThat(as(kemi, () -> pool.myEntry())).isEmpty();
    }
}
