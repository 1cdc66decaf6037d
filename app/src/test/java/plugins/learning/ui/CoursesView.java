package plugins.learning.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The learning plugin's page, below an address of its own name. */
@Route("learning/courses")
@PageTitle("learning.courses.title")
@Menu(title = "learning.menu.courses", order = 60, icon = "vaadin:academy-cap")
@PermitAll
public class CoursesView extends Main {

    public CoursesView() {
        add(new H1(getTranslation("learning.courses.title")));
    }
}
