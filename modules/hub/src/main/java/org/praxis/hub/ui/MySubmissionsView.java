package org.praxis.hub.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.praxis.hub.internal.HubViews.ResourceSummary;
import org.praxis.hub.internal.ResourceService;
import org.praxis.hub.internal.Vocabulary;
import org.praxis.hub.internal.VocabularyService;

import java.util.List;
import java.util.Map;

/** What the signed-in person shared with the library, and where each submission is now. */
@Route("hub/mine")
@PageTitle("hub.mine.title")
@Menu(title = "hub.menu.mine", order = 31, icon = "vaadin:upload")
@PermitAll
public class MySubmissionsView extends Main {

    public MySubmissionsView(ResourceService resources, VocabularyService vocabularies) {
        addClassName("praxis-view");
        Button share = new Button(getTranslation("hub.library.share"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ResourceEditorView.class)));
        share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("hub.mine.title")), new Paragraph(getTranslation("hub.mine.intro")), share);

        List<ResourceSummary> mine = resources.mySubmissions();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("hub.mine.empty")));
            return;
        }
        Map<String, String> types = vocabularies.labels(Vocabulary.TYPE);
        Grid<ResourceSummary> grid = new Grid<>();
        grid.addComponentColumn(r -> HubLabels.linkTo(r.title(), r.id())).setHeader(getTranslation("hub.field.title"))
                .setFlexGrow(3);
        grid.addColumn(r -> types.getOrDefault(r.type(), r.type())).setHeader(getTranslation("hub.field.type"));
        grid.addComponentColumn(r -> HubLabels.statusBadge(this, r.status())).setHeader(getTranslation("hub.field.status"));
        grid.addColumn(r -> HubLabels.dateTime(r.updatedAt())).setHeader(getTranslation("hub.field.updated"));
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("hub.mine.title"));
        add(grid);
    }
}
