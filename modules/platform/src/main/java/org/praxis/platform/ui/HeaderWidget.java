package org.praxis.platform.ui;

import com.vaadin.flow.component.Component;
import org.praxis.platform.PraxisUser;

/**
 * A small component in the top bar of every signed-in page (for example the notifications inbox
 * with its unread count). Modules contribute them as Spring beans; the shell adds those visible to
 * the person, ordered by {@link #order()}.
 */
public interface HeaderWidget {

    default int order() {
        return 100;
    }

    boolean isVisibleTo(PraxisUser user);

    /** A new component for one page; called on the UI thread with the person signed in. */
    Component create(PraxisUser user);
}
