package org.praxis.mentoring.internal;

import org.praxis.mentoring.events.IntakeId;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.internal.MentoringViews.Intake;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a programme's {@link Cohort}; called inside the services' transactions. */
@Component
class Cohorts {

    private final JooqIntakeRepository intakes;
    private final JooqMatchRepository matches;

    Cohorts(JooqIntakeRepository intakes, JooqMatchRepository matches) {
        this.intakes = intakes;
        this.matches = matches;
    }

    Cohort of(MentoringProgrammeId programme) {
        Map<IntakeId, Intake> all = intakes.of(programme).stream()
                .collect(Collectors.toMap(Intake::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return new Cohort(all, matches.matchedMentees(programme), matches.activeMenteesPerMentor(programme));
    }
}
