package org.praxis.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.praxis.platform.PraxisUser;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A card on the home dashboard. Modules contribute widgets as Spring beans; the shell shows those
 * visible to the signed-in person, ordered by {@link #order()}. The shell knows no module.
 */
public interface DashboardWidget {

    /** Lower comes first. */
    default int order() {
        return 100;
    }

    /** Whether this person should see the widget (usually a role check). */
    boolean isVisibleTo(PraxisUser user);

    /** A new component for one dashboard; called on the UI thread with the person signed in. */
    Component create(PraxisUser user);

    /** A widget from its parts, so a module declares a card in one expression. */
    static DashboardWidget of(int order, Predicate<PraxisUser> visibleTo, Function<PraxisUser, Component> create) {
        return new DashboardWidget() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public boolean isVisibleTo(PraxisUser user) {
                return visibleTo.test(user);
            }

            @Override
            public Component create(PraxisUser user) {
                return create.apply(user);
            }
        };
    }

    /** The usual card: a heading (i18n key), then the given content, styled as a dashboard card. */
    static Div card(String titleKey, Component... content) {
        Div card = new Div();
        card.addClassName("praxis-card");
        card.add(new H2(card.getTranslation(titleKey)));
        card.add(content);
        return card;
    }
}
