package org.praxis.assessment.internal;

import org.praxis.assessment.internal.AssessmentViews.CatalogueEntry;
import org.praxis.assessment.internal.AssessmentViews.RequestFacts;
import org.praxis.assessment.internal.AssessmentViews.Rule;
import org.praxis.assessment.internal.AssessmentViews.Suggestion;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.assessment.events.Urgency;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests support routes from what a request says, using the team's rules (kept in the database,
 * not in code), and judges urgency from the timeline. Pure logic: easy to read and to test.
 */
final class RouteSuggester {

    private RouteSuggester() {
    }

    /** Routes whose rule matches the request, one per route, in rule order, with the rule's reason. */
    static List<Suggestion> suggest(RequestFacts request, List<Rule> rules, Map<SupportRoute, CatalogueEntry> catalogue) {
        Set<SupportRoute> seen = EnumSet.noneOf(SupportRoute.class);
        List<Suggestion> suggestions = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.active() && matches(rule, request) && seen.add(rule.route())) {
                CatalogueEntry entry = catalogue.get(rule.route());
                int effort = entry == null ? 0 : entry.typicalEffortHours();
                suggestions.add(new Suggestion(rule.route(), rule.suggestedTitle(), rule.reason(), effort));
            }
        }
        return suggestions;
    }

    static boolean matches(Rule rule, RequestFacts request) {
        return (rule.whenLacks() == null || request.lacks().contains(rule.whenLacks()))
                && (rule.whenMode() == null || request.mode() == rule.whenMode())
                && (rule.whenMissing() == null || !request.has().contains(rule.whenMissing()));
    }

    /** High when support is needed within six weeks, medium within three months, otherwise low. */
    static Urgency urgency(LocalDate timelineStart, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, timelineStart);
        if (days <= 42) {
            return Urgency.HIGH;
        }
        return days <= 92 ? Urgency.MEDIUM : Urgency.LOW;
    }
}
