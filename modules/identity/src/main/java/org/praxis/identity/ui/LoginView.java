package org.praxis.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.praxis.platform.Branding;

/** Sign in with email and password. Spring Security handles the POST to /login. */
@Route(value = "login", autoLayout = false)
@PageTitle("identity.login.title")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    /** Session attribute holding the email address of a failed sign-in, to show it again. */
    public static final String KEPT_EMAIL = "praxis.sign-in.email";

    private final LoginForm form = new LoginForm();

    public LoginView(Branding branding) {
        addClassName("praxis-public-page");
        H1 heading = new H1(branding.name());
        Paragraph intro = new Paragraph(getTranslation("identity.login.intro"));

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("identity.login.title"));
        i18n.getForm().setUsername(getTranslation("identity.login.email"));
        i18n.getForm().setPassword(getTranslation("identity.login.password"));
        i18n.getForm().setSubmit(getTranslation("identity.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("identity.login.error-title"));
        i18n.getErrorMessage().setMessage(getTranslation("identity.login.error-message"));
        i18n.getErrorMessage().setUsername(getTranslation("identity.login.email-required"));
        i18n.getErrorMessage().setPassword(getTranslation("identity.login.password-required"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");

        Anchor register = new Anchor("register", getTranslation("identity.login.register-link"));
        add(heading, intro, form, register);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setError(failed);
        WrappedSession session = VaadinSession.getCurrent().getSession();
        Object email = session.getAttribute(KEPT_EMAIL);
        session.removeAttribute(KEPT_EMAIL);
        if (failed && email instanceof String kept) {
            // The form's fields are rendered by the web component itself: fill the email once they exist.
            form.getElement().executeJs("customElements.whenDefined('vaadin-login-form').then(() => requestAnimationFrame(() => {"
                    + "const field = this.querySelector('[name=username]'); if (field) { field.value = $0; }"
                    + "const password = this.querySelector('[name=password]'); if (password) { password.focus(); } }));", kept);
        }
    }
}
