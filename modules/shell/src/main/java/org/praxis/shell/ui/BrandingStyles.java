package org.praxis.shell.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.praxis.platform.Branding;
import org.springframework.stereotype.Component;

/** Applies the configured brand colour to every page, the public sign-in pages included. */
@Component
class BrandingStyles implements VaadinServiceInitListener {

    private final Branding branding;

    BrandingStyles(Branding branding) {
        this.branding = branding;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var style = init.getUI().getElement().getStyle();
            style.set("--lumo-primary-color", branding.primaryColour());
            style.set("--lumo-primary-text-color", branding.primaryColour());
        });
    }
}
