package praxis.testsupport;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.internal.ReflectTools;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.praxis.platform.PraxisUser;
import org.springframework.util.StringUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browserless UI tests with Karibu-Testing: the test assembly, i.e. every module on the test classpath (demo data included), and a
 * mocked Vaadin UI on the test thread. Nobody is signed in at the start of a test; call
 * {@link #signInAs(String)}, then {@link #navigate} to the view under test.
 *
 * <p>The mocked HTTP request answers {@code getUserPrincipal()} and {@code isUserInRole()} from
 * Spring's security context, as Spring Security's request wrapper does, so Vaadin's view access
 * control and menu filtering see the signed-in person.
 */
@SpringBootTest(classes = PraxisTestApplication.class)
@org.junit.jupiter.api.extension.ExtendWith(praxis.testsupport.SecurityContextOfThisTest.class)
public abstract class KaribuTest {

    private static final Map<String, Routes> ROUTES = new ConcurrentHashMap<>();

    @Autowired
    private ApplicationContext context;

    @Autowired
    protected UserDetailsService userDetailsService;

    @Autowired
    protected I18NProvider i18n;

    /** The views of the modules this test's application runs (core and plugin; not those switched off). */
    private static Routes routes(String modulePackages) {
        return ROUTES.computeIfAbsent(modulePackages, packages -> {
            Routes found = new Routes();
            for (String modulePackage : StringUtils.commaDelimitedListToStringArray(packages)) {
                found.autoDiscoverViews(modulePackage);
            }
            // The shell's friendly "not open to you" and "not found" pages stay out: with Karibu's own error
            // routes a refusal is an exception a test can assert (MockAccessDeniedException). The browser
            // journeys show the friendly pages.
            found.getErrorRoutes().removeIf(route -> {
                Class<?> handled = ReflectTools.getGenericInterfaceType(route, HasErrorParameter.class);
                return handled != null && (AccessDeniedException.class.isAssignableFrom(handled)
                        || NotFoundException.class.isAssignableFrom(handled));
            });
            // Finding the shell's pages made Karibu drop its own: put them back.
            found.addErrorRoutes(MockRouteAccessDeniedError.class, MockRouteNotFoundError.class);
            return found;
        });
    }

    @BeforeEach
    void setUpVaadin() {
        Locale.setDefault(Locale.UK);
        SecurityContextHolder.clearContext();
        // Global and read by every mocked request: must be set before MockVaadin.setup().
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session) {
                @Override
                public Principal getUserPrincipal() {
                    return signedIn();
                }
            };
            request.setUserInRole((principal, role) -> principal instanceof Authentication authentication
                    && authentication.getAuthorities().stream()
                    .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        Routes routes = routes(context.getEnvironment().getProperty("praxis.modules.packages", ""));
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Like Spring Security's request wrapper: an anonymous token is nobody. */
    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken) ? authentication : null;
    }

    /** Signs in a demo person (as the login form would) and returns them. Navigate afterwards. */
    protected PraxisUser signInAs(String email) {
        PraxisUser user = load(email);
        TestUsers.signIn(user);
        return user;
    }

    /** Loads a person as the login would: with the roles granted to them right now. */
    protected PraxisUser load(String email) {
        return (PraxisUser) userDetailsService.loadUserByUsername(email);
    }

    protected static void navigate(Class<? extends Component> view) {
        UI.getCurrent().navigate(view);
    }

    protected static void navigate(Class<? extends Component> view, RouteParameters parameters) {
        UI.getCurrent().navigate(view, parameters);
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /** The texts of the notifications open right now (UiFeedback shows Vaadin notifications). */
    protected static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }

    /** The UI text for a key, as the views show it. */
    protected String text(String key, Object... parameters) {
        return i18n.getTranslation(key, Locale.UK, parameters);
    }
}
