package org.praxis.hub.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.hub.internal.FeedbackService;
import org.praxis.hub.internal.HubViews.OrganisationUsage;
import org.praxis.hub.internal.HubViews.ResourceUsage;
import org.praxis.platform.Roles;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/** How much the library is used, per resource and per contributing organisation, for funder evidence. */
@Route("hub/usage")
@PageTitle("hub.usage.title")
@Menu(title = "hub.menu.usage", order = 33, icon = "vaadin:chart")
@RolesAllowed({Roles.PROGRAMME_TEAM, Roles.MODERATOR, Roles.ADMIN})
public class UsageView extends Main {

    private final FeedbackService feedback;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<ResourceUsage> byResource = new Grid<>();
    private final Grid<OrganisationUsage> byOrganisation = new Grid<>();

    public UsageView(FeedbackService feedback) {
        this.feedback = feedback;
        addClassName("praxis-view");
        from.setLabel(getTranslation("hub.usage.from"));
        to.setLabel(getTranslation("hub.usage.to"));
        from.setValue(LocalDate.now().minusYears(1));
        to.setValue(LocalDate.now());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        byResource.addComponentColumn(u -> HubLabels.linkTo(u.title(), u.id())).setHeader(getTranslation("hub.field.title"))
                .setFlexGrow(3);
        byResource.addColumn(ResourceUsage::ownerOrganisationName).setHeader(getTranslation("hub.field.owner")).setFlexGrow(2);
        byResource.addColumn(ResourceUsage::views).setHeader(getTranslation("hub.usage.views"));
        byResource.addColumn(ResourceUsage::downloads).setHeader(getTranslation("hub.usage.downloads"));
        byResource.addColumn(u -> u.usefulYes() + " / " + u.usefulNo()).setHeader(getTranslation("hub.usage.useful"));
        byResource.addColumn(u -> u.averageStars() == null ? "–" : String.format(Locale.UK, "%.1f", u.averageStars()))
                .setHeader(getTranslation("hub.usage.rating"));
        byResource.addColumn(ResourceUsage::adaptations).setHeader(getTranslation("hub.usage.adaptations"));
        byResource.setAriaLabel(getTranslation("hub.usage.by-resource"));
        byOrganisation.addColumn(OrganisationUsage::organisationName).setHeader(getTranslation("hub.field.owner")).setFlexGrow(3);
        byOrganisation.addColumn(OrganisationUsage::resources).setHeader(getTranslation("hub.usage.resources"));
        byOrganisation.addColumn(OrganisationUsage::views).setHeader(getTranslation("hub.usage.views"));
        byOrganisation.addColumn(OrganisationUsage::downloads).setHeader(getTranslation("hub.usage.downloads"));
        byOrganisation.addColumn(OrganisationUsage::adaptations).setHeader(getTranslation("hub.usage.adaptations"));
        byOrganisation.setAriaLabel(getTranslation("hub.usage.by-organisation"));

        Anchor resourceCsv = csv("hub-usage-by-resource.csv", "hub.usage.csv-resources",
                () -> feedback.usageByResourceCsv(start(), end()));
        Anchor organisationCsv = csv("hub-usage-by-organisation.csv", "hub.usage.csv-organisations",
                () -> feedback.usageByOrganisationCsv(start(), end()));

        add(new H1(getTranslation("hub.usage.title")), new Paragraph(getTranslation("hub.usage.intro")),
                new HorizontalLayout(from, to), new Div(resourceCsv), new Div(organisationCsv),
                new H2(getTranslation("hub.usage.by-organisation")), byOrganisation,
                new H2(getTranslation("hub.usage.by-resource")), byResource);
        refresh();
    }

    private Anchor csv(String fileName, String labelKey, Supplier<String> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv", bytes.length);
        }), getTranslation(labelKey));
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    private LocalDate start() {
        return from.getValue() == null ? LocalDate.now().minusYears(1) : from.getValue();
    }

    private LocalDate end() {
        return to.getValue() == null ? LocalDate.now() : to.getValue();
    }

    private void refresh() {
        byResource.setItems(feedback.usageByResource(start(), end()));
        byOrganisation.setItems(feedback.usageByOrganisation(start(), end()));
    }
}
