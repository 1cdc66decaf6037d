package org.praxis.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.praxis.identity.internal.IdentityService;
import org.praxis.platform.Role;
import org.praxis.platform.ui.DashboardWidget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Identity's card on the home dashboard: the admin's people work. */
@Configuration(proxyBeanMethods = false)
class IdentityWidgets {

    /** For admins: role requests waiting for a decision, and the way to people and roles. */
    @Bean
    DashboardWidget roleRequestsWidget(IdentityService identity) {
        return DashboardWidget.of(90, user -> user.hasRole(Role.ADMIN), user -> {
            int waiting = identity.pendingRoleRequests().size();
            return DashboardWidget.card("identity.widget.title",
                    new Paragraph(waiting == 0 ? text("identity.widget.none-waiting")
                            : text("identity.widget.waiting", waiting)),
                    new RouterLink(text("identity.widget.link"), PeopleAdminView.class));
        });
    }

    private static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
