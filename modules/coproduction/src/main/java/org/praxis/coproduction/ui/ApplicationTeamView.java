package org.praxis.coproduction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.coproduction.events.ApplicationId;
import org.praxis.coproduction.internal.ApplicationStatus;
import org.praxis.coproduction.internal.CoproductionLinks;
import org.praxis.coproduction.internal.CoproductionViews.ApplicationForTeam;
import org.praxis.coproduction.internal.CoproductionViews.KnownPerson;
import org.praxis.coproduction.internal.CoproductionViews.ReviewerTotal;
import org.praxis.coproduction.internal.DecisionForm;
import org.praxis.coproduction.internal.ShortlistService;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.util.stream.Collectors;

/**
 * One application for the team: who sent it (unless the reader is reviewing it and scores are not all in), the
 * adjustments asked for, reviewers and their totals, moderation, and the decision with its reason.
 */
@Route("coproduction/applications/:id(" + CoproductionLinks.UUID + ")")
@PageTitle("coproduction.application.title")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class ApplicationTeamView extends Main implements BeforeEnterObserver {

    private final ShortlistService shortlist;
    private ApplicationId id = new ApplicationId(new java.util.UUID(0, 0));

    public ApplicationTeamView(ShortlistService shortlist) {
        this.shortlist = shortlist;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = ApplicationId.of(event.getRouteParameters().get("id").orElseThrow());
        refresh();
    }

    private void refresh() {
        removeAll();
        ApplicationForTeam application;
        try {
            application = shortlist.application(id);
        } catch (ProblemException refused) {
            add(new H1(getTranslation("coproduction.application.title")),
                    new Paragraph(getTranslation(refused.messageKey())));
            return;
        }
        add(new H1(getTranslation("coproduction.application.heading", application.applicantName())),
                new Paragraph(getTranslation("coproduction.application-status." + application.status().name())),
                new Paragraph(getTranslation("coproduction.application.contact", application.content().contact())));
        switch (application.content().format()) {
            case WRITTEN -> add(new Paragraph(application.content().writtenAnswer()));
            case AUDIO, VIDEO -> add(CoproductionLabels.download(getTranslation("coproduction.reviews.recording"),
                    "answer", String.valueOf(application.mediaType()), () -> shortlist.recording(id).content()));
            case OTHER -> add(new Paragraph(getTranslation("coproduction.reviews.other",
                    application.content().otherFormatRequest())));
        }
        if (!application.content().adjustments().isEmpty() || !application.content().adjustmentNotes().isBlank()) {
            add(new Paragraph(getTranslation("coproduction.application.adjustments",
                    application.content().adjustments().stream()
                            .map(a -> getTranslation("coproduction.adjustment." + a.name()))
                            .sorted().collect(Collectors.joining(", ")), application.content().adjustmentNotes())));
        }
        add(new H2(getTranslation("coproduction.application.reviews")));
        UnorderedList reviews = new UnorderedList();
        for (ReviewerTotal review : application.reviews()) {
            reviews.add(new ListItem(review.total() == null
                    ? getTranslation("coproduction.application.not-scored", review.reviewer().name())
                    : getTranslation("coproduction.application.scored", review.reviewer().name(), review.total())));
        }
        add(reviews);
        if (application.status().decided()) {
            add(new Paragraph(getTranslation("coproduction.application.reason", application.decisionReason())));
            return;
        }
        addReviewerChoice();
        if (application.needsModeration()) {
            addModeration();
        } else if (application.allScored()) {
            addDecision(application);
        }
    }

    private void addReviewerChoice() {
        CheckboxGroup<KnownPerson> reviewers = new CheckboxGroup<>(getTranslation("coproduction.application.give-to"));
        reviewers.setItems(shortlist.possibleReviewers());
        reviewers.setItemLabelGenerator(KnownPerson::name);
        ProblemList problems = new ProblemList("coproduction.form.problems");
        Button give = new Button(getTranslation("coproduction.application.give"), e -> {
            if (UiFeedback.attempt(() -> shortlist.assignReviewers(id, reviewers.getValue().stream()
                    .map(KnownPerson::id).toList()), problems::show)) {
                refresh();
            }
        });
        add(problems, reviewers, give);
    }

    private void addModeration() {
        add(new H2(getTranslation("coproduction.application.moderation")),
                new Paragraph(getTranslation("coproduction.application.moderation-help")));
        IntegerField agreed = new IntegerField(getTranslation("coproduction.application.agreed"));
        TextArea note = new TextArea(getTranslation("coproduction.application.note"));
        ProblemList problems = new ProblemList("coproduction.form.problems");
        Button record = new Button(getTranslation("coproduction.application.record-moderation"), e -> {
            if (UiFeedback.attempt(() -> shortlist.moderate(id, agreed.getValue() == null ? -1 : agreed.getValue(),
                    note.getValue()), problems::show)) {
                refresh();
            }
        });
        add(problems, agreed, note, record);
    }

    private void addDecision(ApplicationForTeam application) {
        add(new H2(getTranslation("coproduction.application.decision")));
        RadioButtonGroup<ApplicationStatus> outcome = new RadioButtonGroup<>(getTranslation("coproduction.application.outcome"));
        outcome.setItems(ApplicationStatus.APPOINTED, ApplicationStatus.NOT_APPOINTED);
        outcome.setItemLabelGenerator(s -> getTranslation("coproduction.application-status." + s.name()));
        TextArea reason = new TextArea(getTranslation("coproduction.application.reason-field"));
        reason.setHelperText(getTranslation("coproduction.application.reason-help"));
        reason.setWidthFull();
        DatePicker agreement = new DatePicker(getTranslation("coproduction.application.agreement-from"));
        ProblemList problems = new ProblemList("coproduction.form.problems");
        Button decide = new Button(getTranslation("coproduction.application.decide"), e -> {
            if (UiFeedback.attempt(() -> shortlist.decide(id, application.version(),
                    new DecisionForm(outcome.getValue(), reason.getValue(), agreement.getValue())), problems::show)) {
                UiFeedback.success("coproduction.application.decided");
                refresh();
            }
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(problems, outcome, reason, agreement, decide);
    }
}
