package org.praxis.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.assessment.events.Urgency;
import org.praxis.assessment.internal.AssessmentForm;
import org.praxis.assessment.internal.AssessmentService;
import org.praxis.assessment.internal.AssessmentViews.AssessmentDetails;
import org.praxis.assessment.internal.AssessmentViews.Assessor;
import org.praxis.assessment.internal.AssessmentViews.PeerSuggestion;
import org.praxis.assessment.internal.AssessmentViews.RequestFacts;
import org.praxis.assessment.internal.AssessmentViews.Suggestion;
import org.praxis.assessment.internal.RouteDraft;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;
import org.praxis.requests.events.SupportRequestId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Assess one request: what the institution asked, who assesses it, strengths, gaps and urgency, the
 * support routes (with suggestions and the reason for each), then complete or decline.
 */
@Route("assessments/:requestId([0-9a-fA-F-]{36})")
@PageTitle("assessment.view.title")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class AssessmentView extends Main implements BeforeEnterObserver {

    private final AssessmentService assessments;
    private final List<RouteEditor> routeEditors = new ArrayList<>();
    private final Div routes = new Div();
    private final ProblemList problems = new ProblemList("assessment.view.problems");
    private final TextArea strengths = new TextArea();
    private final TextArea gaps = new TextArea();
    private final RadioButtonGroup<Urgency> urgency = new RadioButtonGroup<>();
    private final TextArea notes = new TextArea();
    private final TextArea rationale = new TextArea();

    private SupportRequestId id = new SupportRequestId(java.util.UUID.randomUUID());
    private int version;

    public AssessmentView(AssessmentService assessments) {
        this.assessments = assessments;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = SupportRequestId.of(event.getRouteParameters().get("requestId").orElseThrow());
            show(assessments.get(id));
        } catch (IllegalArgumentException | ProblemException notFound) {
            removeAll();
            add(new H1(getTranslation("assessment.error.not-found-title")),
                    new Paragraph(getTranslation("assessment.error.not-found")));
        }
    }

    private void show(AssessmentDetails details) {
        removeAll();
        routeEditors.clear();
        routes.removeAll();
        version = details.version();
        RequestFacts request = details.request();

        add(new H1(getTranslation("assessment.view.heading", request.title())),
                new Paragraph(getTranslation("assessment.view.from", request.organisationName(),
                        AssessmentQueueView.DATE.format(request.submittedAt()))),
                new Paragraph(new Span(getTranslation("assessment.field.status") + ": "),
                        AssessmentQueueView.badge(getTranslation("assessment.status." + details.status().name()))));
        add(new H2(getTranslation("assessment.view.what-they-asked")), requestFacts(request));

        if (!details.status().open()) {
            showDecided(details);
            return;
        }

        add(new H2(getTranslation("assessment.view.assessor")), assessorPicker(details));

        strengths.setLabel(getTranslation("assessment.field.strengths"));
        strengths.setHelperText(getTranslation("assessment.field.strengths-help"));
        strengths.setMaxLength(4000);
        gaps.setLabel(getTranslation("assessment.field.gaps"));
        gaps.setHelperText(getTranslation("assessment.field.gaps-help"));
        gaps.setMaxLength(4000);
        urgency.setLabel(getTranslation("assessment.field.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation("assessment.urgency." + u.name()));
        urgency.setHelperText(getTranslation("assessment.field.urgency-help"));
        notes.setLabel(getTranslation("assessment.field.notes"));
        notes.setMaxLength(4000);
        rationale.setLabel(getTranslation("assessment.field.rationale"));
        rationale.setHelperText(getTranslation("assessment.field.rationale-help"));
        rationale.setMaxLength(4000);
        rationale.setRequiredIndicatorVisible(true);

        AssessmentForm form = details.assessment();
        strengths.setValue(form.getStrengths().isBlank() ? listOf("requests.capacity.", request.has()) : form.getStrengths());
        gaps.setValue(form.getGaps().isBlank() ? listOf("requests.need.", request.lacks()) : form.getGaps());
        urgency.setValue(form.getUrgency() != null ? form.getUrgency() : assessments.suggestedUrgency(id));
        notes.setValue(form.getNotes());
        rationale.setValue(form.getRationale());
        FormLayout assessment = new FormLayout(strengths, gaps, urgency, notes);
        add(new H2(getTranslation("assessment.view.assessment")), assessment);

        add(new H2(getTranslation("assessment.view.suggestions")),
                new Paragraph(getTranslation("assessment.view.suggestions-intro")), suggestions());
        add(new H2(getTranslation("assessment.view.peers")),
                new Paragraph(getTranslation("assessment.view.peers-intro")), peers());

        form.getRoutes().forEach(this::addRouteEditor);
        Button addRoute = new Button(getTranslation("assessment.view.add-route"), e -> addRouteEditor(
                new RouteDraft(SupportRoute.OTHER, "", "", 0, null, null)));
        add(new H2(getTranslation("assessment.view.routes")), routes, addRoute);

        problems.clear();
        Button save = new Button(getTranslation("assessment.view.save"), e -> save());
        Button complete = new Button(getTranslation("assessment.view.complete"), e -> complete());
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button(getTranslation("assessment.view.decline"), e -> confirmDecline());
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H2(getTranslation("assessment.view.decision")), rationale, problems,
                new HorizontalLayout(complete, save, decline));
    }

    private DescriptionList requestFacts(RequestFacts request) {
        DescriptionList list = new DescriptionList();
        term(list, "assessment.field.organisation", request.organisationName());
        term(list, "assessment.field.mode", getTranslation("requests.mode." + request.mode().name())
                + (request.modeOther() == null ? "" : " – " + request.modeOther()));
        term(list, "assessment.field.has", listOf("requests.capacity.", request.has()));
        term(list, "assessment.field.lacks", listOf("requests.need.", request.lacks()));
        term(list, "assessment.field.context", request.context());
        term(list, "assessment.field.start", AssessmentQueueView.DATE.format(request.timelineStart()));
        term(list, "assessment.field.resources", request.resources());
        return list;
    }

    private Div assessorPicker(AssessmentDetails details) {
        Select<Assessor> assessor = new Select<>();
        assessor.setLabel(getTranslation("assessment.field.assessor"));
        List<Assessor> people = assessments.assessors();
        assessor.setItems(people);
        assessor.setItemLabelGenerator(Assessor::fullName);
        people.stream().filter(p -> p.personId().equals(details.assessorId())).findFirst().ifPresent(assessor::setValue);
        Button assign = new Button(getTranslation("assessment.view.assign"), e -> {
            if (assessor.getValue() == null) {
                assessor.setInvalid(true);
                assessor.setErrorMessage(getTranslation("assessment.validation.assessor-required"));
                return;
            }
            run(() -> assessments.assignAssessor(id, version, assessor.getValue().personId()),
                    "assessment.view.assigned");
        });
        HorizontalLayout row = new HorizontalLayout(assessor, assign);
        row.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return new Div(row);
    }

    private Div suggestions() {
        Div list = new Div();
        List<Suggestion> suggestions = assessments.suggestions(id);
        if (suggestions.isEmpty()) {
            list.add(new Paragraph(getTranslation("assessment.view.no-suggestions")));
        }
        for (Suggestion suggestion : suggestions) {
            Div card = new Div();
            card.addClassName("praxis-card");
            Button add = new Button(getTranslation("assessment.view.use-suggestion"), e -> useSuggestion(suggestion));
            add.setAriaLabel(getTranslation("assessment.view.use-suggestion-aria", suggestion.title()));
            card.add(new H3(suggestion.title()),
                    new Paragraph(getTranslation("assessment.view.why", suggestion.reason())),
                    new Paragraph(getTranslation("assessment.view.typical-effort",
                            getTranslation("assessment.route." + suggestion.route().name()), suggestion.typicalEffortHours())),
                    add);
            list.add(card);
        }
        return list;
    }

    private Div peers() {
        Div list = new Div();
        List<PeerSuggestion> peers = assessments.peerInstitutions(id);
        if (peers.isEmpty()) {
            list.add(new Paragraph(getTranslation("assessment.view.no-peers")));
        }
        for (PeerSuggestion peer : peers) {
            Div card = new Div();
            card.addClassName("praxis-card");
            String why = peer.sameMode()
                    ? getTranslation("assessment.view.peer-same-mode", peer.theirRequestTitle(),
                            AssessmentQueueView.DATE.format(peer.submittedAt()))
                    : getTranslation("assessment.view.peer-shared-needs", listOf("requests.need.", peer.sharedNeeds()),
                            peer.theirRequestTitle());
            Button connect = new Button(getTranslation("assessment.view.connect"), e -> addRouteEditor(new RouteDraft(
                    SupportRoute.CONNECTION_WITH_INSTITUTION,
                    getTranslation("assessment.view.connect-title", peer.organisationName()), why, 2,
                    peer.organisationId(), peer.organisationName())));
            connect.setAriaLabel(getTranslation("assessment.view.connect-aria", peer.organisationName()));
            card.add(new H3(peer.organisationName()), new Paragraph(why), connect);
            list.add(card);
        }
        return list;
    }

    /** Adds the suggested route to the plan, once: a second click points to the route already there. */
    private void useSuggestion(Suggestion suggestion) {
        Optional<RouteEditor> existing = routeEditors.stream()
                .filter(editor -> editor.value().route() == suggestion.route()
                        && editor.value().title().strip().equalsIgnoreCase(suggestion.title().strip()))
                .findFirst();
        if (existing.isPresent()) {
            UiFeedback.problem("assessment.view.route-already-added", suggestion.title());
            existing.get().focusTitle();
            return;
        }
        addRouteEditor(new RouteDraft(suggestion.route(), suggestion.title(), "", suggestion.typicalEffortHours(),
                null, null));
    }

    private void addRouteEditor(RouteDraft draft) {
        RouteEditor[] holder = new RouteEditor[1];
        holder[0] = new RouteEditor(draft, () -> {
            routeEditors.remove(holder[0]);
            routes.remove(holder[0]);
        });
        routeEditors.add(holder[0]);
        routes.add(holder[0]);
    }

    private AssessmentForm form() {
        AssessmentForm form = new AssessmentForm();
        form.setStrengths(strengths.getValue());
        form.setGaps(gaps.getValue());
        form.setUrgency(urgency.getValue());
        form.setNotes(notes.getValue());
        form.setRationale(rationale.getValue());
        form.setRoutes(routeEditors.stream().map(RouteEditor::value).toList());
        return form;
    }

    private void save() {
        run(() -> assessments.save(id, version, form()), "assessment.view.saved");
    }

    private void complete() {
        run(() -> assessments.complete(id, version, form()), "assessment.view.completed");
    }

    private void confirmDecline() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("assessment.decline.title"));
        TextArea reason = new TextArea(getTranslation("assessment.decline.reason"));
        reason.setHelperText(getTranslation("assessment.decline.reason-help"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("assessment.decline.confirm"), e -> {
            try {
                assessments.decline(id, version, reason.getValue());
                dialog.close();
                UiFeedback.success("assessment.decline.done");
                show(assessments.get(id));
            } catch (ProblemException problem) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(getTranslation("assessment.decline.explain")), reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void run(Runnable action, String successKey) {
        if (UiFeedback.attempt(action, this::showProblems)) {
            UiFeedback.success(successKey);
            show(assessments.get(id));
        }
    }

    private void showProblems(List<String> keys) {
        problems.show(keys);
    }

    private void showDecided(AssessmentDetails details) {
        AssessmentForm form = details.assessment();
        if (!details.declineReason().isBlank()) {
            add(new H2(getTranslation("assessment.view.declined-because")), new Paragraph(details.declineReason()));
            return;
        }
        DescriptionList summary = new DescriptionList();
        term(summary, "assessment.field.assessor", details.assessorName() == null ? "" : details.assessorName());
        term(summary, "assessment.field.strengths", form.getStrengths());
        term(summary, "assessment.field.gaps", form.getGaps());
        term(summary, "assessment.field.urgency", form.getUrgency() == null ? ""
                : getTranslation("assessment.urgency." + form.getUrgency().name()));
        term(summary, "assessment.field.rationale", form.getRationale());
        term(summary, "assessment.view.team-notes", form.getNotes());
        UnorderedList decided = new UnorderedList();
        form.getRoutes().forEach(route -> decided.add(new ListItem(getTranslation("assessment.view.route-line",
                route.title(), getTranslation("assessment.route." + route.route().name()), route.effortHours()))));
        add(new H2(getTranslation("assessment.view.assessment")), summary,
                new H2(getTranslation("assessment.view.routes")), decided);
    }

    private void term(DescriptionList list, String key, String value) {
        if (!value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    private <E extends Enum<E>> String listOf(String prefix, java.util.Collection<E> values) {
        return values.stream().map(v -> getTranslation(prefix + v.name())).collect(Collectors.joining(", "));
    }
}
