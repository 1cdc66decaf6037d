package org.praxis.coproduction.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.praxis.coproduction.internal.PayReports;
import org.praxis.platform.Role;
import org.praxis.platform.ui.DashboardWidget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Co-production's card on the home dashboard: how quickly co-producers are paid, for those who may see it. */
@Configuration(proxyBeanMethods = false)
class CoproductionWidgets {

    @Bean
    DashboardWidget coproductionPayWidget(PayReports reports) {
        return DashboardWidget.of(80, user -> user.hasRole(Role.PROGRAMME_TEAM) || user.hasRole(Role.CO_PRODUCER),
                user -> {
                    var dashboard = reports.dashboard();
                    return DashboardWidget.card("coproduction.widget.title",
                            new Paragraph(dashboard.medianDaysToPay() == null
                                    ? text("coproduction.pay-dashboard.none-paid")
                                    : text("coproduction.pay-dashboard.median", dashboard.medianDaysToPay())),
                            new Paragraph(text("coproduction.pay-dashboard.waiting", dashboard.claimsWaiting())),
                            new RouterLink(text("coproduction.widget.open"), PayDashboardView.class));
                });
    }

    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
