package org.praxis.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ui.DashboardWidget;

import java.util.Comparator;
import java.util.List;

/** The home dashboard: a card from each module that has something for this person. */
@Route("")
@PageTitle("shell.home.title")
@Menu(title = "shell.menu.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends Main {

    public HomeView(CurrentUser currentUser, List<DashboardWidget> widgets) {
        addClassName("praxis-view");
        PraxisUser user = currentUser.require();
        add(new H1(getTranslation("shell.home.welcome", user.displayName())));

        Div cards = new Div();
        cards.addClassName("praxis-dashboard");
        widgets.stream()
                .filter(widget -> widget.isVisibleTo(user))
                .sorted(Comparator.comparingInt(DashboardWidget::order))
                .forEach(widget -> cards.add(widget.create(user)));
        if (cards.getChildren().findAny().isEmpty()) {
            add(new Paragraph(getTranslation("shell.home.nothing-yet")));
        }
        add(cards);
    }
}
