package brokenplugins.untranslated.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A plugin's page whose titles its bundle does not have. */
@Route("untranslated/glossary")
@PageTitle("untranslated.glossary.title")
@Menu(title = "untranslated.menu.glossary", order = 70)
@PermitAll
public class GlossaryView extends Main {
}
