package brokenplugins.clash.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A plugin's page at the shell's home address. */
@Route("")
@PermitAll
public class ClashingHomeView extends Main {
}
