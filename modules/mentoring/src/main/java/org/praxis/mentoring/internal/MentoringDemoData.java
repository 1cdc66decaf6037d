package org.praxis.mentoring.internal;

import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.platform.PersonId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * With demo data on, a peer mentoring programme people can send their intake to: the learning programme's
 * 12-month, cross-sector design. Added once (the same id every start). Intakes come from people themselves;
 * offering to mentor needs the mentor role, which an admin grants in identity.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "praxis.demo-data.enabled", matchIfMissing = true)
class MentoringDemoData implements ApplicationRunner {

    static final MentoringProgrammeId PROGRAMME = new MentoringProgrammeId(UUID.fromString("0193c0de-0000-7000-8000-00000000a160"));
    static final String NAME = "Peer mentoring across partnerships 2027";

    private final JooqProgrammeRepository programmes;
    private final TransactionOperations transactions;
    private final Clock clock;

    MentoringDemoData(JooqProgrammeRepository programmes, TransactionOperations transactions, Clock clock) {
        this.programmes = programmes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        transactions.executeWithoutResult(status -> {
            if (programmes.find(PROGRAMME).isPresent()) {
                return;
            }
            ProgrammeForm form = new ProgrammeForm();
            form.setName(NAME);
            form.setDescription("Twelve months of peer mentoring, university staff with community organisation staff, "
                    + "for people with two or more years of community research partnership experience. Extendable.");
            form.setKind(ProgrammeKind.COHORT);
            form.setStartsOn(LocalDate.of(2027, 3, 1));
            programmes.insert(PROGRAMME, form, new PersonId(new UUID(0, 0)), OffsetDateTime.now(clock));
        });
    }
}
