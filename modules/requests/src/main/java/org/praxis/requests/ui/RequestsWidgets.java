package org.praxis.requests.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.praxis.platform.Role;
import org.praxis.platform.ui.DashboardWidget;
import org.praxis.requests.internal.RequestStatus;
import org.praxis.requests.internal.RequestViews.QueueFilter;
import org.praxis.requests.internal.RequestViews.RequestSummary;
import org.praxis.requests.internal.SupportRequestService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The requests module's cards on the home dashboard. */
@Configuration(proxyBeanMethods = false)
class RequestsWidgets {

    /** For institution leads: their requests in progress. */
    @Bean
    DashboardWidget myRequestsWidget(SupportRequestService requests) {
        return DashboardWidget.of(10, user -> user.hasRole(Role.INSTITUTION_LEAD), user -> {
            List<RequestSummary> mine = requests.myOrganisationRequests();
            long drafts = mine.stream().filter(r -> r.status() == RequestStatus.DRAFT).count();
            long submitted = mine.stream().filter(r -> r.status() == RequestStatus.SUBMITTED).count();
            return DashboardWidget.card("requests.widget.mine-title",
                    new Paragraph(text("requests.widget.mine-counts", drafts, submitted)),
                    new RouterLink(text("requests.widget.mine-link"), MyRequestsView.class));
        });
    }

    /** For the programme team: how many requests wait in the queue. */
    @Bean
    DashboardWidget queueWidget(SupportRequestService requests) {
        return DashboardWidget.of(10, user -> user.hasRole(Role.PROGRAMME_TEAM), user -> {
            int waiting = requests.countQueue(new QueueFilter(RequestStatus.SUBMITTED, null, null));
            return DashboardWidget.card("requests.widget.queue-title",
                    new Paragraph(text("requests.widget.queue-count", waiting)),
                    new RouterLink(text("requests.widget.queue-link"), RequestQueueView.class));
        });
    }

    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
