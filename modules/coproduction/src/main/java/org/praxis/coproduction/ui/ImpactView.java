package org.praxis.coproduction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.coproduction.internal.BenefitKind;
import org.praxis.coproduction.internal.CoproductionViews.Coproducer;
import org.praxis.coproduction.internal.CoproductionViews.Element;
import org.praxis.coproduction.internal.ImpactForms.BenefitForm;
import org.praxis.coproduction.internal.ImpactForms.ChangeForm;
import org.praxis.coproduction.internal.ImpactService;
import org.praxis.coproduction.internal.ImpactViews.Benefit;
import org.praxis.coproduction.internal.PayService;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Role;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The impact log: what co-producing has brought co-producers (each sees their own, the team everyone's) and
 * "you said, we did", the changes made because of what co-producers said. The team records both and downloads
 * them for reports.
 */
@Route("coproduction/impact")
@PageTitle("coproduction.impact.title")
@Menu(title = "coproduction.menu.impact", order = 88.5, icon = "vaadin:trending-up")
@RolesAllowed({Roles.PROGRAMME_TEAM, Roles.CO_PRODUCER})
public class ImpactView extends Main {

    private final ImpactService impact;
    private final PayService pay;
    private final boolean team;

    public ImpactView(ImpactService impact, PayService pay, CurrentUser currentUser) {
        this.impact = impact;
        this.pay = pay;
        this.team = currentUser.hasRole(Role.PROGRAMME_TEAM);
        addClassName("praxis-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("coproduction.impact.title")), new Paragraph(getTranslation("coproduction.impact.intro")));
        add(benefits(), changes());
        if (team) {
            add(new Section(new H2(getTranslation("coproduction.impact.reports")), new Div(CoproductionLabels.download(
                    getTranslation("coproduction.impact.export-benefits"), "benefits.csv", "text/csv",
                    () -> impact.benefitsCsv().getBytes(StandardCharsets.UTF_8))), new Div(CoproductionLabels.download(
                    getTranslation("coproduction.impact.export-changes"), "you-said-we-did.csv", "text/csv",
                    () -> impact.changesCsv().getBytes(StandardCharsets.UTF_8)))));
        }
    }

    private Section benefits() {
        Section section = new Section(new H2(getTranslation(team ? "coproduction.impact.benefits"
                : "coproduction.impact.my-benefits")));
        ProblemList problems = new ProblemList("coproduction.form.problems");
        Select<Coproducer> who = new Select<>();
        who.setLabel(getTranslation("coproduction.impact.who"));
        Select<BenefitKind> kind = new Select<>();
        kind.setLabel(getTranslation("coproduction.impact.kind"));
        kind.setItems(BenefitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("coproduction.benefit." + k.name()));
        TextArea description = new TextArea(getTranslation("coproduction.impact.description"));
        description.setWidthFull();
        DatePicker on = new DatePicker(getTranslation("coproduction.impact.when"));
        problems.field("coproduction.validation.benefit-coproducer-required", who)
                .field("coproduction.validation.benefit-kind-required", kind)
                .field("coproduction.validation.benefit-description-required", description)
                .field("coproduction.validation.benefit-description-too-long", description)
                .field("coproduction.validation.benefit-date-required", on)
                .field("coproduction.validation.benefit-date-future", on);
        section.add(problems);
        if (team) {
            who.setItems(pay.coproducers());
            who.setItemLabelGenerator(Coproducer::name);
            section.add(who);
        }
        Button save = new Button(getTranslation("coproduction.impact.add-benefit"), e -> {
            var form = new BenefitForm(who.getValue() == null ? null : who.getValue().person(), kind.getValue(),
                    description.getValue(), on.getValue());
            if (UiFeedback.attempt(() -> impact.recordBenefit(form), problems::show)) {
                UiFeedback.success("coproduction.impact.saved");
                refresh();
            }
        });
        section.add(kind, description, on, new Div(save));
        List<Benefit> benefits = team ? impact.benefits() : impact.myBenefits();
        if (benefits.isEmpty()) {
            section.add(new Paragraph(getTranslation("coproduction.impact.no-benefits")));
        }
        UnorderedList list = new UnorderedList();
        benefits.forEach(b -> list.add(new ListItem(getTranslation(team ? "coproduction.impact.benefit-of"
                        : "coproduction.impact.benefit", CoproductionLabels.date(b.happenedOn()),
                getTranslation("coproduction.benefit." + b.kind().name()), b.description(), b.coproducerName()))));
        section.add(list);
        return section;
    }

    private Section changes() {
        Section section = new Section(new H2(getTranslation("coproduction.impact.changes")));
        if (team) {
            ProblemList problems = new ProblemList("coproduction.form.problems");
            Select<Element> element = new Select<>();
            element.setLabel(getTranslation("coproduction.impact.element"));
            element.setItems(pay.elements());
            element.setItemLabelGenerator(el -> el.project() + ": " + el.title());
            TextArea youSaid = new TextArea(getTranslation("coproduction.impact.you-said"));
            youSaid.setWidthFull();
            TextArea weDid = new TextArea(getTranslation("coproduction.impact.we-did"));
            weDid.setWidthFull();
            DatePicker on = new DatePicker(getTranslation("coproduction.impact.changed-on"));
            problems.field("coproduction.validation.change-element-required", element)
                    .field("coproduction.validation.you-said-required", youSaid)
                    .field("coproduction.validation.you-said-too-long", youSaid)
                    .field("coproduction.validation.we-did-required", weDid)
                    .field("coproduction.validation.we-did-too-long", weDid)
                    .field("coproduction.validation.change-date-required", on)
                    .field("coproduction.validation.change-date-future", on);
            Button save = new Button(getTranslation("coproduction.impact.add-change"), e -> {
                var form = new ChangeForm(element.getValue() == null ? null : element.getValue().id(),
                        youSaid.getValue(), weDid.getValue(), on.getValue());
                if (UiFeedback.attempt(() -> impact.recordChange(form), problems::show)) {
                    UiFeedback.success("coproduction.impact.saved");
                    refresh();
                }
            });
            section.add(problems, element, youSaid, weDid, on, new Div(save));
        }
        var changes = impact.changes();
        if (changes.isEmpty()) {
            section.add(new Paragraph(getTranslation("coproduction.impact.no-changes")));
        }
        UnorderedList list = new UnorderedList();
        changes.forEach(c -> list.add(new ListItem(getTranslation("coproduction.impact.change", c.project(),
                c.elementTitle(), CoproductionLabels.date(c.changedOn()), c.youSaid(), c.weDid()))));
        section.add(list);
        return section;
    }
}
