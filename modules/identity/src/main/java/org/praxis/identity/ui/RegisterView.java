package org.praxis.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.praxis.identity.events.OrganisationKind;
import org.praxis.identity.internal.IdentityService;
import org.praxis.identity.internal.IdentityViews.OrganisationRow;
import org.praxis.identity.internal.RegistrationForm;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.platform.ui.UiFeedback;
import org.praxis.platform.DeclaredRole;
import org.praxis.platform.RoleCatalogue;

import java.util.List;

/**
 * Joining Praxis: name, email, password, organisation (existing or new), the role asked for and any
 * access needs. Open roles start at once; others wait for an admin, and the page says so.
 */
@Route(value = "register", autoLayout = false)
@PageTitle("identity.register.title")
@AnonymousAllowed
public class RegisterView extends Main {

    private final IdentityService identity;
    private final RoleCatalogue roles;
    private final Binder<RegistrationForm> binder = new Binder<>(RegistrationForm.class);
    private final RegistrationForm form = new RegistrationForm();

    public RegisterView(IdentityService identity, RoleCatalogue roles) {
        this.identity = identity;
        this.roles = roles;
        addClassName("praxis-public-page");

        TextField fullName = new TextField(getTranslation("identity.register.full-name"));
        fullName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        EmailField email = new EmailField(getTranslation("identity.register.email"));
        PasswordField password = new PasswordField(getTranslation("identity.register.password"));
        password.setHelperText(getTranslation("identity.register.password-help"));

        List<OrganisationRow> organisations = identity.organisations();
        ComboBox<OrganisationRow> organisation = new ComboBox<>(getTranslation("identity.register.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationRow::name);
        organisation.setHelperText(getTranslation("identity.register.organisation-help"));
        organisation.setClearButtonVisible(true);

        TextField newOrganisation = new TextField(getTranslation("identity.register.new-organisation"));
        RadioButtonGroup<OrganisationKind> kind = new RadioButtonGroup<>(getTranslation("identity.register.organisation-kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("identity.organisation-kind." + k.name()));

        ComboBox<Role> role = new ComboBox<>(getTranslation("identity.register.role"));
        role.setItems(roles.all().stream().map(DeclaredRole::role).filter(r -> !Role.ADMIN.equals(r)).toList());
        role.setItemLabelGenerator(r -> getTranslation(roles.labelKey(r)));
        role.setHelperText(getTranslation("identity.register.role-help"));

        TextArea accessNeeds = new TextArea(getTranslation("identity.register.access-needs"));
        accessNeeds.setHelperText(getTranslation("identity.register.access-needs-help"));
        accessNeeds.setMaxLength(2000);

        binder.forField(fullName).asRequired(getTranslation("identity.validation.name-required"))
                .withValidator(new StringLengthValidator(getTranslation("identity.validation.name-too-long"), 1, 200))
                .bind(RegistrationForm::getFullName, RegistrationForm::setFullName);
        binder.forField(email).asRequired(getTranslation("identity.validation.email-required"))
                .withValidator(new EmailValidator(getTranslation("identity.validation.email-invalid")))
                .bind(RegistrationForm::getEmail, RegistrationForm::setEmail);
        binder.forField(password).asRequired(getTranslation("identity.validation.password-required"))
                .withValidator(new StringLengthValidator(getTranslation("identity.validation.password-length"), 12, 128))
                .bind(RegistrationForm::getPassword, RegistrationForm::setPassword);
        binder.forField(organisation)
                .bind(f -> organisations.stream().filter(o -> o.id().value().equals(f.getExistingOrganisationId()))
                                .findFirst().orElse(null),
                        (f, o) -> f.setExistingOrganisationId(o == null ? null : o.id().value()));
        binder.forField(newOrganisation)
                .withValidator(new StringLengthValidator(getTranslation("identity.validation.organisation-too-long"), 0, 200))
                .bind(RegistrationForm::getNewOrganisationName, RegistrationForm::setNewOrganisationName);
        binder.forField(kind).bind(RegistrationForm::getNewOrganisationKind, RegistrationForm::setNewOrganisationKind);
        binder.forField(role).asRequired(getTranslation("identity.validation.role-required"))
                .bind(RegistrationForm::getRequestedRole, RegistrationForm::setRequestedRole);
        binder.forField(accessNeeds)
                .bind(RegistrationForm::getAccessNeeds, RegistrationForm::setAccessNeeds);
        binder.readBean(form);

        Button submit = new Button(getTranslation("identity.register.submit"), event -> register());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout layout = new FormLayout(fullName, email, password, organisation, newOrganisation, kind, role,
                accessNeeds);
        layout.setColspan(accessNeeds, 2);
        add(new H1(getTranslation("identity.register.title")),
                new Paragraph(getTranslation("identity.register.intro")),
                layout, submit,
                new Paragraph(new Anchor("login", getTranslation("identity.register.login-link"))));
    }

    private void register() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            identity.register(form);
            removeAll();
            boolean waits = requestedRoleNeedsApproval();
            add(new H1(getTranslation("identity.register.done-title")),
                    new Paragraph(getTranslation(waits ? "identity.register.done-pending" : "identity.register.done")),
                    new Anchor("login", getTranslation("identity.register.login-link")));
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(UiFeedback::problem);
        } catch (ProblemException problem) {
            UiFeedback.problem(problem);
        }
    }

    private boolean requestedRoleNeedsApproval() {
        @Nullable Role role = form.getRequestedRole();
        return role != null && roles.needsApproval(role);
    }
}
