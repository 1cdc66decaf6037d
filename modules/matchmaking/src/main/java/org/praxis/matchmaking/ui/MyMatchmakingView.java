package org.praxis.matchmaking.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.praxis.matchmaking.internal.MatchmakingLinks;
import org.praxis.matchmaking.internal.MatchmakingViews.Partnership;
import org.praxis.matchmaking.internal.MatchmakingViews.Registration;
import org.praxis.matchmaking.internal.PartnershipService;
import org.praxis.matchmaking.internal.RegistrationService;

import java.util.List;

/** The signed-in person's match events (with where each application stands) and their partnerships. */
@Route(MatchmakingLinks.MINE)
@PageTitle("matchmaking.mine.title")
@Menu(title = "matchmaking.menu.mine", order = 71, icon = "vaadin:calendar-user")
@PermitAll
public class MyMatchmakingView extends Main {

    public MyMatchmakingView(RegistrationService registrations, PartnershipService partnerships) {
        addClassName("praxis-view");
        add(new H1(getTranslation("matchmaking.mine.title")), new H2(getTranslation("matchmaking.mine.events")));
        List<Registration> mine = registrations.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("matchmaking.mine.no-events")),
                    new RouterLink(getTranslation("matchmaking.mine.find-events"), MatchEventsView.class));
        }
        UnorderedList events = new UnorderedList();
        for (Registration registration : mine) {
            events.add(new ListItem(new RouterLink(registration.eventTitle(), EventView.class,
                    new RouteParameters("id", registration.eventId().toString())),
                    new com.vaadin.flow.component.html.Span(" " + getTranslation("matchmaking.mine.status",
                            getTranslation("matchmaking.status." + registration.status().name())))));
        }
        add(events, new H2(getTranslation("matchmaking.mine.partnerships")));
        List<Partnership> partnershipsOfMine = partnerships.mine();
        if (partnershipsOfMine.isEmpty()) {
            add(new Paragraph(getTranslation("matchmaking.mine.no-partnerships")));
        }
        UnorderedList list = new UnorderedList();
        for (Partnership partnership : partnershipsOfMine) {
            list.add(new ListItem(new RouterLink(partnership.name(), PartnershipView.class,
                    new RouteParameters("id", partnership.id().toString()))));
        }
        add(list);
    }
}
