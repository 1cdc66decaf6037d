package org.praxis.matchmaking.internal;

import praxis.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.PartnershipId;
import org.praxis.matchmaking.events.PartnershipSupportRequested;
import org.praxis.matchmaking.events.RegistrationId;
import org.praxis.matchmaking.events.SeedApplicationId;
import org.praxis.matchmaking.events.SeedFundingDecided;
import org.praxis.matchmaking.events.SupportKind;
import org.praxis.matchmaking.internal.MatchmakingViews.Budget;
import org.praxis.matchmaking.internal.MatchmakingViews.SeedApplication;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.notices.NoticeRequested;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;
import praxis.testsupport.PraxisModuleTest;
import praxis.testsupport.TestUsers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.community;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.event;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.organiser;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.profile;
import static org.praxis.matchmaking.internal.MatchmakingFixtures.researcher;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.signOut;

/**
 * A pair who met at an event form a partnership and apply for £800 of seed funding; only the panel sees the
 * application (anonymised when asked) and awards it; the programme team pays a community organisation without a
 * university account; a partner reports; the budget shows committed, paid and remaining to the penny. Over £1,000
 * or over what remains is refused in plain words with nothing saved. Asking for a mentor publishes an event.
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class SeedFundModuleTests {

    @Autowired
    MatchEventService events;

    @Autowired
    RegistrationService registrations;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    SeedFundService seedFund;

    final PraxisUser priya = organiser();
    final PraxisUser pat = TestUsers.user("Pat Morgan", TestUsers.newOrganisation(),
            MatchmakingRoles.SEED_FUND_PANEL_ROLE);
    final PraxisUser kemi = community("Kemi Adeyemi");
    final PraxisUser lena = researcher("Lena Novak");

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    @Test
    void aPartnershipFromAnEventIsFundedPaidAndReports(AssertablePublishedEvents published) {
        Budget before = as(priya, () -> seedFund.budget());
        BigDecimal spent = before.committed().add(before.paid());
        as(priya, () -> seedFund.setBudget(before.version(), spent.add(new BigDecimal("1500.00")), false));

        PartnershipId partnership = partnershipOf(kemi, lena);
        assertThat(published.ofType(NoticeRequested.class)
                .matching(n -> n.noticeKey().equals("matchmaking:partnership-formed:" + partnership))).hasSize(1);

        // Over £1,000: refused at the field, nothing saved.
        SeedApplicationForm tooMuch = application("1200.00");
        assertThatThrownBy(() -> as(kemi, () -> seedFund.apply(partnership, tooMuch)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        p -> assertThat(p.problems()).containsExactly("matchmaking.validation.amount-over-limit"));
        assertThat(as(kemi, () -> seedFund.forPartnership(partnership))).isEmpty();

        SeedApplicationId id = as(kemi, () -> seedFund.apply(partnership, application("800.00")));

        // Only the panel sees applications; the programme team and outsiders do not.
        assertThatThrownBy(() -> as(priya, () -> seedFund.applications())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(priya, () -> seedFund.application(id))).isInstanceOf(NotFoundException.class);
        PraxisUser outsider = researcher("Olu Bello");
        assertThatThrownBy(() -> as(outsider, () -> seedFund.application(id))).isInstanceOf(NotFoundException.class);
        assertThat(as(pat, () -> seedFund.application(id)).researcherName()).isEqualTo(lena.displayName());

        // Anonymised review: the panel sees no names.
        Budget named = as(priya, () -> seedFund.budget());
        as(priya, () -> seedFund.setBudget(named.version(), named.budget(), true));
        SeedApplication anonymous = as(pat, () -> seedFund.application(id));
        assertThat(anonymous.anonymised()).isTrue();
        assertThat(anonymous.communityName()).isNull();
        assertThat(anonymous.partnershipName()).doesNotContain("Food");
        Budget anonymised = as(priya, () -> seedFund.budget());
        as(priya, () -> seedFund.setBudget(anonymised.version(), anonymised.budget(), false));

        as(pat, () -> seedFund.decide(id, 0, new BigDecimal("800.00"), "A clear plan for getting to know each other."));
        assertThat(published.ofType(SeedFundingDecided.class).matching(d -> d.applicationId().equals(id))).hasSize(1);
        Budget committed = as(priya, () -> seedFund.budget());
        assertThat(committed.committed()).isEqualByComparingTo(before.committed().add(new BigDecimal("800.00")));
        assertThat(committed.remaining()).isEqualByComparingTo("700.00");

        // A second partnership asking for more than remains: refused in plain words.
        PraxisUser ada = community("Ada Lovell");
        PartnershipId second = partnershipOf(ada, researcher("Sam Okafor"));
        assertThatThrownBy(() -> as(ada, () -> seedFund.apply(second, application("800.00"))))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.messageKey()).isEqualTo("matchmaking.error.over-remaining-budget");
                    assertThat(p.arguments()).containsExactly("£700.00");
                });

        PaymentForm payment = new PaymentForm();
        payment.setPayeeName("Riverside Community Trust");
        payment.setPayeeKind(PayeeKind.COMMUNITY_ORGANISATION);
        payment.setReference("BACS 2027-0042");
        payment.setPaidOn(LocalDate.of(2027, 2, 10));
        as(priya, () -> seedFund.recordPayment(id, 1, payment));
        Budget paid = as(priya, () -> seedFund.budget());
        assertThat(paid.committed()).isEqualByComparingTo(before.committed());
        assertThat(paid.paid()).isEqualByComparingTo(before.paid().add(new BigDecimal("800.00")));
        assertThat(paid.remaining()).isEqualByComparingTo("700.00");

        ReportForm report = new ReportForm();
        report.setDeveloped(Development.YES);
        report.setReport("We met four times and are now writing a bid together.");
        as(lena, () -> seedFund.report(id, 2, report));
        assertThat(as(lena, () -> seedFund.application(id)).status()).isEqualTo(SeedStatus.REPORTED);

        as(kemi, () -> partnerships.requestSupport(partnership, SupportKind.MENTOR, "Help with writing the bid."));
        assertThat(published.ofType(PartnershipSupportRequested.class)
                .matching(r -> r.partnershipId().equals(partnership) && r.kind() == SupportKind.MENTOR
                        && r.members().contains(lena.personId()))).hasSize(1);
    }

    @Test
    void twoAwardsDecidedAtOnceNeverGoOverTheBudget() throws Exception {
        Budget before = as(priya, () -> seedFund.budget());
        as(priya, () -> seedFund.setBudget(before.version(),
                before.committed().add(before.paid()).add(new BigDecimal("1000.00")), false));
        PraxisUser ada = community("Ada Lovell");
        SeedApplicationId first = as(kemi, () -> seedFund.apply(partnershipOf(kemi, lena), application("800.00")));
        SeedApplicationId second = as(ada, () -> seedFund.apply(partnershipOf(ada, researcher("Omar Haddad")),
                application("800.00")));

        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> results = pool.invokeAll(List.of(first, second).stream()
                    .<java.util.concurrent.Callable<String>>map(id -> () -> {
                        PraxisUser panel = TestUsers.user("Panel " + id, TestUsers.newOrganisation(),
                                MatchmakingRoles.SEED_FUND_PANEL_ROLE);
                        start.await(10, java.util.concurrent.TimeUnit.SECONDS);
                        try {
                            as(panel, () -> seedFund.decide(id, 0, new BigDecimal("800.00"), "Yes."));
                            return "awarded";
                        } catch (ProblemException refused) {
                            return refused.messageKey();
                        }
                    }).toList());
            List<String> outcomes = new java.util.ArrayList<>();
            for (var result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("awarded", "matchmaking.error.over-remaining-budget");
        } finally {
            pool.shutdownNow();
        }
        assertThat(as(priya, () -> seedFund.budget()).remaining()).isEqualByComparingTo("200.00");
    }

    @Test
    void onlyPeopleWithAPlaceFromBothGroupsFormAPartnership() {
        MatchEventForm form = event("Partnership event", 3, 3);
        form.setAutoAccept(true);
        MatchEventId eventId = as(priya, () -> events.schedule(form));
        PraxisUser ada = community("Ada Lovell");
        RegistrationId adas = as(ada, () -> registrations.apply(eventId, profile(AttendeeSide.COMMUNITY,
                DirectoryVisibility.ATTENDEES)));
        PraxisUser sam = community("Sam Okafor");
        as(sam, () -> registrations.apply(eventId, profile(AttendeeSide.COMMUNITY, DirectoryVisibility.ATTENDEES)));
        PartnershipForm sameGroup = new PartnershipForm();
        sameGroup.setName("Two community groups");
        sameGroup.setPartner(adas);
        assertThatThrownBy(() -> as(sam, () -> partnerships.form(eventId, sameGroup)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        p -> assertThat(p.problems()).containsExactly("matchmaking.validation.partner-not-attendee"));
        assertThatThrownBy(() -> as(lena, () -> partnerships.form(eventId, sameGroup)))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.messageKey())
                        .isEqualTo("matchmaking.error.partnership-needs-a-place"));
        assertThat(as(sam, () -> partnerships.mine())).isEmpty();
    }

    private PartnershipId partnershipOf(PraxisUser community, PraxisUser researcher) {
        MatchEventForm form = event("Seed fund event", 5, 5);
        form.setAutoAccept(true);
        MatchEventId eventId = as(priya, () -> events.schedule(form));
        as(community, () -> registrations.apply(eventId, profile(AttendeeSide.COMMUNITY, DirectoryVisibility.ATTENDEES)));
        RegistrationId theirs = as(researcher, () -> registrations.apply(eventId, profile(AttendeeSide.RESEARCHER,
                DirectoryVisibility.ATTENDEES)));
        PartnershipForm partnership = new PartnershipForm();
        partnership.setName("Food on the estate");
        partnership.setPartner(theirs);
        return as(community, () -> partnerships.form(eventId, partnership));
    }

    private static SeedApplicationForm application(String amount) {
        SeedApplicationForm form = new SeedApplicationForm();
        form.setAmount(new BigDecimal(amount));
        form.setPurpose("Time for both of us, travel and four meetings over three months.");
        form.setHeldBy(AttendeeSide.COMMUNITY);
        return form;
    }
}
