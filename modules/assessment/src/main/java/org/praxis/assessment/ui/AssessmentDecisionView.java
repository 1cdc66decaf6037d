package org.praxis.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.assessment.internal.AssessmentService;
import org.praxis.assessment.internal.AssessmentViews.Decision;
import org.praxis.assessment.internal.RouteDraft;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;
import org.praxis.requests.events.SupportRequestId;

/**
 * How the programme team decided to support a request, and why, as the institution's leads read it once the
 * assessment is complete. The team's working notes are not shown here.
 */
@Route("assessments/:requestId([0-9a-fA-F-]{36})/decision")
@PageTitle("assessment.decision.title")
@RolesAllowed({Roles.INSTITUTION_LEAD, Roles.PROGRAMME_TEAM})
public class AssessmentDecisionView extends Main implements BeforeEnterObserver {

    private final AssessmentService assessments;

    public AssessmentDecisionView(AssessmentService assessments) {
        this.assessments = assessments;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            show(assessments.decision(SupportRequestId.of(event.getRouteParameters().get("requestId").orElseThrow())));
        } catch (IllegalArgumentException | ProblemException notFound) {
            add(new H1(getTranslation("assessment.error.not-found-title")),
                    new Paragraph(getTranslation("assessment.error.not-found")));
        }
    }

    private void show(Decision decision) {
        UnorderedList routes = new UnorderedList();
        for (RouteDraft route : decision.routes()) {
            ListItem item = new ListItem(getTranslation("assessment.view.route-line", route.title(),
                    getTranslation("assessment.route." + route.route().name()), route.effortHours()));
            if (route.details() != null && !route.details().isBlank()) {
                item.add(new Paragraph(route.details()));
            }
            routes.add(item);
        }
        add(new H1(getTranslation("assessment.decision.heading", decision.requestTitle())),
                new H2(getTranslation("assessment.decision.routes")), routes,
                new H2(getTranslation("assessment.decision.why")), new Paragraph(decision.rationale()),
                new Paragraph(new Anchor("requests/" + decision.requestId(), getTranslation("assessment.decision.back"))));
    }
}
