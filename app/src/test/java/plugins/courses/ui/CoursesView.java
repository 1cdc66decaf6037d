package plugins.courses.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The courses plugin's page, below an address of its own name. */
@Route("courses/courses")
@PageTitle("courses.courses.title")
@Menu(title = "courses.menu.courses", order = 60, icon = "vaadin:academy-cap")
@PermitAll
public class CoursesView extends Main {

    public CoursesView() {
        add(new H1(getTranslation("courses.courses.title")));
    }
}
