package org.praxis.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.praxis.assessment.internal.AssessmentService;
import org.praxis.assessment.internal.AssessmentStatus;
import org.praxis.platform.Role;
import org.praxis.platform.ui.DashboardWidget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assessment module's card on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class AssessmentWidgets {

    /** For the programme team: how many requests wait for an assessor, and how many are being assessed. */
    @Bean
    DashboardWidget assessmentQueueWidget(AssessmentService assessments) {
        return DashboardWidget.of(11, user -> user.hasRole(Role.PROGRAMME_TEAM),
                user -> DashboardWidget.card("assessment.widget.title",
                        new Paragraph(text("assessment.widget.counts", assessments.count(AssessmentStatus.AWAITING),
                                assessments.count(AssessmentStatus.IN_ASSESSMENT))),
                        new RouterLink(text("assessment.widget.link"), AssessmentQueueView.class)));
    }

    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
