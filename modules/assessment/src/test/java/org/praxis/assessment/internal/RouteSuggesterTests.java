package org.praxis.assessment.internal;

import org.junit.jupiter.api.Test;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.assessment.events.Urgency;
import org.praxis.assessment.internal.AssessmentViews.CatalogueEntry;
import org.praxis.assessment.internal.AssessmentViews.RequestFacts;
import org.praxis.assessment.internal.AssessmentViews.Rule;
import org.praxis.platform.Ids;
import org.praxis.platform.OrganisationId;
import org.praxis.requests.events.Capacity;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.events.Need;
import org.praxis.requests.events.SupportRequestId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RouteSuggesterTests {

    static final Map<SupportRoute, CatalogueEntry> CATALOGUE = Map.of(
            SupportRoute.TAILORED_GUIDANCE, new CatalogueEntry(SupportRoute.TAILORED_GUIDANCE, "Guidance", "", 4),
            SupportRoute.TRAIN_THE_TRAINER, new CatalogueEntry(SupportRoute.TRAIN_THE_TRAINER, "TtT", "", 8));

    static RequestFacts liceria() {
        return new RequestFacts(new SupportRequestId(Ids.newId()), new OrganisationId(Ids.newId()), "Liceria University",
                "Cohort recruitment", DeliveryMode.RUN_COHORT, null, Set.of(Capacity.SENIOR_SUPPORT, Capacity.FACILITATORS),
                Set.of(Need.KNOWLEDGE, Need.ADMIN_SUPPORT, Need.TIME), "", LocalDate.of(2026, 10, 1), null, "",
                OffsetDateTime.now());
    }

    static Rule rule(Need lacks, DeliveryMode mode, Capacity missing, SupportRoute route, String title) {
        return new Rule(Ids.newId(), lacks, mode, missing, route, title, "because", true, 0);
    }

    @Test
    void suggestsEachMatchingRouteOnceWithItsReasonAndEffort() {
        List<Rule> rules = List.of(
                rule(Need.KNOWLEDGE, DeliveryMode.RUN_COHORT, null, SupportRoute.TAILORED_GUIDANCE, "Guidance on attraction"),
                rule(null, DeliveryMode.RUN_COHORT, null, SupportRoute.TRAIN_THE_TRAINER, "TtT for reviewers"),
                rule(Need.TIME, null, null, SupportRoute.TAILORED_GUIDANCE, "Short guidance"),
                rule(null, DeliveryMode.PROMOTE_TO_POSTDOCS, null, SupportRoute.PORTAL_TOUR, "Portal tour"),
                rule(null, null, Capacity.FACILITATORS, SupportRoute.TRAIN_THE_TRAINER, "Build facilitators"));

        var suggestions = RouteSuggester.suggest(liceria(), rules, CATALOGUE);

        assertThat(suggestions).extracting(AssessmentViews.Suggestion::title)
                .containsExactly("Guidance on attraction", "TtT for reviewers");
        assertThat(suggestions.getFirst().typicalEffortHours()).isEqualTo(4);
        assertThat(suggestions.getFirst().reason()).isEqualTo("because");
    }

    @Test
    void inactiveRulesSuggestNothing() {
        Rule inactive = new Rule(Ids.newId(), Need.KNOWLEDGE, null, null, SupportRoute.TAILORED_GUIDANCE, "x", "y", false, 0);
        assertThat(RouteSuggester.suggest(liceria(), List.of(inactive), CATALOGUE)).isEmpty();
    }

    @Test
    void urgencyFollowsTheTimeline() {
        LocalDate today = LocalDate.of(2026, 7, 15);
        assertThat(RouteSuggester.urgency(today.plusWeeks(6), today)).isEqualTo(Urgency.HIGH);
        assertThat(RouteSuggester.urgency(today.plusWeeks(7), today)).isEqualTo(Urgency.MEDIUM);
        assertThat(RouteSuggester.urgency(today.plusMonths(4), today)).isEqualTo(Urgency.LOW);
        assertThat(RouteSuggester.urgency(today.minusDays(3), today)).isEqualTo(Urgency.HIGH);
    }
}
