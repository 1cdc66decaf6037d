package org.praxis.mentoring.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.praxis.mentoring.internal.MatchingService;
import org.praxis.mentoring.internal.MentoringLinks;
import org.praxis.mentoring.internal.MentoringViews.Intake;
import org.praxis.mentoring.internal.MentoringViews.Programme;
import org.praxis.mentoring.internal.MentoringViews.Relationship;
import org.praxis.mentoring.internal.ProgrammeService;
import org.praxis.mentoring.internal.RequestAnswer;
import org.praxis.mentoring.internal.RequestService;
import org.praxis.mentoring.internal.RequestStatus;
import org.praxis.mentoring.internal.MentoringViews.MentorRequest;
import org.praxis.mentoring.internal.MentoringViews.Pair;
import org.praxis.mentoring.events.MentoringSide;
import org.praxis.platform.PersonId;
import org.praxis.platform.ProblemException;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** My mentoring: my relationships, my intakes, and programmes I can join. */
@Route(MentoringLinks.HOME)
@PageTitle("mentoring.home.title")
@Menu(title = "mentoring.menu.home", order = 60, icon = "vaadin:handshake")
@PermitAll
public class MentoringView extends Main {

    private final ProgrammeService programmes;
    private final MatchingService matching;
    private final RequestService requests;
    private final ProblemList problems = new ProblemList("mentoring.form.problems");

    public MentoringView(ProgrammeService programmes, MatchingService matching, RequestService requests) {
        this.programmes = programmes;
        this.matching = matching;
        this.requests = requests;
        addClassName("praxis-view");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("mentoring.home.title")), new Paragraph(getTranslation("mentoring.home.intro")), problems);

        Section relationships = new Section(new H2(getTranslation("mentoring.home.relationships")));
        List<Relationship> mine = matching.myRelationships();
        if (mine.isEmpty()) {
            relationships.add(new Paragraph(getTranslation("mentoring.home.no-relationships")));
        }
        for (Relationship relationship : mine) {
            String other = getTranslation("mentoring.home.pair", relationship.mentorName(), relationship.menteeName(),
                    relationship.programmeName());
            relationships.add(new Paragraph(new RouterLink(other, RelationshipView.class,
                    new RouteParameters("id", relationship.id().toString())),
                    MentoringLabels.badge(getTranslation("mentoring.relationship-status." + relationship.status().name()))));
        }
        add(relationships);

        List<Intake> intakes = programmes.myIntakes();
        Set<String> applied = intakes.stream().map(i -> i.programmeId().toString()).collect(Collectors.toSet());
        Section programmeList = new Section(new H2(getTranslation("mentoring.home.programmes")));
        for (Programme programme : programmes.programmes()) {
            Paragraph line = new Paragraph(getTranslation("mentoring.home.programme-line", programme.name(),
                    MentoringLabels.date(programme.startsOn()), programme.lengthMonths()));
            if (applied.contains(programme.id().toString())) {
                line.add(MentoringLabels.badge(getTranslation("mentoring.home.applied")));
            } else if (programme.intakeOpen()) {
                RouterLink apply = new RouterLink(getTranslation("mentoring.home.apply"), IntakeView.class,
                        new RouteParameters("programmeId", programme.id().toString()));
                apply.getElement().setAttribute("aria-label", getTranslation("mentoring.home.apply-to", programme.name()));
                line.add(new com.vaadin.flow.component.html.Span(" "), apply);
            }
            programmeList.add(line);
        }
        add(programmeList);
        add(requestsSection());
        for (Intake intake : intakes) {
            if (intake.side() == MentoringSide.MENTEE) {
                suggestions(intake).ifPresent(this::add);
            } else {
                add(places(intake));
            }
        }
    }

    /** Mentors the mentee might ask, best first, each explained; ask one or say "not for me". */
    private java.util.Optional<Section> suggestions(Intake mentee) {
        List<Pair> pairs;
        try {
            pairs = requests.suggestions(mentee.programmeId());
        } catch (ProblemException alreadyMatched) {
            return java.util.Optional.empty();
        }
        Section section = new Section(new H2(getTranslation("mentoring.home.suggestions")));
        section.addClassName("praxis-card");
        if (pairs.isEmpty()) {
            section.add(new Paragraph(getTranslation("mentoring.home.no-suggestions")));
        }
        for (Pair pair : pairs) {
            String mentor = pair.mentor().personName();
            UnorderedList reasons = new UnorderedList();
            pair.reasons().forEach(reason -> reasons.add(new ListItem(getTranslation(reason.messageKey(), reason.arguments().toArray()))));
            TextArea message = new TextArea(getTranslation("mentoring.home.message-to", mentor));
            Button ask = new Button(getTranslation("mentoring.home.ask"), click -> {
                problems.clear();
                if (UiFeedback.attempt(() -> requests.request(mentee.programmeId(), pair.mentor().id(), message.getValue()), problems::show)) {
                    UiFeedback.success("mentoring.home.asked", mentor);
                    render();
                }
            });
            ask.getElement().setAttribute("aria-label", getTranslation("mentoring.home.ask-mentor", mentor));
            Button dismiss = new Button(getTranslation("mentoring.home.dismiss"), click -> {
                if (UiFeedback.attempt(() -> requests.dismiss(mentee.programmeId(), pair.mentor().id()), problems::show)) {
                    render();
                }
            });
            dismiss.getElement().setAttribute("aria-label", getTranslation("mentoring.home.dismiss-mentor", mentor));
            section.add(new H3(getTranslation("mentoring.home.suggestion", mentor, pair.score())),
                    new Details(getTranslation("mentoring.draft.why"), reasons), message, ask, dismiss);
        }
        return java.util.Optional.of(section);
    }

    /** Requests sent and received; a mentor answers the open ones. */
    private Section requestsSection() {
        Section section = new Section(new H2(getTranslation("mentoring.home.requests")));
        section.addClassName("praxis-card");
        List<MentorRequest> all = requests.myRequests();
        if (all.isEmpty()) {
            section.add(new Paragraph(getTranslation("mentoring.home.no-requests")));
        }
        PersonId me = currentUserId();
        for (MentorRequest request : all) {
            boolean received = request.mentor().equals(me);
            section.add(new Paragraph(new com.vaadin.flow.component.html.Span(getTranslation(received
                    ? "mentoring.home.request-received" : "mentoring.home.request-sent",
                    received ? request.menteeName() : request.mentorName(), request.message()) + " "),
                    MentoringLabels.badge(getTranslation("mentoring.request-status." + request.status().name()))));
            if (!request.mentorReply().isBlank()) {
                section.add(new Paragraph(getTranslation("mentoring.home.reply", request.mentorReply())));
            }
            if (received && request.status().isOpen()) {
                TextArea reply = new TextArea(getTranslation("mentoring.home.reply-to", request.menteeName()));
                section.add(reply);
                for (RequestAnswer answer : RequestAnswer.values()) {
                    Button button = new Button(getTranslation("mentoring.request-answer." + answer.name()), click -> {
                        problems.clear();
                        if (UiFeedback.attempt(() -> requests.answer(request.id(), request.version(), answer, reply.getValue()), problems::show)) {
                            render();
                        }
                    });
                    button.getElement().setAttribute("aria-label", getTranslation("mentoring.home.answer-for",
                            getTranslation("mentoring.request-answer." + answer.name()), request.menteeName()));
                    section.add(button);
                }
            } else if (!received && request.status() == RequestStatus.MORE_ASKED) {
                TextArea more = new TextArea(getTranslation("mentoring.home.tell-more"));
                section.add(more, new Button(getTranslation("mentoring.home.send-more"), click -> {
                    problems.clear();
                    if (UiFeedback.attempt(() -> requests.tellMore(request.id(), request.version(), more.getValue()), problems::show)) {
                        render();
                    }
                }));
            }
        }
        return section;
    }

    /** A mentor sets how many mentees they take, or pauses. */
    private Section places(Intake mentor) {
        IntegerField capacity = new IntegerField(getTranslation("mentoring.intake.capacity"));
        capacity.setValue(Math.max(1, mentor.capacity()));
        Checkbox paused = new Checkbox(getTranslation("mentoring.home.paused"), mentor.paused());
        Button save = new Button(getTranslation("mentoring.home.save-places"), click -> {
            problems.clear();
            if (UiFeedback.attempt(() -> programmes.setMentorPlaces(mentor.id(), mentor.version(),
                    capacity.getValue() == null ? 0 : capacity.getValue(), paused.getValue()), problems::show)) {
                UiFeedback.success("mentoring.home.places-saved");
                render();
            }
        });
        Section section = new Section(new H2(getTranslation("mentoring.home.my-places")), capacity, paused, save);
        section.addClassName("praxis-card");
        return section;
    }

    private PersonId currentUserId() {
        return programmes.me();
    }
}
