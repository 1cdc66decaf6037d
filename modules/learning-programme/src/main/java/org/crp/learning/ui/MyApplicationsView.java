package org.crp.learning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.crp.learning.internal.LearningLinks;
import org.crp.learning.internal.LearningTime;
import org.crp.learning.internal.LearningViews.ApplicationSummary;
import org.crp.learning.internal.ProgrammeService;

import java.util.List;

/** The signed-in person's applications to the programme, with where each stands. Only their own. */
@Route(LearningLinks.MY_APPLICATIONS)
@PageTitle("learning.mine.title")
@Menu(title = "learning.menu.mine", order = 610, icon = "vaadin:clipboard-user")
@PermitAll
public class MyApplicationsView extends Main {

    public MyApplicationsView(ProgrammeService programme, LearningTime time) {
        addClassName("praxis-view");
        add(new H1(getTranslation("learning.mine.title")), new Paragraph(getTranslation("learning.mine.intro")));
        List<ApplicationSummary> mine = programme.myApplications();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("learning.mine.empty")),
                    new RouterLink(getTranslation("learning.mine.see-programme"), ProgrammeView.class));
            return;
        }
        Grid<ApplicationSummary> grid = new Grid<>();
        grid.addComponentColumn(a -> new RouterLink(a.runName(), ApplicationView.class,
                new RouteParameters("id", a.id().toString()))).setHeader(getTranslation("learning.field.run")).setFlexGrow(3);
        grid.addComponentColumn(a -> LearningLabels.statusBadge(this, a.status()))
                .setHeader(getTranslation("learning.field.status"));
        grid.addColumn(a -> LearningLabels.kind(this, a.kind())).setHeader(getTranslation("learning.field.kind-short"));
        grid.addColumn(a -> a.bursaryAmount() == null ? ""
                        : getTranslation("learning.bursary-status." + a.bursaryStatus().name(),
                        LearningLabels.money(a.bursaryAmount())))
                .setHeader(getTranslation("learning.field.bursary")).setFlexGrow(2);
        grid.addColumn(a -> LearningLabels.date(a.updatedAt(), time.zone()))
                .setHeader(getTranslation("learning.field.updated"));
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("learning.mine.title"));
        add(grid);
    }
}
