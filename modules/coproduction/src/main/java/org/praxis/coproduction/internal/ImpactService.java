package org.praxis.coproduction.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.praxis.coproduction.internal.ImpactForms.BenefitForm;
import org.praxis.coproduction.internal.ImpactForms.ChangeForm;
import org.praxis.coproduction.internal.ImpactViews.Benefit;
import org.praxis.coproduction.internal.ImpactViews.Change;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.PersonId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The impact log: what co-producing brought each co-producer (skills, confidence, income, opportunities after) and
 * "you said, we did", the changes made in projects because of what co-producers said. A co-producer records and
 * sees their own benefits; the team records and sees everyone's and exports both for reports. Everyone involved
 * sees "you said, we did": it is meant to be read.
 */
@Service
@Transactional
public class ImpactService {

    static final int TEXT_MAX = 1000;

    private final JooqImpactRepository impact;
    private final JooqCoproducerRepository coproducers;
    private final JooqPayRepository pay;
    private final CurrentUser currentUser;
    private final CoproductionTime time;

    ImpactService(JooqImpactRepository impact, JooqCoproducerRepository coproducers, JooqPayRepository pay,
                  CurrentUser currentUser, CoproductionTime time) {
        this.impact = impact;
        this.coproducers = coproducers;
        this.pay = pay;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** The team for any co-producer; a co-producer for themselves only (their form's person is left empty). */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'CO_PRODUCER')")
    public UUID recordBenefit(BenefitForm form) {
        PraxisUser me = currentUser.require();
        PersonId coproducer = form.coproducer() == null && !me.hasRole(Role.PROGRAMME_TEAM)
                ? me.personId() : form.coproducer();
        if (coproducer != null && !coproducer.equals(me.personId()) && !me.hasRole(Role.PROGRAMME_TEAM)) {
            throw new AccessDeniedException("Only the team records benefits for someone else");
        }
        List<String> problems = new ArrayList<>();
        if (coproducer == null) {
            problems.add("coproduction.validation.benefit-coproducer-required");
        } else if (coproducers.find(coproducer).isEmpty()) {
            problems.add(coproducer.equals(me.personId()) ? "coproduction.error.no-agreement"
                    : "coproduction.validation.benefit-coproducer-required");
        }
        if (form.kind() == null) {
            problems.add("coproduction.validation.benefit-kind-required");
        }
        text(form.description(), "benefit-description", problems);
        day(form.happenedOn(), "benefit-date", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = Ids.newId();
        impact.insertBenefit(id, Objects.requireNonNull(coproducer), Objects.requireNonNull(form.kind()),
                form.description().strip(), Objects.requireNonNull(form.happenedOn()), me.personId(), time.now());
        return id;
    }

    @PreAuthorize("hasRole('CO_PRODUCER')")
    @Transactional(readOnly = true)
    public List<Benefit> myBenefits() {
        return impact.benefitsOf(currentUser.require().personId());
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<Benefit> benefits() {
        return impact.allBenefits();
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public UUID recordChange(ChangeForm form) {
        List<String> problems = new ArrayList<>();
        if (form.element() == null || pay.element(form.element()).isEmpty()) {
            problems.add("coproduction.validation.change-element-required");
        }
        text(form.youSaid(), "you-said", problems);
        text(form.weDid(), "we-did", problems);
        day(form.changedOn(), "change-date", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = Ids.newId();
        impact.insertChange(id, Objects.requireNonNull(form.element()), form.youSaid().strip(), form.weDid().strip(),
                Objects.requireNonNull(form.changedOn()), currentUser.require().personId(), time.now());
        return id;
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'CO_PRODUCER')")
    @Transactional(readOnly = true)
    public List<Change> changes() {
        return impact.changes();
    }

    /** Benefits for reports: what and when, with no names (a report counts and tells; it does not point). */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public String benefitsCsv() {
        return csv(new String[]{"kind", "happened_on", "description"}, impact.allBenefits().stream()
                .map(b -> List.<Object>of(b.kind(), b.happenedOn(), b.description())).toList());
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public String changesCsv() {
        return csv(new String[]{"project", "element", "you_said", "we_did", "changed_on"}, impact.changes().stream()
                .map(c -> List.<Object>of(c.project(), c.elementTitle(), c.youSaid(), c.weDid(), c.changedOn()))
                .toList());
    }

    private static String csv(String[] header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            for (List<Object> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void text(String text, String field, List<String> problems) {
        if (text.isBlank()) {
            problems.add("coproduction.validation." + field + "-required");
        } else if (text.strip().length() > TEXT_MAX) {
            problems.add("coproduction.validation." + field + "-too-long");
        }
    }

    private void day(@Nullable LocalDate day, String field, List<String> problems) {
        if (day == null) {
            problems.add("coproduction.validation." + field + "-required");
        } else if (day.isAfter(time.today())) {
            problems.add("coproduction.validation." + field + "-future");
        }
    }
}
