package org.praxis.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.identity.events.OrganisationKind;
import org.praxis.identity.internal.IdentityService;
import org.praxis.identity.internal.IdentityViews.OrganisationRow;
import org.praxis.identity.internal.IdentityViews.PersonRow;
import org.praxis.identity.internal.IdentityViews.RoleRequestRow;
import org.praxis.platform.ProblemException;
import org.praxis.platform.RoleCatalogue;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.UiFeedback;

import java.util.stream.Collectors;

/** The admin's view of people, organisations and roles, with role requests waiting for a decision. */
@Route("admin/people")
@PageTitle("identity.admin.title")
@Menu(title = "identity.menu.people", order = 90, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class PeopleAdminView extends Main {

    private final IdentityService identity;
    private final RoleCatalogue roles;
    private final Grid<RoleRequestRow> requests = new Grid<>();
    private final Grid<PersonRow> people = new Grid<>();
    private final Grid<OrganisationRow> organisations = new Grid<>();

    public PeopleAdminView(IdentityService identity, RoleCatalogue roles) {
        this.roles = roles;
        this.identity = identity;
        addClassName("praxis-view");

        requests.addColumn(RoleRequestRow::fullName).setHeader(getTranslation("identity.admin.name"));
        requests.addColumn(RoleRequestRow::organisationName).setHeader(getTranslation("identity.admin.organisation"));
        requests.addColumn(r -> getTranslation(roles.labelKey(r.role())))
                .setHeader(getTranslation("identity.admin.role-asked"));
        requests.addComponentColumn(this::decisionButtons).setHeader(getTranslation("identity.admin.decision"));
        requests.setAllRowsVisible(true);
        requests.setAriaLabel(getTranslation("identity.admin.requests"));

        people.addColumn(PersonRow::fullName).setHeader(getTranslation("identity.admin.name")).setSortable(true);
        people.addColumn(PersonRow::email).setHeader(getTranslation("identity.admin.email"));
        people.addColumn(PersonRow::organisationName).setHeader(getTranslation("identity.admin.organisation"))
                .setSortable(true);
        people.addColumn(p -> p.roles().stream().map(r -> getTranslation(roles.labelKey(r)))
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("identity.admin.roles"));
        people.addColumn(p -> p.accessNeeds() == null ? "" : p.accessNeeds())
                .setHeader(getTranslation("identity.admin.access-needs"));
        people.setAriaLabel(getTranslation("identity.admin.people"));

        organisations.addColumn(OrganisationRow::name).setHeader(getTranslation("identity.admin.organisation"));
        organisations.addColumn(o -> getTranslation("identity.organisation-kind." + o.kind().name()))
                .setHeader(getTranslation("identity.register.organisation-kind"));
        organisations.addColumn(OrganisationRow::people).setHeader(getTranslation("identity.admin.people-count"));
        organisations.setAllRowsVisible(true);
        organisations.setAriaLabel(getTranslation("identity.admin.organisations"));

        TextField newName = new TextField(getTranslation("identity.register.new-organisation"));
        newName.setMaxLength(200);
        Select<OrganisationKind> newKind = new Select<>();
        newKind.setLabel(getTranslation("identity.register.organisation-kind"));
        newKind.setItems(OrganisationKind.values());
        newKind.setItemLabelGenerator(k -> getTranslation("identity.organisation-kind." + k.name()));
        newKind.setValue(OrganisationKind.UNIVERSITY);
        Button add = new Button(getTranslation("identity.admin.add-organisation"), e -> {
            try {
                identity.createOrganisation(newName.getValue(), newKind.getValue());
                newName.clear();
                UiFeedback.success("identity.admin.organisation-added");
                refresh();
            } catch (ProblemException problem) {
                UiFeedback.problem(problem);
            }
        });
        HorizontalLayout addOrganisation = new HorizontalLayout(newName, newKind, add);
        addOrganisation.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);

        add(new H1(getTranslation("identity.admin.title")),
                new H2(getTranslation("identity.admin.requests")),
                new Paragraph(getTranslation("identity.admin.requests-help")), requests,
                new H2(getTranslation("identity.admin.people")), people,
                new H2(getTranslation("identity.admin.organisations")), organisations, addOrganisation);
        refresh();
    }

    private HorizontalLayout decisionButtons(RoleRequestRow row) {
        Button approve = new Button(getTranslation("identity.admin.approve"), e -> decide(row, true));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        approve.setAriaLabel(getTranslation("identity.admin.approve-aria", row.fullName(),
                getTranslation(roles.labelKey(row.role()))));
        Button decline = new Button(getTranslation("identity.admin.decline"), e -> decide(row, false));
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
        decline.setAriaLabel(getTranslation("identity.admin.decline-aria", row.fullName(),
                getTranslation(roles.labelKey(row.role()))));
        return new HorizontalLayout(approve, decline);
    }

    private void decide(RoleRequestRow row, boolean approve) {
        try {
            if (approve) {
                identity.approveRole(row.personId(), row.role());
                UiFeedback.success("identity.admin.approved", row.fullName());
            } else {
                identity.declineRole(row.personId(), row.role());
                UiFeedback.success("identity.admin.declined", row.fullName());
            }
        } catch (ProblemException problem) {
            UiFeedback.problem(problem);
        }
        refresh();
    }

    private void refresh() {
        requests.setItems(identity.pendingRoleRequests());
        people.setItems(identity.people());
        organisations.setItems(identity.organisations());
    }
}
