package org.praxis.identity.ui;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.junit.jupiter.api.Test;
import org.praxis.identity.internal.IdentityService;
import org.praxis.identity.internal.IdentityViews.OrganisationRow;
import org.praxis.identity.internal.IdentityViews.RoleRequestRow;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.praxis.shell.ui.HomeView;
import praxis.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Joining Praxis on the register page (nobody signed in), and the admin's decision on roles that
 * need checking. Every test registers its own new email address.
 */
class IdentityViewsTests extends KaribuTest {

    @Autowired
    IdentityService identity;

    @Test
    void aResearcherJoinsAnExistingOrganisationAndCanStartAtOnce() {
        String email = newEmail();
        navigate(RegisterView.class);
        fillIn("Dr Ada Byrne", email, "a long enough password");
        ComboBoxKt.selectByLabel(field(ComboBox.class, "Your organisation"), "Liceria University");
        ComboBoxKt.selectByLabel(field(ComboBox.class, "What will you use Praxis for?"), "Researcher");
        _click(_get(Button.class, spec -> spec.withText("Create account")));

        _assertOne(H1.class, spec -> spec.withText("Your account is ready"));
        assertThat(notifications()).isEmpty();

        // The new person can sign in as a researcher of Liceria, Jo's organisation.
        PraxisUser ada = load(email);
        assertThat(authorities(ada)).containsExactly("ROLE_RESEARCHER");
        assertThat(ada.organisationId()).isEqualTo(load("jo@liceria.example").organisationId());
        assertThat(ada.displayName()).isEqualTo("Dr Ada Byrne");
    }

    @Test
    void anEmailAlreadyInUseIsRefusedInPlainWordsAndNothingIsCreated() {
        String newOrganisation = "Duplicate Test College " + UUID.randomUUID().toString().substring(0, 8);
        navigate(RegisterView.class);
        fillIn("Someone Else", "jo@liceria.example", "a long enough password");
        _setValue(field(TextField.class, "Organisation name (if not in the list)"), newOrganisation);
        RadioButtonsKt.selectByLabel(field(RadioButtonGroup.class, "Type of organisation"),
                "University or research institution");
        ComboBoxKt.selectByLabel(field(ComboBox.class, "What will you use Praxis for?"), "Researcher");
        _click(_get(Button.class, spec -> spec.withText("Create account")));

        // A plain message, and the form stays so the person can correct it.
        assertThat(notifications()).containsExactly(text("identity.register.email-taken"));
        assertThat(text("identity.register.email-taken")).startsWith("There is already an account");
        _assertNone(H1.class, spec -> spec.withText("Your account is ready"));
        _assertOne(Button.class, spec -> spec.withText("Create account"));

        // The account is still Jo's, and the new organisation was not created either.
        PraxisUser jo = load("jo@liceria.example");
        assertThat(jo.displayName()).isEqualTo("Jo Whitfield");
        assertThat(authorities(jo)).containsExactly("ROLE_INSTITUTION_LEAD");
        assertThat(identity.organisations()).extracting(OrganisationRow::name).doesNotContain(newOrganisation);
    }

    @Test
    void anInstitutionLeadWaitsForTheAdminWhoApprovesTheRole() {
        String email = newEmail();
        String name = "Morgan Lead " + UUID.randomUUID().toString().substring(0, 8);
        navigate(RegisterView.class);
        fillIn(name, email, "a long enough password");
        ComboBoxKt.selectByLabel(field(ComboBox.class, "Your organisation"), "Northbridge University");
        ComboBoxKt.selectByLabel(field(ComboBox.class, "What will you use Praxis for?"), "Institution lead");
        _click(_get(Button.class, spec -> spec.withText("Create account")));

        // The account exists, but the role waits for an administrator, and the page says so.
        _assertOne(H1.class, spec -> spec.withText("Your account is ready"));
        assertThat(_get(Paragraph.class).getText())
                .isEqualTo(text("identity.register.done-pending"));
        assertThat(authorities(load(email))).isEmpty();

        // The admin finds the request among those waiting and approves it.
        signInAs("admin@praxis.example");
        navigate(PeopleAdminView.class);
        Grid<RoleRequestRow> waiting = grid("Waiting for approval");
        int row = rowOf(waiting, name);
        RoleRequestRow request = GridKt._get(waiting, row);
        assertThat(request.role()).isEqualTo(Role.INSTITUTION_LEAD);
        assertThat(request.organisationName()).isEqualTo("Northbridge University");

        _click(_get(cell(waiting, row, "Decision"), Button.class, spec -> spec.withText("Approve")));

        assertThat(notifications()).contains(name + " now has the role.");
        assertThat(GridKt._findAll(waiting)).extracting(RoleRequestRow::fullName).doesNotContain(name);
        // Signing in now gives the person the role.
        assertThat(authorities(load(email))).containsExactly("ROLE_INSTITUTION_LEAD");
    }

    @Test
    void onlyTheAdminCanOpenPeopleAndRoles() {
        signInAs("team@praxis.example");
        navigate(HomeView.class);

        // Vaadin's access control refuses the view (Karibu throws for its access-denied error view).
        assertThatThrownBy(() -> navigate(PeopleAdminView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        _assertNone(PeopleAdminView.class);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static String newEmail() {
        return "new-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    private static void fillIn(String fullName, String email, String password) {
        _setValue(field(TextField.class, "Full name"), fullName);
        _setValue(field(EmailField.class, "Email address"), email);
        _setValue(field(PasswordField.class, "Password"), password);
    }

    private static <T extends Component> T field(Class<T> type, String label) {
        return _get(type, spec -> spec.withLabel(label));
    }

    private static Set<String> authorities(PraxisUser user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String ariaLabel) {
        return _get(Grid.class, spec -> spec.withPredicate(g -> g.getAriaLabel().orElse("").equals(ariaLabel)));
    }

    private static int rowOf(Grid<RoleRequestRow> grid, String fullName) {
        var rows = GridKt._findAll(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).fullName().equals(fullName)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + fullName + " in " + rows);
    }

    /** What a component column renders for a row; the column is found by its header text. */
    @SuppressWarnings("unchecked")
    private static <T> Component cell(Grid<T> grid, int row, String header) {
        Grid.Column<T> column = grid.getColumns().stream().filter(c -> header.equals(c.getHeaderText()))
                .findFirst().orElseThrow();
        return ((ComponentRenderer<? extends Component, T>) column.getRenderer()).createComponent(GridKt._get(grid, row));
    }
}
