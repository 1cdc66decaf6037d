package org.praxis.coproduction.internal;

import praxis.testsupport.MutableClock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.coproduction.events.ElementId;
import org.praxis.coproduction.internal.ImpactForms.BenefitForm;
import org.praxis.coproduction.internal.ImpactForms.ChangeForm;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.PraxisUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import praxis.testsupport.PraxisModuleTest;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.coproduction.internal.CoproductionFixtures.TODAY;
import static org.praxis.coproduction.internal.CoproductionFixtures.coproducer;
import static org.praxis.coproduction.internal.CoproductionFixtures.team;
import static praxis.testsupport.TestUsers.as;

/**
 * The impact log: benefits recorded by the team or by co-producers for themselves (and seen only by them and the
 * team), "you said, we did" changes, plain messages for bad input with nothing saved, and the CSV exports.
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class ImpactModuleTests {

    @Autowired ImpactService impact;
    @Autowired PayService pay;
    @Autowired MutableClock clock;

    PraxisUser ruth;
    PraxisUser asha;
    PraxisUser ben;
    ElementId workshops;

    @BeforeEach
    void twoCoproducersAndAnElement() {
        clock.set(MutableClock.Configuration.START);
        ruth = team("Ruth Okafor");
        asha = coproducer("Asha Khan");
        ben = coproducer("Ben Moss");
        for (PraxisUser c : List.of(asha, ben)) {
            as(ruth, () -> pay.recordAgreement(c.personId(), c.displayName(), TODAY.minusDays(60)));
        }
        UUID project = as(ruth, () -> pay.createProject("Library of resources " + UUID.randomUUID()));
        workshops = as(ruth, () -> pay.addElement(project, "Community workshops", ruth.personId()));
    }

    @Test
    void benefitsAreRecordedAndSeenOnlyByTheirCoproducerAndTheTeam() {
        String mine = "Ran my first workshop " + UUID.randomUUID();
        as(asha, () -> impact.recordBenefit(new BenefitForm(null, BenefitKind.CONFIDENCE, mine, TODAY)));
        String bens = "Paid work with the council " + UUID.randomUUID();
        as(ruth, () -> impact.recordBenefit(new BenefitForm(ben.personId(), BenefitKind.OPPORTUNITY, bens,
                TODAY.minusDays(3))));

        assertThat(as(asha, () -> impact.myBenefits())).extracting(b -> b.description()).containsExactly(mine);
        assertThat(as(ben, () -> impact.myBenefits())).singleElement()
                .satisfies(b -> assertThat(b.kind()).isEqualTo(BenefitKind.OPPORTUNITY));
        assertThat(as(ruth, () -> impact.benefits())).extracting(b -> b.description()).contains(mine, bens);
        assertThatThrownBy(() -> as(asha, () -> impact.benefits())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(asha, () -> impact.recordBenefit(new BenefitForm(ben.personId(),
                BenefitKind.SKILLS, "Not mine to say", TODAY)))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(ben, () -> impact.myBenefits())).hasSize(1);
    }

    @Test
    void badInputIsNamedAtEachFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> as(asha, () -> impact.recordBenefit(new BenefitForm(null, null, " ",
                TODAY.plusDays(1))))).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .isEqualTo(List.of("coproduction.validation.benefit-kind-required",
                        "coproduction.validation.benefit-description-required",
                        "coproduction.validation.benefit-date-future"));
        assertThatThrownBy(() -> as(ruth, () -> impact.recordChange(new ChangeForm(null, "x".repeat(1001), "",
                null)))).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .isEqualTo(List.of("coproduction.validation.change-element-required",
                        "coproduction.validation.you-said-too-long", "coproduction.validation.we-did-required",
                        "coproduction.validation.change-date-required"));
        assertThatThrownBy(() -> as(asha, () -> impact.recordChange(new ChangeForm(workshops, "a", "b", TODAY))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(asha, () -> impact.myBenefits())).isEmpty();
    }

    @Test
    void youSaidWeDidIsReadByEveryoneInvolvedAndBothLogsExportForReports() throws IOException {
        String said = "The sessions start too early for carers, \"really\" " + UUID.randomUUID();
        as(ruth, () -> impact.recordChange(new ChangeForm(workshops, said, "We moved them to 11am.", TODAY)));
        as(ruth, () -> impact.recordBenefit(new BenefitForm(asha.personId(), BenefitKind.INCOME, "£300 in fees",
                TODAY)));

        assertThat(as(asha, () -> impact.changes())).anySatisfy(c -> {
            assertThat(c.youSaid()).isEqualTo(said);
            assertThat(c.weDid()).isEqualTo("We moved them to 11am.");
        });
        List<CSVRecord> changes = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(as(ruth, () -> impact.changesCsv()))).getRecords();
        assertThat(changes).anySatisfy(r -> {
            assertThat(r.get("you_said")).isEqualTo(said);
            assertThat(r.get("element")).isEqualTo("Community workshops");
            assertThat(r.get("changed_on")).isEqualTo(TODAY.toString());
        });
        String benefits = as(ruth, () -> impact.benefitsCsv());
        assertThat(benefits).startsWith("kind,happened_on,description").contains("INCOME," + TODAY + ",£300 in fees")
                .doesNotContain(asha.displayName());
        assertThatThrownBy(() -> as(asha, () -> impact.benefitsCsv())).isInstanceOf(AccessDeniedException.class);
    }
}
