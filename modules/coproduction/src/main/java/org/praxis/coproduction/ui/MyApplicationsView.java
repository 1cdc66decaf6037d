package org.praxis.coproduction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
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
import org.praxis.coproduction.internal.ApplicationService;
import org.praxis.coproduction.internal.ApplicationStatus;
import org.praxis.coproduction.internal.CoproductionViews.MyApplication;
import org.praxis.coproduction.internal.TalentPoolService;
import org.praxis.platform.ui.UiFeedback;

/** The applicant's own applications: where each is, the reason for a decision, and the talent pool. */
@Route("coproduction/my-applications")
@PageTitle("coproduction.my-applications.title")
@Menu(title = "coproduction.menu.my-applications", order = 81, icon = "vaadin:file-text-o")
@PermitAll
public class MyApplicationsView extends Main {

    private final ApplicationService applications;
    private final TalentPoolService pool;

    public MyApplicationsView(ApplicationService applications, TalentPoolService pool) {
        this.applications = applications;
        this.pool = pool;
        addClassName("praxis-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("coproduction.my-applications.title")));
        pool.myEntry().ifPresent(entry -> add(new Paragraph(getTranslation("coproduction.my-applications.in-pool",
                CoproductionLabels.date(entry.expiresOn()))), new Div(
                new Button(getTranslation("coproduction.my-applications.renew"), e -> {
                    if (UiFeedback.attempt(pool::renew, problems -> UiFeedback.problem(problems.getFirst()))) {
                        UiFeedback.success("coproduction.my-applications.renewed");
                        refresh();
                    }
                }),
                new Button(getTranslation("coproduction.my-applications.leave"), e -> {
                    pool.leave();
                    refresh();
                }))));
        var mine = applications.myApplications();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("coproduction.my-applications.empty")),
                    new RouterLink(getTranslation("coproduction.my-applications.see-waves"), WavesView.class));
        }
        mine.forEach(application -> add(application(application)));
    }

    private Section application(MyApplication application) {
        Section section = new Section(new H2(application.waveTitle()),
                new Paragraph(getTranslation("coproduction.application-status." + application.status().name())));
        section.addClassName("praxis-card");
        if (application.decisionReason() != null) {
            section.add(new Paragraph(getTranslation("coproduction.my-applications.reason",
                    application.decisionReason())));
        }
        if (application.status() == ApplicationStatus.DRAFT) {
            section.add(new RouterLink(getTranslation("coproduction.my-applications.continue"), ApplyView.class,
                    new RouteParameters("id", application.waveId().toString())));
        }
        if (application.status() == ApplicationStatus.NOT_APPOINTED && pool.myEntry().isEmpty()) {
            section.add(new Paragraph(getTranslation("coproduction.my-applications.pool-offer")),
                    new Button(getTranslation("coproduction.my-applications.join-pool"), e -> {
                        if (UiFeedback.attempt(() -> pool.join(application.id()),
                                problems -> UiFeedback.problem(problems.getFirst()))) {
                            UiFeedback.success("coproduction.my-applications.joined");
                            refresh();
                        }
                    }));
        }
        return section;
    }
}
