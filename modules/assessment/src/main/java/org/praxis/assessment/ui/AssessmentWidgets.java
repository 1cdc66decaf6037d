package org.praxis.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.praxis.assessment.internal.AssessmentService;
import org.praxis.assessment.internal.AssessmentStatus;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.praxis.platform.ui.DashboardWidget;

/** For the programme team: how many requests wait for an assessor, and how many are being assessed. */
@org.springframework.stereotype.Component
class AssessmentWidgets implements DashboardWidget {

    private final AssessmentService assessments;

    AssessmentWidgets(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public boolean isVisibleTo(PraxisUser user) {
        return user.hasRole(Role.PROGRAMME_TEAM);
    }

    @Override
    public Component create(PraxisUser user) {
        Div card = new Div();
        card.addClassName("praxis-card");
        card.add(new H2(card.getTranslation("assessment.widget.title")),
                new Paragraph(card.getTranslation("assessment.widget.counts",
                        assessments.count(AssessmentStatus.AWAITING), assessments.count(AssessmentStatus.IN_ASSESSMENT))),
                new RouterLink(card.getTranslation("assessment.widget.link"), AssessmentQueueView.class));
        return card;
    }
}
