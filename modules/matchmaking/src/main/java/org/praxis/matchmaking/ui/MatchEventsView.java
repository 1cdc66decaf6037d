package org.praxis.matchmaking.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.praxis.matchmaking.internal.MatchEventService;
import org.praxis.matchmaking.internal.MatchmakingLinks;
import org.praxis.matchmaking.internal.MatchmakingTime;
import org.praxis.matchmaking.internal.MatchmakingViews.MatchEvent;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Role;

/** Match events to come: anyone signed in finds one and applies; the programme team schedules and runs them. */
@Route(MatchmakingLinks.EVENTS)
@PageTitle("matchmaking.events.title")
@Menu(title = "matchmaking.menu.events", order = 70, icon = "vaadin:handshake")
@PermitAll
public class MatchEventsView extends Main {

    public MatchEventsView(MatchEventService events, MatchmakingTime time, CurrentUser currentUser) {
        addClassName("praxis-view");
        add(new H1(getTranslation("matchmaking.events.title")),
                new Paragraph(getTranslation("matchmaking.events.intro")));
        boolean organiser = currentUser.hasRole(Role.PROGRAMME_TEAM);
        if (organiser) {
            add(new RouterLink(getTranslation("matchmaking.events.schedule"), EventEditorView.class));
        }
        var upcoming = events.upcoming();
        if (upcoming.isEmpty()) {
            add(new Paragraph(getTranslation("matchmaking.events.none")));
        }
        for (MatchEvent event : upcoming) {
            RouteParameters id = new RouteParameters("id", event.id().toString());
            Section card = new Section(new H2(event.title()),
                    new Paragraph(MatchmakingLabels.when(this, event, time.zone())),
                    new Paragraph(MatchmakingLabels.places(this, event)),
                    new RouterLink(getTranslation("matchmaking.events.open", event.title()), EventView.class, id));
            if (organiser) {
                card.add(new Paragraph(new RouterLink(getTranslation("matchmaking.events.organise", event.title()),
                        OrganiseEventView.class, id)));
            }
            card.addClassName("praxis-card");
            add(card);
        }
    }
}
