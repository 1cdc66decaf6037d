package org.praxis.coproduction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.coproduction.internal.AnswerFormat;
import org.praxis.coproduction.internal.CoproductionRoles;
import org.praxis.coproduction.internal.CoproductionViews.BlindApplication;
import org.praxis.coproduction.internal.CoproductionViews.Criterion;
import org.praxis.coproduction.internal.ShortlistService;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A reviewer's applications, blind: the answer and the rubric, never who sent it. */
@Route("coproduction/reviews")
@PageTitle("coproduction.reviews.title")
@Menu(title = "coproduction.menu.reviews", order = 82, icon = "vaadin:star-half-left-o")
@RolesAllowed({Roles.PROGRAMME_TEAM, CoproductionRoles.REVIEWER})
public class ReviewsView extends Main {

    private final ShortlistService shortlist;

    public ReviewsView(ShortlistService shortlist) {
        this.shortlist = shortlist;
        addClassName("praxis-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("coproduction.reviews.title")),
                new Paragraph(getTranslation("coproduction.reviews.intro")));
        var mine = shortlist.myReviews();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("coproduction.reviews.empty")));
        }
        int number = 1;
        for (BlindApplication application : mine) {
            add(application(application, number++));
        }
    }

    private Section application(BlindApplication application, int number) {
        Section section = new Section(new H2(getTranslation("coproduction.reviews.heading", number,
                application.waveTitle())));
        section.addClassName("praxis-card");
        switch (application.format()) {
            case WRITTEN -> section.add(new Paragraph(application.writtenAnswer()));
            case AUDIO, VIDEO -> section.add(CoproductionLabels.download(
                    getTranslation("coproduction.reviews.recording"), "answer", String.valueOf(application.mediaType()),
                    () -> shortlist.recording(application.id()).content()));
            case OTHER -> section.add(new Paragraph(getTranslation("coproduction.reviews.other",
                    application.otherFormatRequest())));
        }
        if (application.format() != AnswerFormat.WRITTEN && !application.writtenAnswer().isBlank()) {
            section.add(new Paragraph(application.writtenAnswer()));
        }
        if (application.scoredByMe()) {
            section.add(new Paragraph(getTranslation("coproduction.reviews.scored")));
            return section;
        }
        Map<UUID, IntegerField> fields = new HashMap<>();
        for (Criterion criterion : application.criteria()) {
            IntegerField score = new IntegerField(getTranslation("coproduction.reviews.score", criterion.title(),
                    criterion.maxScore()));
            score.setMin(0);
            score.setMax(criterion.maxScore());
            score.setStepButtonsVisible(true);
            fields.put(criterion.id(), score);
            section.add(score);
        }
        TextArea comment = new TextArea(getTranslation("coproduction.reviews.comment"));
        comment.setWidthFull();
        ProblemList problems = new ProblemList("coproduction.form.problems");
        Button save = new Button(getTranslation("coproduction.reviews.save"), e -> {
            Map<UUID, Integer> scores = new HashMap<>();
            fields.forEach((criterion, field) -> {
                if (field.getValue() != null) {
                    scores.put(criterion, field.getValue());
                }
            });
            if (UiFeedback.attempt(() -> shortlist.score(application.id(), scores, comment.getValue()), problems::show)) {
                UiFeedback.success("coproduction.reviews.saved");
                refresh();
            }
        });
        section.add(comment, problems, new Div(save));
        return section;
    }
}
