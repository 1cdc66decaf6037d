package org.praxis.coproduction.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.coproduction.events.WaveId;
import org.praxis.coproduction.internal.CoproductionLinks;
import org.praxis.coproduction.internal.CoproductionViews.ApplicationLine;
import org.praxis.coproduction.internal.ShortlistService;
import org.praxis.coproduction.internal.WaveService;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;

/** The team's list of a wave's sent applications: reviews done, moderation needed, decisions. */
@Route("coproduction/waves/:id(" + CoproductionLinks.UUID + ")/applications")
@PageTitle("coproduction.wave-applications.title")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class WaveApplicationsView extends Main implements BeforeEnterObserver {

    private final WaveService waves;
    private final ShortlistService shortlist;

    public WaveApplicationsView(WaveService waves, ShortlistService shortlist) {
        this.waves = waves;
        this.shortlist = shortlist;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            var wave = waves.wave(WaveId.of(event.getRouteParameters().get("id").orElseThrow()));
            add(new H1(getTranslation("coproduction.wave-applications.heading", wave.title())));
            var lines = shortlist.applications(wave.id());
            if (lines.isEmpty()) {
                add(new Paragraph(getTranslation("coproduction.wave-applications.empty")));
            }
            UnorderedList list = new UnorderedList();
            int number = 1;
            for (ApplicationLine line : lines) {
                String who = line.applicantName() == null
                        ? getTranslation("coproduction.wave-applications.hidden", number) : line.applicantName();
                String state = getTranslation("coproduction.wave-applications.state",
                        getTranslation("coproduction.application-status." + line.status().name()), line.scored(),
                        line.reviewers()) + (line.needsModeration()
                        ? " " + getTranslation("coproduction.wave-applications.moderate") : "");
                list.add(new ListItem(new RouterLink(who, ApplicationTeamView.class,
                        new RouteParameters("id", line.id().toString())), new Paragraph(state)));
                number++;
            }
            add(list);
        } catch (ProblemException notFound) {
            add(CoproductionLabels.notFound(this, "coproduction.wave-applications.title"));
        }
    }
}
