package org.crp.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import java.util.List;

/**
 * Registers the plugin's views with Vaadin. An application scans only its own packages for routes
 * ({@code vaadin.allowed-packages}), and this plugin lives in {@code org.crp.learning}; so its views are added
 * here, at start, from their own {@code @Route}, {@code @Menu} and access annotations. The shell's menu and
 * Vaadin's access control treat them like any other view. A view the application already found is left alone.
 */
@org.springframework.stereotype.Component
class LearningRoutes implements VaadinServiceInitListener {

    static final List<Class<? extends Component>> VIEWS = List.of(
            ProgrammeView.class, RunEditorView.class, ApplicationEditorView.class, MyApplicationsView.class,
            ApplicationView.class, ApplicationQueueView.class, ParticipantsView.class, SessionsView.class,
            SessionView.class, SessionEditorView.class, LearningLogView.class, FundingView.class,
            FundingQueueView.class, CertificatesView.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        routes.getHandledRegistry().update(() -> {
            for (Class<? extends Component> view : VIEWS) {
                if (!routes.isRouteRegistered(view)) {
                    routes.setAnnotatedRoute(view);
                }
            }
        });
    }
}
