package org.praxis.notifications.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the person read notifications here, so the bell updates at once. */
final class UnreadCountChanged extends ComponentEvent<UI> {

    UnreadCountChanged(UI ui) {
        super(ui, false);
    }

    static void fire() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new UnreadCountChanged(ui));
        }
    }
}
