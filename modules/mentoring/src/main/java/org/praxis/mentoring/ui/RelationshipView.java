package org.praxis.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.praxis.mentoring.events.RelationshipId;
import org.praxis.mentoring.internal.ActivityType;
import org.praxis.mentoring.internal.Cadence;
import org.praxis.mentoring.internal.ClosureForm;
import org.praxis.mentoring.internal.ExpectationsForm;
import org.praxis.mentoring.internal.MeetingForm;
import org.praxis.mentoring.internal.MentoringViews.Expectations;
import org.praxis.mentoring.internal.MentoringViews.Meeting;
import org.praxis.mentoring.internal.MentoringViews.Reflection;
import org.praxis.mentoring.internal.MentoringViews.RelationshipDetails;
import org.praxis.mentoring.internal.RelationshipService;
import org.praxis.mentoring.internal.RelationshipStatus;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

/**
 * A pair's own page: the expectations both agree, the meeting log (with notes only they read), and closing
 * with a reflection. To anyone else, including the programme team, it does not exist.
 */
@Route("mentoring/relationships/:id")
@PageTitle("mentoring.relationship.title")
@PermitAll
public class RelationshipView extends Main implements BeforeEnterObserver {

    private final RelationshipService relationships;
    private final com.vaadin.flow.i18n.I18NProvider i18n;
    private final ProblemList problems = new ProblemList("mentoring.form.problems");
    private RelationshipId id = new RelationshipId(new java.util.UUID(0, 0));

    public RelationshipView(RelationshipService relationships, com.vaadin.flow.i18n.I18NProvider i18n) {
        this.relationships = relationships;
        this.i18n = i18n;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = RelationshipId.of(event.getRouteParameters().get("id").orElse(""));
            render();
        } catch (NotFoundException | IllegalArgumentException missing) {
            removeAll();
            add(new H1(getTranslation("mentoring.relationship.title")),
                    new Paragraph(getTranslation("mentoring.error.relationship-not-found")));
        }
    }

    private void render() {
        RelationshipDetails details = relationships.details(id);
        removeAll();
        boolean active = details.relationship().status() == RelationshipStatus.ACTIVE;
        add(new H1(getTranslation("mentoring.relationship.heading", details.relationship().mentorName(),
                details.relationship().menteeName())), problems, expectations(details, active), meetings(details, active));
        add(active ? closing(details) : closed(details));
    }

    private Section expectations(RelationshipDetails details, boolean active) {
        Expectations agreed = details.expectations();
        Section section = new Section(new H2(getTranslation("mentoring.relationship.expectations")));
        section.addClassName("praxis-card");
        int version = details.relationship().version();
        if (agreed.proposed()) {
            section.add(new Paragraph(getTranslation("mentoring.relationship.expectations-summary", agreed.lengthMonths(),
                    MentoringLabels.label(this, "mentoring.cadence.", java.util.Objects.requireNonNull(agreed.frequency())))),
                    new Paragraph(getTranslation("mentoring.relationship.confidentiality-is", agreed.confidentiality())),
                    new Paragraph(getTranslation("mentoring.relationship.closing-is", agreed.howToClose())),
                    new Paragraph(getTranslation(agreed.agreedByBoth() ? "mentoring.relationship.agreed-by-both"
                            : "mentoring.relationship.waiting-agreement")));
            if (active && !agreed.agreedByBoth()) {
                section.add(new Button(getTranslation("mentoring.relationship.agree"), click -> {
                    if (UiFeedback.attempt(() -> relationships.agreeExpectations(id, version), problems::show)) {
                        render();
                    }
                }));
            }
        }
        if (!active) {
            return section;
        }
        IntegerField length = new IntegerField(getTranslation("mentoring.relationship.length"));
        length.setValue(agreed.lengthMonths() == null ? 12 : agreed.lengthMonths());
        Select<Cadence> frequency = new Select<>();
        frequency.setLabel(getTranslation("mentoring.relationship.frequency"));
        frequency.setItems(Cadence.values());
        frequency.setItemLabelGenerator(value -> MentoringLabels.label(this, "mentoring.cadence.", value));
        frequency.setValue(agreed.frequency() == null ? Cadence.MONTHLY : agreed.frequency());
        TextArea confidentiality = new TextArea(getTranslation("mentoring.relationship.confidentiality"));
        confidentiality.setValue(agreed.confidentiality());
        TextArea howToClose = new TextArea(getTranslation("mentoring.relationship.how-to-close"));
        howToClose.setValue(agreed.howToClose());
        Button propose = new Button(getTranslation("mentoring.relationship.propose"), click -> {
            ExpectationsForm form = new ExpectationsForm();
            form.setLengthMonths(length.getValue() == null ? 0 : length.getValue());
            form.setFrequency(frequency.getValue());
            form.setConfidentiality(confidentiality.getValue());
            form.setHowToClose(howToClose.getValue());
            problems.clear();
            if (UiFeedback.attempt(() -> relationships.proposeExpectations(id, version, form), problems::show)) {
                UiFeedback.success("mentoring.relationship.proposed");
                render();
            }
        });
        FormLayout layout = new FormLayout(length, frequency, confidentiality, howToClose);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        section.add(layout, propose);
        return section;
    }

    private Section meetings(RelationshipDetails details, boolean active) {
        Section section = new Section(new H2(getTranslation("mentoring.relationship.meetings")));
        section.addClassName("praxis-card");
        if (details.meetings().isEmpty()) {
            section.add(new Paragraph(getTranslation("mentoring.relationship.no-meetings")));
        }
        for (Meeting meeting : details.meetings()) {
            String title = getTranslation("mentoring.relationship.calendar-title", details.relationship().mentorName(),
                    details.relationship().menteeName());
            com.vaadin.flow.component.html.Anchor calendar = new com.vaadin.flow.component.html.Anchor(
                    com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(request -> {
                        try {
                            byte[] ics = relationships.meetingCalendar(meeting.id(), title);
                            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(ics),
                                    "mentoring-meeting.ics", "text/calendar", ics.length);
                        } catch (org.praxis.platform.ProblemException refused) {
                            return com.vaadin.flow.server.streams.DownloadResponse.error(404);
                        }
                    }), getTranslation("mentoring.relationship.add-to-calendar"));
            calendar.getElement().setAttribute("download", true);
            section.add(new Paragraph(new com.vaadin.flow.component.html.Span(getTranslation("mentoring.relationship.meeting-line",
                    MentoringLabels.dateTime(meeting.startsAt()), meeting.minutes(),
                    MentoringLabels.label(this, "mentoring.activity.", meeting.activity())) + " "), calendar));
            if (!meeting.notes().isBlank()) {
                section.add(new Paragraph(getTranslation("mentoring.relationship.notes-are", meeting.notes())));
            }
        }
        if (!active) {
            return section;
        }
        DateTimePicker when = new DateTimePicker(getTranslation("mentoring.relationship.when"));
        IntegerField minutes = new IntegerField(getTranslation("mentoring.relationship.minutes"));
        minutes.setValue(60);
        Select<ActivityType> activity = new Select<>();
        activity.setLabel(getTranslation("mentoring.relationship.activity"));
        activity.setItems(ActivityType.values());
        activity.setItemLabelGenerator(value -> MentoringLabels.label(this, "mentoring.activity.", value));
        TextArea agenda = new TextArea(getTranslation("mentoring.relationship.agenda"));
        TextArea notes = new TextArea(getTranslation("mentoring.relationship.notes"));
        notes.setHelperText(getTranslation("mentoring.relationship.notes-help"));
        Button log = new Button(getTranslation("mentoring.relationship.log"), click -> {
            MeetingForm form = new MeetingForm();
            form.setStartsAt(when.getValue());
            form.setMinutes(minutes.getValue() == null ? 0 : minutes.getValue());
            form.setActivity(activity.getValue());
            form.setAgenda(agenda.getValue());
            form.setNotes(notes.getValue());
            problems.clear();
            if (UiFeedback.attempt(() -> relationships.logMeeting(id, form), problems::show)) {
                UiFeedback.success("mentoring.relationship.logged");
                render();
            }
        });
        FormLayout layout = new FormLayout(when, minutes, activity, agenda, notes);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        section.add(layout, log);
        return section;
    }

    private Section closing(RelationshipDetails details) {
        TextArea reflection = new TextArea(getTranslation("mentoring.relationship.reflection"));
        Checkbox completed = new Checkbox(getTranslation("mentoring.relationship.completed"), true);
        Checkbox informally = new Checkbox(getTranslation("mentoring.relationship.continue-informally"));
        Button close = new Button(getTranslation("mentoring.relationship.close"), click -> {
            ClosureForm form = new ClosureForm();
            form.setReflection(reflection.getValue());
            form.setCompleted(completed.getValue());
            form.setContinueInformally(informally.getValue());
            problems.clear();
            if (UiFeedback.attempt(() -> relationships.close(id, details.relationship().version(), form), problems::show)) {
                UiFeedback.success("mentoring.relationship.closed-now");
                render();
            }
        });
        Section section = new Section(new H2(getTranslation("mentoring.relationship.closing")),
                new Paragraph(getTranslation("mentoring.relationship.closing-intro")), reflection, completed, informally, close);
        section.addClassName("praxis-card");
        return section;
    }

    private Section closed(RelationshipDetails details) {
        Section section = new Section(new H2(getTranslation("mentoring.relationship.closed")),
                new Paragraph(getTranslation("mentoring.relationship.closed-on", MentoringLabels.date(details.closedAt()))));
        section.addClassName("praxis-card");
        if (Boolean.TRUE.equals(details.completed())) {
            java.util.Locale locale = getLocale();
            org.praxis.mentoring.internal.Translator texts = (key, arguments) -> i18n.getTranslation(key, locale, arguments);
            String fileName = "mentoring-certificate.pdf";
            com.vaadin.flow.component.html.Anchor download = new com.vaadin.flow.component.html.Anchor(
                    com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(request -> {
                        try {
                            byte[] pdf = relationships.certificatePdf(id, texts);
                            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(pdf),
                                    fileName, "application/pdf", pdf.length);
                        } catch (org.praxis.platform.ProblemException refused) {
                            return com.vaadin.flow.server.streams.DownloadResponse.error(404);
                        }
                    }), getTranslation("mentoring.relationship.certificate"));
            download.getElement().setAttribute("download", true);
            section.add(new Paragraph(download));
        }
        for (Reflection reflection : details.reflections()) {
            String who = reflection.person().equals(details.relationship().mentor()) ? details.relationship().mentorName()
                    : details.relationship().menteeName();
            section.add(new Paragraph(getTranslation("mentoring.relationship.reflection-by", who, reflection.text())));
        }
        return section;
    }
}
