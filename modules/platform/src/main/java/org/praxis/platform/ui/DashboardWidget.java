package org.praxis.platform.ui;

import com.vaadin.flow.component.Component;
import org.praxis.platform.PraxisUser;

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
}
