package org.praxis.requests.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.praxis.platform.PraxisUser;
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
        return new DashboardWidget() {
            @Override
            public int order() {
                return 10;
            }

            @Override
            public boolean isVisibleTo(PraxisUser user) {
                return user.hasRole(Role.INSTITUTION_LEAD);
            }

            @Override
            public Component create(PraxisUser user) {
                List<RequestSummary> mine = requests.myOrganisationRequests();
                long drafts = mine.stream().filter(r -> r.status() == RequestStatus.DRAFT).count();
                long submitted = mine.stream().filter(r -> r.status() == RequestStatus.SUBMITTED).count();
                Div card = card();
                card.add(new H2(card.getTranslation("requests.widget.mine-title")),
                        new Paragraph(card.getTranslation("requests.widget.mine-counts", drafts, submitted)),
                        new RouterLink(card.getTranslation("requests.widget.mine-link"), MyRequestsView.class));
                return card;
            }
        };
    }

    /** For the programme team: how many requests wait in the queue. */
    @Bean
    DashboardWidget queueWidget(SupportRequestService requests) {
        return new DashboardWidget() {
            @Override
            public int order() {
                return 10;
            }

            @Override
            public boolean isVisibleTo(PraxisUser user) {
                return user.hasRole(Role.PROGRAMME_TEAM);
            }

            @Override
            public Component create(PraxisUser user) {
                int waiting = requests.countQueue(new QueueFilter(RequestStatus.SUBMITTED, null, null));
                Div card = card();
                card.add(new H2(card.getTranslation("requests.widget.queue-title")),
                        new Paragraph(card.getTranslation("requests.widget.queue-count", waiting)),
                        new RouterLink(card.getTranslation("requests.widget.queue-link"), RequestQueueView.class));
                return card;
            }
        };
    }

    private static Div card() {
        Div card = new Div();
        card.addClassName("praxis-card");
        return card;
    }
}
