package org.praxis.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import org.praxis.requests.events.RelatedPage;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.UiFeedback;
import org.praxis.requests.events.SupportRequestId;
import org.praxis.requests.internal.RequestStatus;
import org.praxis.requests.internal.RequestViews.RequestDetails;
import org.praxis.requests.internal.SupportRequestForm;
import org.praxis.requests.internal.SupportRequestService;

import java.util.stream.Collectors;

/** One support request: what it asks, where it is, and what happened to it so far. */
@Route("requests/:id([0-9a-fA-F-]{36})")
@PageTitle("requests.detail.title")
@RolesAllowed({Roles.INSTITUTION_LEAD, Roles.PROGRAMME_TEAM})
public class RequestDetailView extends Main implements BeforeEnterObserver {

    private final SupportRequestService requests;
    private final CurrentUser currentUser;

    public RequestDetailView(SupportRequestService requests, CurrentUser currentUser) {
        this.requests = requests;
        this.currentUser = currentUser;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(requests.get(SupportRequestId.of(event.getRouteParameters().get("id").orElseThrow())));
        } catch (IllegalArgumentException | ProblemException notFound) {
            removeAll();
            add(new H1(getTranslation("requests.error.not-found-title")),
                    new Paragraph(getTranslation("requests.error.not-found")));
        }
    }

    private void show(RequestDetails request) {
        removeAll();
        SupportRequestForm content = request.content();
        add(new H1(content.getTitle()));
        HorizontalLayout status = new HorizontalLayout(new Span(getTranslation("requests.field.status") + ":"),
                RequestLabels.statusBadge(this, request.status()));
        // Once the agreement exists, the request says so and leads to it, rather than "an agreement will follow".
        String explained = request.status() == RequestStatus.ASSESSED && request.has(RelatedPage.AGREEMENT)
                ? "requests.status-explained.ASSESSED-agreement-ready"
                : "requests.status-explained." + request.status().name();
        add(status, new Paragraph(getTranslation(explained)));
        if (!request.related().isEmpty()) {
            UnorderedList related = new UnorderedList();
            request.related().forEach(page -> related.add(new ListItem(
                    new Anchor(page.link(), getTranslation("requests.related." + page.page().name())))));
            related.addClassName("praxis-related-pages");
            add(new H2(getTranslation("requests.detail.related")), related);
        }

        boolean isLead = currentUser.hasRole(Role.INSTITUTION_LEAD)
                && request.organisationId().equals(currentUser.require().organisationId());
        HorizontalLayout actions = new HorizontalLayout();
        if (isLead && request.status().editable()) {
            Button edit = new Button(getTranslation("requests.detail.edit"), e -> getUI().ifPresent(ui ->
                    ui.navigate(RequestEditorView.class, new RouteParameters("id", request.id().toString()))));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit);
        }
        if (isLead && request.status().withdrawable()) {
            actions.add(new Button(getTranslation("requests.detail.withdraw"), e -> confirmWithdraw(request)));
        }
        add(actions);

        DescriptionList details = new DescriptionList();
        term(details, "requests.field.organisation", request.organisationName());
        term(details, "requests.field.mode", content.getMode() == null ? "" : RequestLabels.mode(this, content.getMode())
                + (content.getModeOther().isBlank() ? "" : " – " + content.getModeOther()));
        term(details, "requests.field.has", content.getHas().stream()
                .map(c -> getTranslation("requests.capacity." + c.name())).collect(Collectors.joining(", ")));
        term(details, "requests.field.lacks", content.getLacks().stream()
                .map(n -> getTranslation("requests.need." + n.name())).collect(Collectors.joining(", ")));
        term(details, "requests.field.context", content.getContext());
        term(details, "requests.field.start", RequestLabels.date(content.getTimelineStart()));
        term(details, "requests.field.end", RequestLabels.date(content.getTimelineEnd()));
        term(details, "requests.field.timeline-notes", content.getTimelineNotes());
        term(details, "requests.field.resources", content.getResourcesAndFunding());
        term(details, "requests.field.contact-name", content.getContactName());
        term(details, "requests.field.contact-email", content.getContactEmail());
        add(new H2(getTranslation("requests.detail.what-was-asked")), details);

        OrderedList timeline = new OrderedList();
        timeline.addClassName("praxis-timeline");
        request.history().forEach(change -> {
            ListItem item = new ListItem(new Span(RequestLabels.dateTime(change.at()) + " – "
                    + getTranslation("requests.history." + change.status().name())));
            if (!change.note().isBlank()) {
                boolean isReason = change.status() == RequestStatus.WITHDRAWN || change.status() == RequestStatus.DECLINED;
                item.add(new Paragraph(isReason ? getTranslation("requests.history.reason", change.note()) : change.note()));
            }
            timeline.add(item);
        });
        add(new H2(getTranslation("requests.detail.history")), timeline);
    }

    private void term(DescriptionList list, String labelKey, String value) {
        if (!value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
        }
    }

    private void confirmWithdraw(RequestDetails request) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("requests.withdraw.title"));
        TextArea reason = new TextArea(getTranslation("requests.withdraw.reason"));
        reason.setHelperText(getTranslation("requests.withdraw.reason-help"));
        reason.setMaxLength(SupportRequestForm.TEXT_MAX);
        reason.setWidthFull();
        dialog.add(new Paragraph(getTranslation("requests.withdraw.explain")), reason);
        Button confirm = new Button(getTranslation("requests.withdraw.confirm"), e -> {
            // What is wrong with the reason shows at the field; any other refusal as a notification.
            boolean withdrawn = UiFeedback.attempt(
                    () -> requests.withdraw(request.id(), request.version(), reason.getValue()),
                    problems -> {
                        reason.setInvalid(true);
                        reason.setErrorMessage(String.join(" ", problems.stream().map(this::getTranslation).toList()));
                    });
            if (withdrawn) {
                dialog.close();
                UiFeedback.success("requests.withdraw.done");
                show(requests.get(request.id()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button(getTranslation("requests.withdraw.keep"), e -> dialog.close());
        dialog.getFooter().add(keep, confirm);
        dialog.open();
    }
}
