package org.praxis.reciprocation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.praxis.platform.ui.DashboardWidget;
import org.praxis.reciprocation.internal.AgreementService;
import org.praxis.reciprocation.internal.AgreementViews.AgreementSummary;
import org.praxis.reciprocation.internal.AgreementViews.DueItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.util.List;

/** The reciprocation module's cards on the home dashboard, for the programme team and institution leads. */
@Configuration(proxyBeanMethods = false)
class ReciprocationWidgets {

    static final int SHOWN = 5;

    /** Agreements whose current version waits for the person's side to accept it. */
    @Bean
    DashboardWidget agreementsToAcceptWidget(AgreementService agreements) {
        return DashboardWidget.of(30, ReciprocationWidgets::teamOrLead, user -> {
            List<AgreementSummary> waiting = agreements.waitingForMe();
            Div card = DashboardWidget.card("reciprocation.widget.accept-title",
                    new Paragraph(text("reciprocation.widget.accept-count", waiting.size())));
            if (!waiting.isEmpty()) {
                UnorderedList list = new UnorderedList();
                waiting.stream().limit(SHOWN).forEach(a -> list.add(new ListItem(ReciprocationLabels.linkTo(
                        text("reciprocation.widget.accept-line", a.title(), a.organisationName(), a.proposal()),
                        a.id()))));
                card.add(list);
            }
            card.add(new RouterLink(text("reciprocation.widget.all-agreements"), AgreementsView.class));
            return card;
        });
    }

    /** Open items due soon or overdue. */
    @Bean
    DashboardWidget itemsDueSoonWidget(AgreementService agreements) {
        return DashboardWidget.of(31, ReciprocationWidgets::teamOrLead, user -> {
            List<DueItem> due = agreements.dueSoon();
            LocalDate today = LocalDate.now();
            Div card = DashboardWidget.card("reciprocation.widget.due-title",
                    new Paragraph(text("reciprocation.widget.due-count", due.size())));
            if (!due.isEmpty()) {
                UnorderedList list = new UnorderedList();
                due.stream().limit(SHOWN).forEach(item -> {
                    String when = text(item.dueDate().isBefore(today)
                            ? "reciprocation.widget.overdue" : "reciprocation.widget.due-on",
                            ReciprocationLabels.date(item.dueDate()));
                    list.add(new ListItem(ReciprocationLabels.linkTo(item.title(), item.agreementId()),
                            new Span(" – " + item.organisationName() + ", " + when)));
                });
                card.add(list);
            }
            return card;
        });
    }

    private static boolean teamOrLead(PraxisUser user) {
        return user.hasRole(Role.PROGRAMME_TEAM) || user.hasRole(Role.INSTITUTION_LEAD);
    }

    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
