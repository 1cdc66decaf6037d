package org.praxis.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.praxis.requests.internal.RequestStatus;
import org.praxis.requests.internal.RequestViews.QueueFilter;
import org.praxis.requests.internal.RequestViews.RequestSummary;
import org.praxis.requests.internal.SupportRequestService;
import praxis.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frame around the signed-in views: the side navigation offers each person only the views their
 * roles open, and the home dashboard shows the cards meant for them.
 */
class ShellTests extends KaribuTest {

    @Autowired
    SupportRequestService requests;

    // --- side navigation ------------------------------------------------------------------------

    @Test
    void anInstitutionLeadIsOfferedTheirRequestsOnly() {
        signInAs("jo@liceria.example");
        navigate(HomeView.class);

        assertThat(menu()).containsEntry("Home", "").containsEntry("Support requests", "requests")
                .doesNotContainKeys("Request queue", "People and roles");
    }

    @Test
    void theProgrammeTeamIsOfferedTheQueue() {
        signInAs("team@praxis.example");
        navigate(HomeView.class);

        assertThat(menu()).containsEntry("Request queue", "requests/queue")
                .doesNotContainKeys("Support requests", "People and roles");
    }

    @Test
    void theAdminIsOfferedPeopleAndRoles() {
        signInAs("admin@praxis.example");
        navigate(HomeView.class);

        assertThat(menu()).containsEntry("People and roles", "admin/people")
                .doesNotContainKeys("Support requests", "Request queue");
    }

    @Test
    void menuLabelsAreTranslatedNotKeys() {
        signInAs("admin@praxis.example");
        navigate(HomeView.class);

        assertThat(menu().keySet()).isNotEmpty().noneMatch(label -> label.contains("menu."));
    }

    @Test
    void everyPageStartsWithASkipLinkToItsContent() {
        signInAs("jo@liceria.example");
        navigate(HomeView.class);

        MainLayout layout = _get(MainLayout.class);
        Anchor skip = _get(Anchor.class, spec -> spec.withClasses("praxis-skip-link"));
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        // First in the navigation bar, so it is the first thing Tab reaches.
        assertThat(layout.getChildren().findFirst()).containsSame(skip);
    }

    // --- home dashboard -------------------------------------------------------------------------

    @Test
    void joSeesHerRequestsCardWithTheCounts() {
        signInAs("jo@liceria.example");
        navigate(HomeView.class);

        _assertOne(H1.class, spec -> spec.withText("Welcome, Jo Whitfield"));
        assertThat(cardTitles()).contains("Your support requests").doesNotContain("Requests to review");

        // The counts are Liceria's real ones.
        List<RequestSummary> mine = requests.myOrganisationRequests();
        long drafts = mine.stream().filter(r -> r.status() == RequestStatus.DRAFT).count();
        long submitted = mine.stream().filter(r -> r.status() == RequestStatus.SUBMITTED).count();
        assertThat(cardText("Your support requests"))
                .contains(counted(drafts, "No drafts", "One draft", " drafts") + ", "
                        + counted(submitted, "none", "one", "") + " waiting for the programme team");
    }

    @Test
    void priyaSeesTheRequestsToReviewCardWithTheQueueSize() {
        signInAs("team@praxis.example");
        navigate(HomeView.class);

        assertThat(cardTitles()).contains("Requests to review").doesNotContain("Your support requests");
        int waiting = requests.countQueue(new QueueFilter(RequestStatus.SUBMITTED, null, null));
        assertThat(cardText("Requests to review"))
                .contains(counted(waiting, "No requests", "One request", " requests") + " waiting");
    }

    /** Plain-English counts, as people write them: "No drafts", "One draft", "3 drafts". */
    private static String counted(long n, String none, String one, String many) {
        return n == 0 ? none : n == 1 ? one : n + many;
    }

    @Test
    void aResearcherSeesNoneOfTheTeamsOrLeadsCards() {
        signInAs("lena@liceria.example");
        navigate(HomeView.class);

        assertThat(cardTitles()).doesNotContain("Your support requests", "Requests to review", "Needs assessments");
    }

    @Test
    void theAdminsHomeShowsAdminWork() {
        signInAs("admin@praxis.example");
        navigate(HomeView.class);

        assertThat(cardTitles()).contains("People and roles", "The library's settings")
                .doesNotContain("Your support requests");
        Div people = _find(Div.class, spec -> spec.withClasses("praxis-card")).stream()
                .filter(card -> _get(card, H2.class).getText().equals("People and roles")).findFirst().orElseThrow();
        assertThat(people.getElement().getTextRecursively()).containsPattern("role requests? (is|are) waiting|No role requests");
        _assertNone(Paragraph.class, spec -> spec.withText("There is nothing waiting for you yet."));
    }

    @Test
    void withNoCardsThePersonIsToldThereIsNothingYet(@Autowired org.praxis.platform.CurrentUser currentUser) {
        signInAs("lena@liceria.example");
        HomeView home = new HomeView(currentUser, java.util.List.of());
        com.vaadin.flow.component.UI.getCurrent().add(home);

        _assertOne(Paragraph.class, spec -> spec.withText("There is nothing waiting for you yet."));
        _assertNone(Div.class, spec -> spec.withClasses("praxis-card"));
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** The side navigation's items, label to path, in order. */
    private static Map<String, String> menu() {
        return _get(SideNav.class).getItems().stream().collect(Collectors.toMap(SideNavItem::getLabel,
                item -> item.getPath() == null ? "" : item.getPath(), (a, b) -> a, LinkedHashMap::new));
    }

    private static List<String> cardTitles() {
        return _find(Div.class, spec -> spec.withClasses("praxis-card")).stream()
                .map(card -> _get(card, H2.class).getText()).toList();
    }

    private static String cardText(String title) {
        Div card = _get(Div.class, spec -> spec.withClasses("praxis-card")
                .withPredicate(c -> _find(c, H2.class, h -> h.withText(title)).size() == 1));
        return card.getElement().getTextRecursively();
    }
}
