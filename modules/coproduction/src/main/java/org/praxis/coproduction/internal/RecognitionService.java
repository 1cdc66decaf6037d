package org.praxis.coproduction.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.praxis.coproduction.internal.CoproductionViews.Coproducer;
import org.praxis.coproduction.internal.RecognitionViews.Download;
import org.praxis.coproduction.internal.RecognitionViews.RoleLine;
import org.praxis.coproduction.internal.RecognitionViews.WorkRecord;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PersonId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Recognition: a co-producer's record of roles and hours, as a page, a CSV to keep and a certificate (PDF). Each
 * co-producer gets their own; the team anyone's. Someone else's record is "not found", so asking reveals nothing.
 */
@Service
@Transactional(readOnly = true)
public class RecognitionService {

    private final JooqRecognitionRepository recognition;
    private final JooqCoproducerRepository coproducers;
    private final CurrentUser currentUser;
    private final CoproductionTime time;

    RecognitionService(JooqRecognitionRepository recognition, JooqCoproducerRepository coproducers,
                       CurrentUser currentUser, CoproductionTime time) {
        this.recognition = recognition;
        this.coproducers = coproducers;
        this.currentUser = currentUser;
        this.time = time;
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'CO_PRODUCER')")
    public WorkRecord record(PersonId person) {
        PraxisUser me = currentUser.require();
        if (!person.equals(me.personId()) && !me.hasRole(Role.PROGRAMME_TEAM)) {
            throw new NotFoundException("coproduction.error.record-not-found");
        }
        Coproducer coproducer = coproducers.find(person)
                .orElseThrow(() -> new NotFoundException("coproduction.error.record-not-found"));
        return new WorkRecord(person, coproducer.name(), coproducer.agreementFrom(), recognition.roles(person),
                time.today());
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'CO_PRODUCER')")
    public Download recordCsv(PersonId person) {
        WorkRecord record = record(person);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("name", "coproducer_since",
                "project", "element", "role", "hours", "sessions", "first_day", "last_day").get())) {
            for (RoleLine line : record.roles()) {
                csv.printRecord(record.name(), record.coproducerSince(), line.project(), line.element(),
                        line.lead() ? "lead" : "co-producer", line.hours().toPlainString(), line.sessions(),
                        line.firstDay(), line.lastDay());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Download("co-production-record" + CertificatePdf.slug(record.name()) + ".csv", "text/csv",
                out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'CO_PRODUCER')")
    public Download certificatePdf(PersonId person, Texts texts) {
        WorkRecord record = record(person);
        return new Download(CertificatePdf.fileName(record), "application/pdf", CertificatePdf.render(record, texts));
    }
}
