package org.praxis.mentoring.ui;

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
import org.praxis.mentoring.internal.MatchingService;
import org.praxis.mentoring.internal.MentoringLinks;
import org.praxis.mentoring.internal.MentoringViews.Intake;
import org.praxis.mentoring.internal.MentoringViews.Programme;
import org.praxis.mentoring.internal.MentoringViews.Relationship;
import org.praxis.mentoring.internal.ProgrammeService;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** My mentoring: my relationships, my intakes, and programmes I can join. */
@Route(MentoringLinks.HOME)
@PageTitle("mentoring.home.title")
@Menu(title = "mentoring.menu.home", order = 60, icon = "vaadin:handshake")
@PermitAll
public class MentoringView extends Main {

    public MentoringView(ProgrammeService programmes, MatchingService matching) {
        addClassName("praxis-view");
        add(new H1(getTranslation("mentoring.home.title")), new Paragraph(getTranslation("mentoring.home.intro")));

        Section relationships = new Section(new H2(getTranslation("mentoring.home.relationships")));
        List<Relationship> mine = matching.myRelationships();
        if (mine.isEmpty()) {
            relationships.add(new Paragraph(getTranslation("mentoring.home.no-relationships")));
        }
        for (Relationship relationship : mine) {
            String other = getTranslation("mentoring.home.pair", relationship.mentorName(), relationship.menteeName(),
                    relationship.programmeName());
            relationships.add(new Paragraph(new RouterLink(other, RelationshipView.class,
                    new RouteParameters("id", relationship.id().toString())),
                    MentoringLabels.badge(getTranslation("mentoring.relationship-status." + relationship.status().name()))));
        }
        add(relationships);

        List<Intake> intakes = programmes.myIntakes();
        Set<String> applied = intakes.stream().map(i -> i.programmeId().toString()).collect(Collectors.toSet());
        Section programmeList = new Section(new H2(getTranslation("mentoring.home.programmes")));
        for (Programme programme : programmes.programmes()) {
            Paragraph line = new Paragraph(getTranslation("mentoring.home.programme-line", programme.name(),
                    MentoringLabels.date(programme.startsOn()), programme.lengthMonths()));
            if (applied.contains(programme.id().toString())) {
                line.add(MentoringLabels.badge(getTranslation("mentoring.home.applied")));
            } else if (programme.intakeOpen()) {
                RouterLink apply = new RouterLink(getTranslation("mentoring.home.apply"), IntakeView.class,
                        new RouteParameters("programmeId", programme.id().toString()));
                apply.getElement().setAttribute("aria-label", getTranslation("mentoring.home.apply-to", programme.name()));
                line.add(new com.vaadin.flow.component.html.Span(" "), apply);
            }
            programmeList.add(line);
        }
        add(programmeList);
    }
}
