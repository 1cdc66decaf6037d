package org.praxis.mentoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.mentoring.events.MatchDraftId;
import org.praxis.mentoring.internal.DraftStatus;
import org.praxis.mentoring.internal.MatchingService;
import org.praxis.mentoring.internal.MentoringViews.Draft;
import org.praxis.mentoring.internal.MentoringViews.Intake;
import org.praxis.mentoring.internal.MentoringViews.Pair;
import org.praxis.mentoring.internal.MentoringViews.Reason;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.util.List;

/**
 * The team reviews a cohort match: each pair with its score and "why this match", mentees left out, a pair moved
 * or removed (each edit checked against the rules and the draft's version), and publishing.
 */
@Route("mentoring/drafts/:id")
@PageTitle("mentoring.draft.title")
@RolesAllowed(Roles.PROGRAMME_TEAM)
public class DraftView extends Main implements BeforeEnterObserver {

    private final MatchingService matching;
    private final ProblemList problems = new ProblemList("mentoring.draft.problems");
    private MatchDraftId id = new MatchDraftId(new java.util.UUID(0, 0));

    public DraftView(MatchingService matching) {
        this.matching = matching;
        addClassName("praxis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = MatchDraftId.of(event.getRouteParameters().get("id").orElse(""));
            render(matching.draft(id));
        } catch (NotFoundException | IllegalArgumentException missing) {
            removeAll();
            add(new H1(getTranslation("mentoring.draft.title")), new Paragraph(getTranslation("mentoring.error.draft-not-found")));
        }
    }

    private void render(Draft draft) {
        removeAll();
        boolean open = draft.status() == DraftStatus.DRAFT;
        add(new H1(getTranslation("mentoring.draft.heading", draft.programmeName())),
                new Paragraph(getTranslation(open ? "mentoring.draft.intro" : "mentoring.draft.published",
                        draft.pairs().size(), draft.totalScore())), problems);
        for (Pair pair : draft.pairs()) {
            add(pairCard(draft, pair, open));
        }
        if (open) {
            add(unmatched(draft));
            Button publish = new Button(getTranslation("mentoring.draft.publish"), click -> {
                if (UiFeedback.attempt(() -> matching.publish(id, draft.version()), problems::show)) {
                    UiFeedback.success("mentoring.draft.published-now", draft.pairs().size());
                    render(matching.draft(id));
                }
            });
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(publish);
        }
    }

    private Section pairCard(Draft draft, Pair pair, boolean open) {
        String title = getTranslation("mentoring.draft.pair", pair.mentee().personName(), pair.mentor().personName());
        Section card = new Section(new H2(title), new Paragraph(getTranslation("mentoring.draft.score", pair.score())));
        card.addClassName("praxis-card");
        UnorderedList reasons = new UnorderedList();
        for (Reason reason : pair.reasons()) {
            reasons.add(new ListItem(getTranslation("mentoring.criterion." + reason.criterion().name()) + ": "
                    + getTranslation(reason.messageKey(), reason.arguments().toArray()) + " ("
                    + getTranslation("mentoring.why.points", reason.points(), reason.weight()) + ")"));
        }
        card.add(new Details(getTranslation("mentoring.draft.why"), reasons));
        if (open) {
            Button remove = new Button(getTranslation("mentoring.draft.remove"), click -> {
                if (UiFeedback.attempt(() -> matching.unassign(id, draft.version(), pair.mentee().id()), problems::show)) {
                    render(matching.draft(id));
                }
            });
            remove.getElement().setAttribute("aria-label", getTranslation("mentoring.draft.remove-pair", title));
            card.add(remove);
        }
        return card;
    }

    private Section unmatched(Draft draft) {
        Section section = new Section(new H2(getTranslation("mentoring.draft.unmatched")));
        section.addClassName("praxis-card");
        if (draft.unmatchedMentees().isEmpty()) {
            section.add(new Paragraph(getTranslation("mentoring.draft.everyone-matched")));
        }
        List<Intake> mentors = draft.mentorsWithRoom();
        for (Intake mentee : draft.unmatchedMentees()) {
            ComboBox<Intake> mentor = new ComboBox<>(getTranslation("mentoring.draft.choose-mentor", mentee.personName()));
            mentor.setItems(mentors);
            mentor.setItemLabelGenerator(Intake::personName);
            Button assign = new Button(getTranslation("mentoring.draft.assign"), click -> {
                if (mentor.getValue() != null && UiFeedback.attempt(
                        () -> matching.assign(id, draft.version(), mentee.id(), mentor.getValue().id()), problems::show)) {
                    render(matching.draft(id));
                }
            });
            assign.getElement().setAttribute("aria-label", getTranslation("mentoring.draft.assign-to", mentee.personName()));
            section.add(new H3(mentee.personName()), mentor, assign);
        }
        return section;
    }
}
