package org.praxis.coproduction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.coproduction.internal.CoreValue;
import org.praxis.coproduction.internal.PulseForm;
import org.praxis.coproduction.internal.PulseViews.PulsePoint;
import org.praxis.coproduction.internal.PulseViews.PulseToAnswer;
import org.praxis.coproduction.internal.PulseViews.ValuesTrends;
import org.praxis.coproduction.internal.ValuesPulseService;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.ProblemList;
import org.praxis.platform.ui.UiFeedback;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The values pulse: the short survey after each finished element (human, inclusive, transparent, challenging),
 * and how the answers look per project and month by month, as a chart with a table of the same figures beside it.
 * Groups with fewer answers than the minimum show only how many answered.
 */
@Route("coproduction/values-pulse")
@PageTitle("coproduction.pulse.title")
@Menu(title = "coproduction.menu.pulse", order = 87.5, icon = "vaadin:heart")
@RolesAllowed({Roles.PROGRAMME_TEAM, Roles.CO_PRODUCER})
public class ValuesPulseView extends Main {

    private final ValuesPulseService pulse;

    public ValuesPulseView(ValuesPulseService pulse) {
        this.pulse = pulse;
        addClassName("praxis-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("coproduction.pulse.title")), new Paragraph(getTranslation("coproduction.pulse.intro")));
        List<PulseToAnswer> open = pulse.toAnswer();
        if (!open.isEmpty()) {
            add(new H2(getTranslation("coproduction.pulse.to-answer")));
            open.forEach(element -> add(survey(element)));
        }
        ValuesTrends trends = pulse.trends();
        add(new H2(getTranslation("coproduction.pulse.by-project")),
                new Paragraph(getTranslation("coproduction.pulse.minimum", trends.minimumAnswers())));
        if (trends.projects().isEmpty()) {
            add(new Paragraph(getTranslation("coproduction.pulse.none")));
        }
        trends.projects().forEach(project -> add(trend(new H3(project.name()), project.elements(),
                getTranslation("coproduction.pulse.chart-project", project.name()),
                getTranslation("coproduction.pulse.element"))));
        if (!trends.months().isEmpty()) {
            add(trend(new H2(getTranslation("coproduction.pulse.by-month")), trends.months(),
                    getTranslation("coproduction.pulse.chart-months"), getTranslation("coproduction.pulse.month")));
        }
    }

    private Section survey(PulseToAnswer element) {
        Section section = new Section(new H3(getTranslation("coproduction.pulse.survey-heading", element.project(),
                element.title())));
        section.addClassName("praxis-card");
        ProblemList problems = new ProblemList("coproduction.form.problems");
        Map<CoreValue, RadioButtonGroup<Integer>> scores = new EnumMap<>(CoreValue.class);
        section.add(problems);
        for (CoreValue value : CoreValue.values()) {
            RadioButtonGroup<Integer> score = new RadioButtonGroup<>(getTranslation("coproduction.value-question."
                    + value.name()));
            score.setItems(1, 2, 3, 4, 5);
            score.setItemLabelGenerator(n -> getTranslation("coproduction.pulse.score-" + n));
            score.setHelperText(getTranslation("coproduction.pulse.score-help"));
            problems.field("coproduction.validation.pulse-score." + value.name(), score);
            scores.put(value, score);
            section.add(score);
        }
        TextArea comment = new TextArea(getTranslation("coproduction.pulse.comment"));
        comment.setHelperText(getTranslation("coproduction.pulse.comment-help"));
        comment.setWidthFull();
        problems.field("coproduction.validation.pulse-comment-too-long", comment);
        Button send = new Button(getTranslation("coproduction.pulse.send"), e -> {
            Map<CoreValue, Integer> chosen = new EnumMap<>(CoreValue.class);
            scores.forEach((value, group) -> {
                if (group.getValue() != null) {
                    chosen.put(value, group.getValue());
                }
            });
            if (UiFeedback.attempt(() -> pulse.answer(element.element(), new PulseForm(chosen, comment.getValue())),
                    problems::show)) {
                UiFeedback.success("coproduction.pulse.thanks");
                refresh();
            }
        });
        send.getElement().setAttribute("aria-label",
                getTranslation("coproduction.pulse.send-for", element.title()));
        section.add(comment, new Div(send));
        return section;
    }

    /** A chart and, beside it, the same figures as a table; then the comments of the groups large enough. */
    private Section trend(com.vaadin.flow.component.Component heading, List<PulsePoint> points, String title,
                          String firstColumn) {
        Section section = new Section(heading);
        section.addClassName("praxis-card");
        if (points.stream().anyMatch(p -> !p.hidden())) {
            section.add(ValuesChart.of(points, v -> getTranslation("coproduction.value." + v.name()), title));
        }
        NativeTable table = new NativeTable();
        table.setCaptionText(title);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(firstColumn);
        head.addHeaderCell().setText(getTranslation("coproduction.pulse.answers"));
        for (CoreValue value : CoreValue.values()) {
            head.addHeaderCell().setText(getTranslation("coproduction.value." + value.name()));
        }
        UnorderedList comments = new UnorderedList();
        for (PulsePoint point : points) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(point.label());
            row.addDataCell().setText(String.valueOf(point.answers()));
            if (point.hidden()) {
                var cell = row.addDataCell();
                cell.setText(getTranslation("coproduction.pulse.too-few"));
                cell.getElement().setAttribute("colspan", String.valueOf(CoreValue.values().length));
            } else {
                for (CoreValue value : CoreValue.values()) {
                    BigDecimal average = point.averages().get(value);
                    row.addDataCell().setText(average == null ? "" : average.toPlainString());
                }
                point.comments().forEach(c -> comments.add(new ListItem(getTranslation("coproduction.pulse.comment-on",
                        point.label(), c))));
            }
        }
        section.add(table);
        if (comments.getChildren().findAny().isPresent()) {
            section.add(new Paragraph(getTranslation("coproduction.pulse.comments")), comments);
        }
        return section;
    }
}
