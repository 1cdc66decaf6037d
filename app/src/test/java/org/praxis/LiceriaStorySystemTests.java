package org.praxis;

import org.praxis.app.PraxisApplication;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.assessment.events.Urgency;
import org.praxis.assessment.internal.AssessmentForm;
import org.praxis.assessment.internal.AssessmentService;
import org.praxis.assessment.internal.RouteDraft;
import org.praxis.notifications.internal.NotificationService;
import org.praxis.notifications.internal.NotificationText;
import org.praxis.notifications.internal.NotificationView;
import org.praxis.platform.Licence;
import org.praxis.platform.PraxisUser;
import org.praxis.reciprocation.events.ReciprocationType;
import org.praxis.reciprocation.events.Side;
import org.praxis.reciprocation.internal.AgreementService;
import org.praxis.reciprocation.internal.AgreementStatus;
import org.praxis.reciprocation.internal.AgreementViews.AgreementDetails;
import org.praxis.reciprocation.internal.AgreementViews.Item;
import org.praxis.reciprocation.internal.CompletionForm;
import org.praxis.reciprocation.internal.ItemForm;
import org.praxis.reciprocation.internal.LedgerService;
import org.praxis.reciprocation.internal.LedgerViews.Statement;
import org.praxis.requests.events.Capacity;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.events.Need;
import org.praxis.requests.events.RelatedPage;
import org.praxis.requests.events.SupportRequestId;
import org.praxis.requests.internal.RequestViews;
import org.praxis.requests.internal.RequestStatus;
import org.praxis.requests.internal.SupportRequestForm;
import org.praxis.requests.internal.SupportRequestService;
import praxis.testsupport.SecurityContextOfThisTest;
import praxis.testsupport.TestUsers;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static praxis.testsupport.TestUsers.as;

/**
 * The reference story of the reciprocation framework (Liceria University, in
 * shared/domain/prosper-reciprocation-framework.txt), run end to end through the modules' services,
 * with the modules reacting to each other's events exactly as in production: Jo asks for help with
 * cohort recruitment; the programme team assesses it (tailored guidance on postdoc attraction and the
 * assessment process, an online Train-the-Trainer for reviewers); both sides accept an agreement whose
 * reciprocation is Jo's "dealing with failure" session; everything is delivered; Liceria ends as a
 * member of the community of practice, and the ledger shows both sides. At each step the bell of the
 * people it concerns shows it, once: each module tells people itself, notifications delivers.
 */
@SpringBootTest(classes = PraxisApplication.class)
@ExtendWith(SecurityContextOfThisTest.class)
class LiceriaStorySystemTests {

    @Autowired
    SupportRequestService requests;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AgreementService agreements;

    @Autowired
    LedgerService ledger;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    NotificationService notifications;

    @Autowired
    I18NProvider texts;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    PraxisUser person(String email) {
        return (PraxisUser) accounts.loadUserByUsername(email);
    }

    static <T> T eventually(Callable<T> value) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(value, v -> v != null);
    }

    /** Waits until the person's bell shows the notice, unread, leading to the link. */
    NotificationView told(PraxisUser person, String messageKey, String link) {
        return eventually(() -> bell(person).stream()
                .filter(notice -> notice.messageKey().equals(messageKey) && notice.link().equals(link) && notice.unread())
                .findFirst().orElse(null));
    }

    /** Waits until the person's notice about a task is marked dealt with (read), because the task is done. */
    NotificationView dealtWith(PraxisUser person, String messageKey, String link) {
        return eventually(() -> bell(person).stream()
                .filter(notice -> notice.messageKey().equals(messageKey) && notice.link().equals(link) && !notice.unread())
                .findFirst().orElse(null));
    }

    List<NotificationView> bell(PraxisUser person) {
        return as(person, () -> notifications.inbox(0, NotificationService.PAGE_MAX));
    }

    String read(NotificationView notice) {
        return NotificationText.message(notice, (key, args) -> texts.getTranslation(key, Locale.UK, args), Locale.UK);
    }

    @Test
    void fromASupportRequestToAStrongerCommunityOfPractice() {
        PraxisUser jo = person("jo@liceria.example");
        PraxisUser priya = person("team@praxis.example");

        // 1. Midsummer: Liceria decides to launch a cohort from October and asks for help.
        SupportRequestId request = as(jo, () -> {
            SupportRequestForm form = new SupportRequestForm();
            form.setTitle("Help recruiting our first postdoc cohort");
            form.setMode(DeliveryMode.RUN_COHORT);
            form.setHas(java.util.Set.of(Capacity.SENIOR_SUPPORT, Capacity.FACILITATORS, Capacity.DEDICATED_RESOURCES));
            form.setLacks(java.util.Set.of(Need.KNOWLEDGE, Need.ADMIN_SUPPORT, Need.TIME));
            form.setContext("Supportive senior stakeholders and an experienced facilitator, Jo, who has a new session on "
                    + "dealing with failure. We lack knowledge of cohort application processes and have no admin support.");
            form.setTimelineStart(LocalDate.now().plusWeeks(10));
            form.setContactName("Jo Whitfield");
            form.setContactEmail("jo@liceria.example");
            SupportRequestId id = requests.createDraft(form);
            requests.submit(id, 0);
            return id;
        });

        assertThat(read(told(priya, "requests.notice.request-submitted", "requests/" + request)))
                .isEqualTo("A new support request to assess: \"Help recruiting our first postdoc cohort\" from Liceria University");

        // 2. The programme team assesses it and decides the routes.
        eventually(() -> as(priya, () -> assessments.queue(null, 0, 1000).stream()
                .filter(row -> row.requestId().equals(request)).findFirst().orElse(null)));
        as(priya, () -> assessments.assignAssessor(request, 0, priya.personId()));
        told(priya, "assessment.notice.assessor-assigned", "requests/" + request);
        AssessmentForm assessment = new AssessmentForm();
        assessment.setStrengths("Senior support; an experienced facilitator; dedicated resources.");
        assessment.setGaps("Knowledge of cohort application processes; administrative support; time.");
        assessment.setUrgency(Urgency.HIGH);
        assessment.setRoutes(List.of(
                new RouteDraft(SupportRoute.TAILORED_GUIDANCE,
                        "Tailored guidance on postdoc attraction and the assessment process", "", 4, null, null),
                new RouteDraft(SupportRoute.TRAIN_THE_TRAINER,
                        "Online Train-the-Trainer for all reviewers of applications", "", 8, null, null)));
        assessment.setRationale("Based on recruiting three diverse cohorts.");
        as(priya, () -> assessments.complete(request, 1, assessment));
        await().atMost(Duration.ofSeconds(30)).until(() -> as(jo, () -> requests.get(request).status())
                == RequestStatus.ASSESSED);
        told(jo, "assessment.notice.assessment-completed", "requests/" + request);
        // Tasks done close themselves: the request is being assessed, and the assessment is complete.
        dealtWith(priya, "requests.notice.request-submitted", "requests/" + request);
        dealtWith(priya, "assessment.notice.assessor-assigned", "requests/" + request);

        // 3. A draft agreement appears, with one support item per route.
        var agreementId = eventually(() -> as(priya, () -> agreements.agreements().stream()
                .map(summary -> agreements.get(summary.id()))
                .filter(details -> details.requestId().equals(request))
                .map(AgreementDetails::id).findFirst().orElse(null)));
        // Jo's request page leads to the team's decision and to the draft as soon as it exists.
        assertThat(eventually(() -> as(jo, () -> requests.get(request).has(RelatedPage.AGREEMENT) ? requests.get(request) : null))
                .related()).extracting(RequestViews.RelatedPageLink::link)
                .containsExactly("assessments/" + request + "/decision", "agreements/" + agreementId);
        AgreementDetails draft = as(jo, () -> agreements.get(agreementId));
        assertThat(draft.support()).extracting(Item::title).containsExactly(
                "Tailored guidance on postdoc attraction and the assessment process",
                "Online Train-the-Trainer for all reviewers of applications");

        // 4. Jo offers her "dealing with failure" session in return; Jo proposes; both sides accept.
        ItemForm session = new ItemForm();
        session.setTitle("Dealing with failure: slide deck, facilitator notes and a recorded Train-the-Trainer session");
        session.setType(ReciprocationType.NEW_MATERIALS);
        session.setEffortHours(10);
        session.setDueDate(LocalDate.now().plusMonths(4));
        as(jo, () -> agreements.addItem(agreementId, draft.version(), Side.RECIPROCATION, session));
        int proposal = as(jo, () -> agreements.propose(agreementId, agreements.get(agreementId).version()));
        for (PraxisUser side : List.of(jo, priya)) {
            told(side, "reciprocation.notice.agreement-proposed", "agreements/" + agreementId);
        }
        as(priya, () -> agreements.accept(agreementId, proposal));
        // Priya's "agreement to accept" is done; Jo's still waits for her.
        dealtWith(priya, "reciprocation.notice.agreement-proposed", "agreements/" + agreementId);
        assertThat(told(jo, "reciprocation.notice.agreement-proposed", "agreements/" + agreementId).unread()).isTrue();
        as(jo, () -> agreements.accept(agreementId, proposal));
        dealtWith(jo, "reciprocation.notice.agreement-proposed", "agreements/" + agreementId);
        assertThat(as(jo, () -> agreements.get(agreementId).status())).isEqualTo(AgreementStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> as(jo, () -> requests.get(request).status())
                == RequestStatus.AGREEMENT_AGREED);
        for (PraxisUser side : List.of(jo, priya)) {
            told(side, "reciprocation.notice.agreement-accepted", "agreements/" + agreementId);
        }

        // 5. Everything is delivered: the team's support, then Jo's session with its materials and licence.
        for (Item item : as(priya, () -> agreements.get(agreementId)).support()) {
            CompletionForm done = new CompletionForm();
            done.setNote("Delivered online with Liceria's reviewers.");
            as(priya, () -> agreements.complete(agreementId, item.id(), done));
        }
        Item josSession = as(jo, () -> agreements.get(agreementId)).reciprocation().getFirst();
        CompletionForm delivered = new CompletionForm();
        delivered.setNote("Shared with all institutions.");
        delivered.setLinks(List.of(
                new CompletionForm.LinkForm("Slide deck", "https://files.liceria.example/dealing-with-failure.pptx"),
                new CompletionForm.LinkForm("Recorded Train-the-Trainer session",
                        "https://video.liceria.example/dealing-with-failure")));
        delivered.setDescription("A session on dealing with failure for postdocs, with facilitator notes.");
        delivered.setLicence(Licence.CC_BY_4_0);
        delivered.setAttribution("Jo Whitfield, Liceria University");
        as(jo, () -> agreements.complete(agreementId, josSession.id(), delivered));

        // 6. Liceria is a member of the community of practice; its request is fulfilled; the ledger shows both sides.
        assertThat(as(priya, () -> agreements.get(agreementId).status())).isEqualTo(AgreementStatus.FULFILLED);
        await().atMost(Duration.ofSeconds(30)).until(() -> as(jo, () -> requests.get(request).status())
                == RequestStatus.FULFILLED);
        await().atMost(Duration.ofSeconds(30)).until(() -> as(priya, () -> ledger.members().stream()
                .anyMatch(member -> member.organisationName().equals("Liceria University"))));
        Statement statement = as(jo, () -> ledger.myStatement());
        assertThat(statement.member()).isTrue();
        assertThat(statement.totals().supportItemsReceived()).isGreaterThanOrEqualTo(2);
        assertThat(statement.totals().hoursReceived()).isGreaterThanOrEqualTo(12);
        assertThat(statement.totals().contributionsDelivered()).isGreaterThanOrEqualTo(1);
        assertThat(as(jo, () -> requests.get(request).history()))
                .extracting(change -> change.status())
                .containsSubsequence(RequestStatus.DRAFT, RequestStatus.SUBMITTED, RequestStatus.IN_ASSESSMENT,
                        RequestStatus.ASSESSED, RequestStatus.AGREEMENT_AGREED, RequestStatus.IN_DELIVERY,
                        RequestStatus.FULFILLED);

        // 7. The bell across the story. Priya moderates too: the Hub told her Jo's materials are waiting.
        assertThat(read(told(jo, "reciprocation.notice.community-membership", "agreements/" + agreementId)))
                .isEqualTo("Welcome to the community of practice: Liceria University is now a member.");
        told(priya, "hub.notice.reciprocation-delivered", "hub/moderation");
        assertThat(bell(jo)).filteredOn(notice -> notice.link().equals("requests/" + request)
                        || notice.link().equals("agreements/" + agreementId))
                .extracting(NotificationView::messageKey).as("each told once").containsExactlyInAnyOrder(
                        "assessment.notice.assessment-completed", "reciprocation.notice.agreement-proposed",
                        "reciprocation.notice.agreement-accepted", "reciprocation.notice.community-membership");
        assertThat(bell(priya)).filteredOn(notice -> notice.link().equals("requests/" + request)
                        || notice.link().equals("agreements/" + agreementId))
                .extracting(NotificationView::messageKey).as("each told once").containsExactlyInAnyOrder(
                        "requests.notice.request-submitted", "assessment.notice.assessor-assigned",
                        "reciprocation.notice.agreement-proposed", "reciprocation.notice.agreement-accepted");
        // Jo's bell counts what she has not read yet, and no longer the agreement she accepted.
        assertThat(as(jo, () -> notifications.unreadCount())).isGreaterThanOrEqualTo(3);
    }
}
