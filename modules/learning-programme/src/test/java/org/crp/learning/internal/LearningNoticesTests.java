package org.crp.learning.internal;

import org.crp.learning.events.ApplicationId;
import org.crp.learning.events.FundingRequestId;
import org.crp.learning.events.SessionId;
import org.junit.jupiter.api.Test;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The notices the programme asks for: who is told, what, and with a key that names the fact. */
class LearningNoticesTests {

    final ApplicationId application = new ApplicationId(UUID.randomUUID());
    final PersonId kemi = new PersonId(UUID.randomUUID());

    static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (var in = LearningNoticesTests.class.getResourceAsStream("/i18n/learning.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }

    @Test
    void anApplicationReceivedIsToldToTheProgrammeTeam() {
        NoticeRequested notice = LearningNotices.applicationReceived(application, "Kemi Adeyemi", "CRP 2026-27");
        assertThat(notice.noticeKey()).isEqualTo("learning:application-received:" + application);
        assertThat(notice.audience()).isEqualTo(Audience.holdersOf(Role.PROGRAMME_TEAM));
        assertThat(notice.arguments()).containsExactly(NoticeArgument.text("Kemi Adeyemi"), NoticeArgument.text("CRP 2026-27"));
        assertThat(notice.link()).isEqualTo("learning/applications/" + application);
    }

    @Test
    void eachOutcomeIsAFactOfItsOwnSoWaitingListThenSelectedAreBothTold() {
        NoticeRequested waiting = LearningNotices.applicationDecided(application, kemi, ApplicationStatus.WAITING_LIST, "Run");
        NoticeRequested selected = LearningNotices.applicationDecided(application, kemi, ApplicationStatus.SELECTED, "Run");
        assertThat(waiting.noticeKey()).isNotEqualTo(selected.noticeKey()).startsWith("learning:");
        assertThat(waiting.messageKey()).isEqualTo("learning.notice.application-waiting-list");
        assertThat(selected.messageKey()).isEqualTo("learning.notice.application-selected");
        assertThat(LearningNotices.applicationDecided(application, kemi, ApplicationStatus.NOT_SELECTED, "Run").messageKey())
                .isEqualTo("learning.notice.application-not-selected");
        assertThat(selected.audience()).isEqualTo(Audience.person(kemi));
    }

    @Test
    void aBursaryDecisionTellsTheAmountGrantedInPounds() {
        NoticeRequested granted = LearningNotices.bursaryDecided(application, kemi, new BigDecimal("1250"));
        assertThat(granted.messageKey()).isEqualTo("learning.notice.bursary-granted");
        assertThat(granted.arguments()).containsExactly(NoticeArgument.text("£1,250.00"));
        assertThat(LearningNotices.bursaryDecided(application, kemi, null).messageKey())
                .isEqualTo("learning.notice.bursary-declined");
    }

    @Test
    void aNewSessionIsToldToTheRunsParticipantsOrToNobody() {
        SessionId session = new SessionId(UUID.randomUUID());
        PersonId lena = new PersonId(UUID.randomUUID());
        NoticeRequested notice = LearningNotices.sessionScheduled(session, List.of(kemi, lena), "Starting well",
                LocalDate.of(2027, 1, 20));
        assertThat(notice).isNotNull();
        assertThat(notice.audience().people()).containsExactlyInAnyOrder(kemi, lena);
        assertThat(notice.arguments()).containsExactly(NoticeArgument.text("Starting well"),
                NoticeArgument.date(LocalDate.of(2027, 1, 20)));
        assertThat(notice.link()).isEqualTo("learning/sessions/" + session);
        assertThat(LearningNotices.sessionScheduled(session, List.of(), "Starting well", LocalDate.of(2027, 1, 20))).isNull();
    }

    @Test
    void everyNoticeKeyIsPrefixedAndEveryMessageIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        List<NoticeRequested> all = List.of(
                LearningNotices.applicationReceived(application, "Kemi", "Run"),
                LearningNotices.applicationDecided(application, kemi, ApplicationStatus.SELECTED, "Run"),
                LearningNotices.applicationDecided(application, kemi, ApplicationStatus.WAITING_LIST, "Run"),
                LearningNotices.applicationDecided(application, kemi, ApplicationStatus.NOT_SELECTED, "Run"),
                LearningNotices.bursaryDecided(application, kemi, BigDecimal.TEN),
                LearningNotices.bursaryDecided(application, kemi, null),
                java.util.Objects.requireNonNull(LearningNotices.sessionScheduled(new SessionId(UUID.randomUUID()),
                        List.of(kemi), "S", LocalDate.now())),
                LearningNotices.certificateIssued(application, kemi, "Run"),
                LearningNotices.fundingDecided(new FundingRequestId(UUID.randomUUID()), kemi, BigDecimal.ONE),
                LearningNotices.fundingDecided(new FundingRequestId(UUID.randomUUID()), kemi, null));
        for (NoticeRequested notice : all) {
            assertThat(notice.noticeKey()).startsWith("learning:");
            assertThat(bundle).containsKey(notice.messageKey());
            assertThat(notice.audience().isEmpty()).isFalse();
        }
    }
}
