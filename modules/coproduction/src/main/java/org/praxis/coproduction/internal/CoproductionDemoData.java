package org.praxis.coproduction.internal;

import org.praxis.coproduction.events.ElementId;
import org.praxis.coproduction.events.WaveId;
import org.praxis.platform.Ids;
import org.praxis.platform.PersonId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Demo content: an open wave for co-producers, a published rates policy, and the "Value of co-production" project.
 * Its element is led by the first programme team member this module hears of (identity's events may come before
 * or after this runs). Everything is looked up before it is written, so loading twice adds nothing.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "praxis.demo-data.enabled", matchIfMissing = true)
class CoproductionDemoData implements ApplicationRunner {

    static final String WAVE_TITLE = "Co-producers, first wave";
    static final String PROJECT = "Value of co-production";
    /** Who "wrote" demo rows: nobody in particular. */
    static final PersonId DEMO = new PersonId(new UUID(0, 0));

    private final JooqWaveRepository waves;
    private final JooqPayRepository pay;
    private final CoproductionTime time;

    CoproductionDemoData(JooqWaveRepository waves, JooqPayRepository pay, CoproductionTime time) {
        this.waves = waves;
        this.pay = pay;
        this.time = time;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        pay.waitForTurnAtDemoData();
        LocalDate today = time.today();
        if (!waves.titled(WAVE_TITLE)) {
            waves.insert(new WaveId(Ids.newId()), new WaveForm(WAVE_TITLE, """
                    Co-producers take on one or more parts of a project, with support, and represent the Collective \
                    and its values: human, inclusive, transparent and challenging. No job titles, no hierarchy.""",
                    "Around 8 hours a month for a year, mostly online, at times that suit you.",
                    "£25 an hour, group sessions £75 with preparation time paid, expenses covered. Paid within 30 "
                            + "days, or choose a voucher, to donate or to decline.",
                    today.minusDays(14), today.minusDays(7), today.plusDays(30), today.plusDays(37),
                    today.plusDays(44), today.plusDays(58),
                    List.of(new WaveForm.Criterion("Lived experience you would bring", "", 5),
                            new WaveForm.Criterion("Co-production experience or interest", "", 5),
                            new WaveForm.Criterion("What you hope to learn and share", "", 5))),
                    DEMO, time.now());
        }
        if (pay.policies().isEmpty()) {
            pay.insertPolicy(Ids.newId(), new RatesPolicyForm(today.minusYears(1), new BigDecimal("25.00"),
                    new BigDecimal("75.00"), new BigDecimal("1.5"), new BigDecimal("40.00"),
                    "Travel at cost or 45p a mile; meals up to £10 on a full day; a receipt for anything over £10."),
                    DEMO, time.now());
        }
        if (pay.projectNamed(PROJECT).isEmpty()) {
            pay.insertProject(Ids.newId(), PROJECT, time.now());
        }
    }

    /** Called when a programme team member becomes known: they lead the demo element if nobody does yet. */
    @Transactional(propagation = Propagation.MANDATORY)
    void leadDemoElementIfNobodyDoes(PersonId teamMember) {
        pay.waitForTurnAtDemoData();
        pay.projectNamed(PROJECT).filter(project -> !pay.hasElements(project)).ifPresent(project ->
                pay.insertElement(new ElementId(Ids.newId()), project, "Community workshops", teamMember, time.now()));
    }
}
