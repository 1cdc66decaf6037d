package org.praxis.coproduction.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.coproduction.events.ElementId;
import org.praxis.coproduction.internal.PulseViews.ProjectTrend;
import org.praxis.coproduction.internal.PulseViews.PulsePoint;
import org.praxis.coproduction.internal.PulseViews.PulseToAnswer;
import org.praxis.coproduction.internal.PulseViews.Tally;
import org.praxis.coproduction.internal.PulseViews.ValuesTrends;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The values pulse. When the team marks an element finished, the co-producers assigned to it, its lead and the
 * programme team are each asked once how far the work was human, inclusive, transparent and challenging (1 to 5,
 * with a comment if they like). Answers are stored apart from who gave them, and results (averages and comments)
 * are shown only for groups of at least {@code pulse-minimum-answers}, so nobody can be picked out.
 */
@Service
@Transactional
public class ValuesPulseService {

    static final int COMMENT_MAX = 1000;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final JooqPulseRepository pulse;
    private final JooqPayRepository pay;
    private final CurrentUser currentUser;
    private final CoproductionTime time;
    private final CoproductionProperties properties;

    ValuesPulseService(JooqPulseRepository pulse, JooqPayRepository pay, CurrentUser currentUser,
                       CoproductionTime time, CoproductionProperties properties) {
        this.pulse = pulse;
        this.pay = pay;
        this.currentUser = currentUser;
        this.time = time;
        this.properties = properties;
    }

    /** The element's work is done: its pulse opens today. Finishing twice keeps the first day. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void finish(ElementId element) {
        requireElement(element);
        pulse.finish(element, time.today());
    }

    /** Finished elements the signed-in person worked on (or, for the team, any) and has not answered for yet. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PulseToAnswer> toAnswer() {
        PraxisUser me = currentUser.require();
        return pulse.unanswered(me.personId(), time.today(),
                me.hasRole(Role.PROGRAMME_TEAM) ? null : pulse.elementsOf(me.personId()));
    }

    @PreAuthorize("isAuthenticated()")
    public void answer(ElementId element, PulseForm form) {
        PraxisUser me = currentUser.require();
        LocalDate finished = requireElement(element);
        boolean coproducer = pulse.assigned(element, me.personId());
        boolean staff = me.hasRole(Role.PROGRAMME_TEAM) || pay.element(element).orElseThrow().lead().id()
                .equals(me.personId());
        if (!coproducer && !staff) {
            throw new ProblemException("coproduction.error.pulse-not-yours");
        }
        if (finished == null || finished.isAfter(time.today())) {
            throw new ProblemException("coproduction.error.pulse-not-open");
        }
        Map<CoreValue, Integer> scores = check(form);
        if (!pulse.markAnswered(element, me.personId())) {
            throw new ProblemException("coproduction.error.pulse-already-answered");
        }
        pulse.insertAnswer(Ids.newId(), element, !coproducer, scores, form.comment().strip());
    }

    /**
     * Trends per project (element by element) and month by month (by the month elements finished, counting only
     * elements shown); small groups show only how many answered.
     */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'CO_PRODUCER')")
    @Transactional(readOnly = true)
    public ValuesTrends trends() {
        int minimum = Math.max(1, properties.pulseMinimumAnswers());
        Map<UUID, ProjectTrend> projects = new LinkedHashMap<>();
        for (Tally tally : pulse.byElement()) {
            projects.computeIfAbsent(tally.project(), id -> new ProjectTrend(id, tally.projectName(),
                    new ArrayList<>())).elements().add(point(tally.label(), tally, minimum));
        }
        List<PulsePoint> months = pulse.byMonth(minimum).stream()
                .map(t -> point(MONTH.format(t.sortOn()), t, minimum)).toList();
        return new ValuesTrends(List.copyOf(projects.values()), months, minimum);
    }

    private static PulsePoint point(String label, Tally tally, int minimum) {
        boolean hidden = tally.answers() < minimum;
        return new PulsePoint(label, tally.answers(), hidden, hidden ? Map.of() : tally.averages(),
                hidden ? List.of() : tally.comments());
    }

    private static Map<CoreValue, Integer> check(PulseForm form) {
        List<String> problems = new ArrayList<>();
        Map<CoreValue, Integer> scores = new EnumMap<>(CoreValue.class);
        for (CoreValue value : CoreValue.values()) {
            @Nullable Integer score = form.scores().get(value);
            if (score == null || score < 1 || score > 5) {
                problems.add("coproduction.validation.pulse-score." + value.name());
            } else {
                scores.put(value, score);
            }
        }
        if (form.comment().strip().length() > COMMENT_MAX) {
            problems.add("coproduction.validation.pulse-comment-too-long");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return scores;
    }

    private @Nullable LocalDate requireElement(ElementId element) {
        if (pay.element(element).isEmpty()) {
            throw new NotFoundException("coproduction.error.element-not-found");
        }
        return pulse.finishedOn(element).orElse(null);
    }
}
