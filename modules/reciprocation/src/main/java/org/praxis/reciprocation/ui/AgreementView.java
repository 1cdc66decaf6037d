package org.praxis.reciprocation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.UiFeedback;
import org.praxis.reciprocation.events.AgreementId;
import org.praxis.reciprocation.events.Material;
import org.praxis.reciprocation.events.Side;
import org.praxis.reciprocation.internal.AgreementService;
import org.praxis.reciprocation.internal.AgreementStatus;
import org.praxis.reciprocation.internal.AgreementViews.AgreementDetails;
import org.praxis.reciprocation.internal.AgreementViews.Evidence;
import org.praxis.reciprocation.internal.AgreementViews.Item;
import org.praxis.reciprocation.internal.AgreementViews.Party;
import org.praxis.reciprocation.internal.AgreementViews.VersionItem;
import org.praxis.reciprocation.internal.AgreementViews.VersionRecord;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One agreement: the support the programme gives and what the institution gives back, each item with
 * its owner, due date, effort and status; proposing a version and accepting it (with a plain
 * explanation of what accepting means); editing items; marking items done with evidence; delivering
 * what is given back with a licence; and every version so far with who accepted it when.
 */
@Route("agreements/:id([0-9a-fA-F-]{36})")
@PageTitle("reciprocation.agreement.title")
@RolesAllowed({Roles.PROGRAMME_TEAM, Roles.INSTITUTION_LEAD})
public class AgreementView extends Main implements BeforeEnterObserver {

    private final AgreementService agreements;
    private final CurrentUser currentUser;

    public AgreementView(AgreementService agreements, CurrentUser currentUser) {
        this.agreements = agreements;
        this.currentUser = currentUser;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(new AgreementId(UUID.fromString(event.getRouteParameters().get("id").orElseThrow())));
        } catch (IllegalArgumentException | ProblemException notFound) {
            showNotFound();
        }
    }

    private void showNotFound() {
        removeAll();
        add(new H1(getTranslation("reciprocation.error.not-found-title")),
                new Paragraph(getTranslation("reciprocation.error.not-found")));
    }

    private void reload(AgreementId id) {
        try {
            show(id);
        } catch (ProblemException notFound) {
            showNotFound();
        }
    }

    private void show(AgreementId id) {
        AgreementDetails agreement = agreements.get(id);
        Optional<Party> party = agreements.partyOf(agreement);
        removeAll();

        add(new H1(agreement.title()));
        add(new Paragraph(getTranslation("reciprocation.agreement.between", agreement.organisationName())));
        // Back to the story's beginning: the request this agreement answers (the requests module's page).
        add(new Paragraph(new Anchor("requests/" + agreement.requestId(), getTranslation("reciprocation.agreement.request-link"))));
        HorizontalLayout status = new HorizontalLayout(new Span(getTranslation("reciprocation.field.status") + ":"),
                ReciprocationLabels.statusBadge(this, agreement.status()));
        status.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(status, new Paragraph(getTranslation("reciprocation.status-explained." + agreement.status().name())));

        switch (agreement.status()) {
            case DRAFT -> add(proposeSection(agreement));
            case PROPOSED -> add(acceptSection(agreement, party.orElse(null)));
            case ACCEPTED -> add(new Paragraph(getTranslation("reciprocation.agreement.agreed-version",
                    agreement.agreedVersion())));
            case FULFILLED -> add(new Paragraph(getTranslation("reciprocation.agreement.fulfilled-thanks",
                    agreement.organisationName())));
        }

        add(new H2(getTranslation("reciprocation.agreement.support-heading")),
                new Paragraph(getTranslation("reciprocation.agreement.support-intro")));
        add(side(agreement, Side.SUPPORT, agreement.support()));
        add(new H2(getTranslation("reciprocation.agreement.reciprocation-heading", agreement.organisationName())),
                new Paragraph(getTranslation("reciprocation.agreement.reciprocation-intro")));
        add(side(agreement, Side.RECIPROCATION, agreement.reciprocation()));

        add(new H2(getTranslation("reciprocation.agreement.versions-heading")));
        if (agreement.versions().isEmpty()) {
            add(new Paragraph(getTranslation("reciprocation.agreement.no-versions")));
        } else {
            OrderedList versions = new OrderedList();
            versions.addClassName("praxis-timeline");
            versions.getElement().setAttribute("reversed", true);
            agreement.versions().forEach(version -> versions.add(versionEntry(agreement, version)));
            add(versions);
        }
    }

    // --- proposing and accepting -----------------------------------------------------------------------

    private Component proposeSection(AgreementDetails agreement) {
        Div section = new Div();
        if (agreement.agreedVersion() != null) {
            section.add(new Paragraph(getTranslation("reciprocation.agreement.changed-since", agreement.agreedVersion())));
        }
        section.add(new Paragraph(getTranslation("reciprocation.propose.explain")));
        Button propose = new Button(getTranslation("reciprocation.propose.button"), e -> {
            try {
                int number = agreements.propose(agreement.id(), agreement.version());
                UiFeedback.success("reciprocation.propose.done", number);
                reload(agreement.id());
            } catch (org.praxis.platform.InvalidInputException invalid) {
                UiFeedback.problem(invalid.problems().getFirst());
                section.getChildren().filter(c -> c instanceof Div box && box.hasClassName("praxis-problems")).toList()
                        .forEach(section::remove);
                section.addComponentAsFirst(problemsBox(invalid.problems()));
            } catch (ProblemException problem) {
                UiFeedback.problem(problem);
            }
        });
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(propose);
        return section;
    }

    private Component acceptSection(AgreementDetails agreement, @Nullable Party party) {
        VersionRecord pending = agreement.pendingVersion().orElseThrow();
        Div section = new Div();
        section.add(new H2(getTranslation("reciprocation.accept.heading", pending.number())));
        UnorderedList who = new UnorderedList(
                new ListItem(acceptanceLine("reciprocation.accept.team", pending.teamAcceptedByName(),
                        pending.teamAcceptedAt())),
                new ListItem(acceptanceLine("reciprocation.accept.institution", pending.leadAcceptedByName(),
                        pending.leadAcceptedAt(), agreement.organisationName())));
        section.add(who);
        if (pending.leadAcceptedAt() == null && !agreement.leads().isEmpty()) {
            section.add(new Paragraph(getTranslation("reciprocation.accept.leads", agreement.organisationName(),
                    String.join(", ", agreement.leads().stream().map(lead -> lead.name()).toList()))));
        }
        if (party != null && !pending.acceptedBy(party)) {
            section.add(new Paragraph(getTranslation("reciprocation.accept.explain." + party.name(),
                    agreement.organisationName())));
            Button accept = new Button(getTranslation("reciprocation.accept.button", pending.number()), e -> {
                try {
                    agreements.accept(agreement.id(), pending.number());
                    UiFeedback.success("reciprocation.accept.done", pending.number());
                } catch (ProblemException problem) {
                    UiFeedback.problem(problem);
                }
                reload(agreement.id());
            });
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            section.add(accept);
        } else if (party != null) {
            section.add(new Paragraph(getTranslation("reciprocation.accept.you-accepted")));
        }
        return section;
    }

    private String acceptanceLine(String key, @Nullable String name, java.time.@Nullable OffsetDateTime at,
                                  Object... extra) {
        String party = getTranslation(key, extra);
        return name == null || at == null
                ? getTranslation("reciprocation.accept.waiting", party)
                : getTranslation("reciprocation.accept.accepted-by", party, name, ReciprocationLabels.dateTime(at));
    }

    // --- items ---------------------------------------------------------------------------------------

    private Component side(AgreementDetails agreement, Side side, List<Item> items) {
        Div section = new Div();
        if (items.isEmpty()) {
            section.add(new Paragraph(getTranslation(side == Side.SUPPORT ? "reciprocation.agreement.support-empty"
                    : "reciprocation.agreement.reciprocation-empty")));
        }
        items.forEach(item -> section.add(itemCard(agreement, item)));
        if (agreement.status().editable()) {
            Button add = new Button(getTranslation(side == Side.SUPPORT ? "reciprocation.item.add-support"
                    : "reciprocation.item.add-reciprocation"), e -> new ItemDialog(agreements, agreement, side, null,
                    () -> reload(agreement.id())).open());
            section.add(add);
        }
        return section;
    }

    private Component itemCard(AgreementDetails agreement, Item item) {
        Div card = new Div();
        card.addClassNames("praxis-card", "praxis-item");
        card.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        card.getElement().setAttribute("data-item", item.id().toString());
        card.add(new H3(item.title()));
        if (!item.details().isBlank()) {
            card.add(new Paragraph(item.details()));
        }
        DescriptionList facts = new DescriptionList();
        term(facts, "reciprocation.field.kind", ReciprocationLabels.category(this, item));
        if (item.connectWithName() != null) {
            term(facts, "reciprocation.field.connect-with", item.connectWithName());
        }
        term(facts, "reciprocation.field.owner", ReciprocationLabels.owner(this, item, agreement.organisationName()));
        term(facts, "reciprocation.field.responsible",
                item.responsibleName() == null ? getTranslation("reciprocation.field.nobody") : item.responsibleName());
        term(facts, "reciprocation.field.due", ReciprocationLabels.date(item.dueDate()));
        term(facts, "reciprocation.field.effort", getTranslation("reciprocation.hours", item.effortHours()));
        facts.add(new DescriptionList.Term(getTranslation("reciprocation.field.status")),
                new DescriptionList.Description(ReciprocationLabels.itemStatusBadge(this, item.status())));
        card.add(ReciprocationLabels.compact(facts));

        if (item.done()) {
            card.add(evidence(agreement, item));
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (!item.done() && agreement.status().editable()) {
            Button edit = new Button(getTranslation("reciprocation.item.edit"), e -> new ItemDialog(agreements,
                    agreement, item.side(), item, () -> reload(agreement.id())).open());
            edit.getElement().setAttribute("aria-label", getTranslation("reciprocation.item.edit-named", item.title()));
            Button remove = new Button(getTranslation("reciprocation.item.remove"), e -> confirmRemove(agreement, item));
            remove.getElement().setAttribute("aria-label", getTranslation("reciprocation.item.remove-named", item.title()));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(edit, remove);
        }
        if (!item.done() && agreement.status() == AgreementStatus.ACCEPTED) {
            boolean giveBack = item.side() == Side.RECIPROCATION;
            Button complete = new Button(getTranslation(giveBack ? "reciprocation.item.deliver"
                    : "reciprocation.item.complete"), e -> new CompletionDialog(agreements, agreement, item,
                    currentUser.require().displayName(), () -> reload(agreement.id())).open());
            complete.setAriaLabel(getTranslation(giveBack ? "reciprocation.item.deliver-named"
                    : "reciprocation.item.complete-named", item.title()));
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(complete);
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
        }
        return card;
    }

    private Component evidence(AgreementDetails agreement, Item item) {
        Div box = new Div();
        box.addClassName("praxis-evidence");
        box.add(new Paragraph(getTranslation("reciprocation.item.done-by", item.completedByName(),
                ReciprocationLabels.dateTime(item.completedAt()))));
        if (!item.evidenceNote().isBlank()) {
            box.add(new Paragraph(getTranslation("reciprocation.item.note", item.evidenceNote())));
        }
        if (item.licence() != null) {
            box.add(new Paragraph(getTranslation("reciprocation.item.shared-under",
                    getTranslation("platform.licence." + item.licence().name()), item.attribution())));
        }
        if (!item.evidence().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.getElement().setAttribute("aria-label", getTranslation("reciprocation.item.evidence-list", item.title()));
            item.evidence().forEach(evidence -> list.add(new ListItem(evidenceLink(agreement.id(), evidence))));
            box.add(list);
        }
        return box;
    }

    private Component evidenceLink(AgreementId agreementId, Evidence evidence) {
        if (evidence.kind() == Material.Kind.LINK) {
            Anchor link = new Anchor(evidence.location(), evidence.title());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            return link;
        }
        UUID evidenceId = evidence.id();
        Anchor file = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                var stored = agreements.evidenceFile(agreementId, evidenceId);
                return new DownloadResponse(stored.content(), stored.fileName(), stored.mediaType(), stored.size());
            } catch (ProblemException missing) {
                return DownloadResponse.error(404);
            }
        }), evidence.title() + (evidence.sizeBytes() == null ? ""
                : " (" + getTranslation("reciprocation.file-size", Math.max(1, evidence.sizeBytes() / 1024)) + ")"));
        file.getElement().setAttribute("download", true);
        return file;
    }

    private void confirmRemove(AgreementDetails agreement, Item item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("reciprocation.item.remove-title"));
        dialog.add(new Paragraph(getTranslation("reciprocation.item.remove-explain", item.title())));
        Button confirm = new Button(getTranslation("reciprocation.item.remove-confirm"), e -> {
            try {
                agreements.removeItem(agreement.id(), item.id(), agreement.version());
                UiFeedback.success("reciprocation.item.removed");
            } catch (ProblemException problem) {
                UiFeedback.problem(problem);
            }
            dialog.close();
            reload(agreement.id());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    // --- history -------------------------------------------------------------------------------------

    private Component versionEntry(AgreementDetails agreement, VersionRecord version) {
        ListItem entry = new ListItem();
        entry.add(new H3(getTranslation("reciprocation.version.heading", version.number())));
        entry.add(new Paragraph(getTranslation("reciprocation.version.proposed", version.proposedByName(),
                ReciprocationLabels.dateTime(version.proposedAt()))));
        entry.add(new Paragraph(acceptanceLine("reciprocation.accept.team", version.teamAcceptedByName(),
                version.teamAcceptedAt())));
        entry.add(new Paragraph(acceptanceLine("reciprocation.accept.institution", version.leadAcceptedByName(),
                version.leadAcceptedAt(), agreement.organisationName())));
        if (version.supersededAt() != null) {
            entry.add(new Paragraph(getTranslation(version.acceptedByBoth() ? "reciprocation.version.replaced"
                    : "reciprocation.version.changed-before-accepted", ReciprocationLabels.dateTime(version.supersededAt()))));
        }
        UnorderedList contents = new UnorderedList();
        for (VersionItem item : version.items()) {
            contents.add(new ListItem(getTranslation("reciprocation.version.item",
                    ReciprocationLabels.direction(this, item.side()), item.title(),
                    ReciprocationLabels.category(this, item.side(), item.category()),
                    ReciprocationLabels.date(item.dueDate()), item.effortHours())));
        }
        Details details = new Details(getTranslation("reciprocation.version.contents", version.items().size()), contents);
        entry.add(details);
        return entry;
    }

    private void term(DescriptionList list, String labelKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
    }

    private Div problemsBox(List<String> keys) {
        Div box = new Div();
        box.addClassName("praxis-problems");
        box.getElement().setAttribute("role", "alert");
        UnorderedList list = new UnorderedList();
        keys.forEach(key -> list.add(new ListItem(getTranslation(key))));
        box.add(new Paragraph(getTranslation("reciprocation.problems")), list);
        return box;
    }
}
