package org.praxis.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.praxis.platform.Branding;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.ui.HeaderWidget;

import java.util.Comparator;
import java.util.List;

/**
 * The frame around every signed-in view. The side navigation lists the views the person may open,
 * from the modules' {@code @Menu} annotations (titles are i18n keys); the shell names no module.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav navigation = new SideNav();

    public MainLayout(Branding branding, CurrentUser currentUser, AuthenticationContext authentication,
                      List<HeaderWidget> headerWidgets) {
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu.toggle"));

        Image logo = new Image(branding.logo(), "");
        logo.addClassName("praxis-logo");
        Anchor home = new Anchor("", logo, new Span(branding.name()));
        home.addClassName("praxis-brand");
        home.getElement().setAttribute("aria-label", getTranslation("shell.home-link", branding.name()));

        Span who = new Span(currentUser.get().map(user -> user.displayName()).orElse(""));
        who.addClassName("praxis-user-name");
        Button signOut = new Button(getTranslation("shell.sign-out"), event -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div userArea = new Div();
        currentUser.get().ifPresent(user -> headerWidgets.stream()
                .filter(widget -> widget.isVisibleTo(user))
                .sorted(Comparator.comparingInt(HeaderWidget::order))
                .forEach(widget -> userArea.add(widget.create(user))));
        userArea.add(who, signOut);
        userArea.addClassName("praxis-user-area");

        addToNavbar(skipLink(), toggle, home, userArea);

        navigation.setLabel(getTranslation("shell.menu.label"));
        Nav nav = new Nav(navigation);
        nav.getElement().setAttribute("aria-label", getTranslation("shell.menu.label"));
        addToDrawer(nav);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Built here rather than in the constructor: menu access is checked against the current request.
        if (navigation.getItems().isEmpty()) {
            MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(item(entry)));
        }
        // A new page starts at its top, with focus on its heading so screen readers announce it.
        getElement().executeJs("const content = this.shadowRoot && this.shadowRoot.querySelector('[part~=\"content\"]');"
                + "if (content) { content.scrollTop = 0; }"
                + "window.scrollTo(0, 0);"
                + "const heading = document.querySelector('main h1');"
                + "if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus({preventScroll: true}); }");
    }

    /** The first Tab stop of every page: straight to the page's own content, past the menu. */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#main-content", getTranslation("shell.skip-link"));
        skip.addClassName("praxis-skip-link");
        // Focus moves too, not only the scroll position, so the next Tab continues inside the content.
        skip.getElement().executeJs("this.addEventListener('click', event => { event.preventDefault();"
                + "const main = document.querySelector('main'); if (!main) { return; }"
                + "main.setAttribute('tabindex', '-1'); main.focus(); main.scrollIntoView(); });");
        return skip;
    }

    private SideNavItem item(MenuEntry entry) {
        String label = getTranslation(entry.title());
        String icon = entry.icon();
        if (icon == null || icon.isBlank()) {
            return new SideNavItem(label, entry.path());
        }
        Component prefix = icon.endsWith(".svg") ? new SvgIcon(icon) : new Icon(icon);
        return new SideNavItem(label, entry.path(), prefix);
    }
}
