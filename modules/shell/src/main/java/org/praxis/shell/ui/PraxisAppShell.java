package org.praxis.shell.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The HTML page around every view: Lumo, the Praxis stylesheet, language and viewport. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/praxis.css")
@Meta(name = "color-scheme", content = "light")
public class PraxisAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1");
        settings.addFavIcon("icon", "images/praxis-logo.svg", "any");
    }
}
