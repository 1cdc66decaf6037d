package org.praxis.coproduction.internal;

import praxis.testsupport.MutableClock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.coproduction.events.ClaimId;
import org.praxis.coproduction.events.ElementId;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionOperations;
import praxis.testsupport.PraxisModuleTest;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.coproduction.internal.CoproductionFixtures.TODAY;
import static org.praxis.coproduction.internal.CoproductionFixtures.coproducer;
import static org.praxis.coproduction.internal.CoproductionFixtures.known;
import static org.praxis.coproduction.internal.CoproductionFixtures.member;
import static org.praxis.coproduction.internal.CoproductionFixtures.team;
import static praxis.testsupport.TestUsers.as;

/**
 * Recognition: the record of roles and hours counts approved and paid claims (a corrected claim as corrected,
 * nothing still waiting), downloads as CSV and as a certificate, and is only the person's own or the team's.
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class RecognitionModuleTests {

    static final Texts TEXTS = texts();

    @Autowired RecognitionService recognition;
    @Autowired PayService pay;
    @Autowired JooqPeopleRepository people;
    @Autowired TransactionOperations transactions;
    @Autowired MutableClock clock;

    PraxisUser ruth;
    PraxisUser asha;
    PraxisUser ben;
    ElementId workshops;
    String projectName;
    LocalDate from;

    @BeforeEach
    void aCoproducerWithWorkDone() {
        clock.set(MutableClock.Configuration.START);
        ruth = team("Ruth Okafor");
        asha = coproducer("Asha Khan");
        ben = coproducer("Ben Moss");
        known(transactions, people, ruth, asha, ben);
        // Policies are one timeline for the whole module: this test's version starts later than any before.
        from = as(ruth, () -> pay.policies()).stream().map(p -> p.inForceFrom().plusDays(1))
                .max(LocalDate::compareTo).orElse(TODAY.minusYears(5));
        clock.set(from.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(9)));
        as(ruth, () -> pay.publishPolicy(new RatesPolicyForm(from, new BigDecimal("25"), new BigDecimal("75"),
                new BigDecimal("1"), new BigDecimal("40"), "Travel at cost.")));
        as(ruth, () -> pay.recordAgreement(asha.personId(), asha.displayName(), from));
        as(ruth, () -> pay.recordAgreement(ben.personId(), ben.displayName(), from));
        projectName = "Value of co-production " + UUID.randomUUID().toString().substring(0, 6);
        workshops = as(ruth, () -> pay.addElement(pay.createProject(projectName), "Community workshops",
                ruth.personId()));
        clock.advance(Duration.ofDays(10));
    }

    @Test
    void theRecordCountsApprovedAndPaidWorkAsCorrected() throws IOException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
        ClaimId paid = claim(today.minusDays(5), "3", 0);
        approve(paid);
        as(ruth, () -> pay.markPaid(paid, pay.claim(paid).version(), today, "BACS-1"));
        ClaimId correction = as(asha, () -> pay.correct(paid, new ClaimForm(workshops, today.minusDays(5),
                new BigDecimal("4"), 0, BigDecimal.ZERO, "Planning, the full time")));
        approve(correction);
        approve(claim(today.minusDays(2), "2", 1));
        claim(today.minusDays(1), "5", 0); // still waiting: not counted

        var record = as(asha, () -> recognition.record(asha.personId()));
        assertThat(record.coproducerSince()).isEqualTo(from);
        assertThat(record.roles()).singleElement().satisfies(line -> {
            assertThat(line.project()).isEqualTo(projectName);
            assertThat(line.lead()).isFalse();
            assertThat(line.hours()).isEqualByComparingTo("6");
            assertThat(line.sessions()).isEqualTo(1);
            assertThat(line.firstDay()).isEqualTo(today.minusDays(5));
            assertThat(line.lastDay()).isEqualTo(today.minusDays(2));
        });

        List<CSVRecord> csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(as(asha, () -> recognition.recordCsv(asha.personId())).content(),
                        StandardCharsets.UTF_8))).getRecords();
        assertThat(csv).singleElement().satisfies(r -> {
            assertThat(r.get("element")).isEqualTo("Community workshops");
            assertThat(r.get("role")).isEqualTo("co-producer");
            assertThat(new BigDecimal(r.get("hours"))).isEqualByComparingTo("6");
        });

        var certificate = as(ruth, () -> recognition.certificatePdf(asha.personId(), TEXTS));
        assertThat(certificate.mediaType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(certificate.content())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(asha.displayName(), "6 hours and 1 session", projectName);
        }
    }

    @Test
    void aRecordIsOnlyThePersonsOwnOrTheTeams() {
        assertThat(as(ruth, () -> recognition.record(asha.personId())).name()).isEqualTo(asha.displayName());
        assertThatThrownBy(() -> as(ben, () -> recognition.record(asha.personId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(ben, () -> recognition.certificatePdf(asha.personId(), TEXTS)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(ben, () -> recognition.recordCsv(asha.personId())))
                .isInstanceOf(NotFoundException.class);
        PraxisUser sam = member("Sam Patel");
        assertThatThrownBy(() -> as(sam, () -> recognition.record(sam.personId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(ben, () -> recognition.record(ben.personId())).roles()).isEmpty();
    }

    private ClaimId claim(LocalDate day, String hours, int sessions) {
        return as(asha, () -> pay.claim(new ClaimForm(workshops, day, new BigDecimal(hours), sessions, BigDecimal.ZERO,
                "Workshop")));
    }

    private void approve(ClaimId id) {
        as(ruth, () -> pay.approve(id, pay.claim(id).version()));
    }

    private static Texts texts() {
        Properties bundle = new Properties();
        try (var in = RecognitionModuleTests.class.getResourceAsStream("/i18n/coproduction.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return (key, arguments) -> new MessageFormat(bundle.getProperty(key), java.util.Locale.UK).format(arguments);
    }
}
