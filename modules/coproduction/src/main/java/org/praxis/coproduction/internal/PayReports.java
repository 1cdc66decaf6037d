package org.praxis.coproduction.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.praxis.coproduction.internal.CoproductionViews.Claim;
import org.praxis.coproduction.internal.CoproductionViews.MonthTotal;
import org.praxis.coproduction.internal.CoproductionViews.PayDashboard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What pay looks like from outside one claim: the anonymised dashboard everyone involved sees (how long payment
 * takes, what was paid each month, how many claims wait), the finance export, and the daily check that tells the
 * team about claims waiting longer than promised.
 */
@Service
@Transactional(readOnly = true)
public class PayReports {

    private final JooqPayRepository pay;
    private final CoproductionTime time;
    private final CoproductionProperties properties;
    private final ApplicationEventPublisher events;

    PayReports(JooqPayRepository pay, CoproductionTime time, CoproductionProperties properties,
               ApplicationEventPublisher events) {
        this.pay = pay;
        this.time = time;
        this.properties = properties;
        this.events = events;
    }

    /** No names and no single claim: medians, totals and counts only. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'CO_PRODUCER')")
    public PayDashboard dashboard() {
        List<Claim> claims = pay.all();
        // Declined claims are settled, not paid: they say nothing about how quickly we pay.
        List<Integer> days = claims.stream().filter(c -> c.status() == ClaimStatus.PAID
                        && c.paymentMethod() != PaymentMethod.DECLINE)
                .map(c -> (int) ChronoUnit.DAYS.between(time.dayOf(c.submittedAt()), c.paidOn()))
                .sorted().toList();
        Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
        claims.stream().filter(c -> c.status() == ClaimStatus.PAID && c.paidOn() != null)
                .forEach(c -> byMonth.merge(YearMonth.from(c.paidOn()), c.amount(), BigDecimal::add));
        int waiting = (int) claims.stream().filter(c -> c.status().waiting()).count();
        return new PayDashboard(days.isEmpty() ? null : PayRules.percentile(days, 50),
                days.isEmpty() ? null : PayRules.percentile(days, 90),
                byMonth.entrySet().stream().map(e -> new MonthTotal(e.getKey(), e.getValue())).toList(),
                waiting, properties.promisedDaysToPay());
    }

    /** Every approved or paid claim with something to pay, for finance: one line each, amounts exact. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public String financeCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("claim", "payee", "method",
                "element", "kind", "work_date", "amount", "policy", "status", "paid_on", "reference").get())) {
            for (Claim c : pay.all()) {
                if ((c.status() == ClaimStatus.APPROVED || c.status() == ClaimStatus.PAID)
                        && c.paymentMethod() != PaymentMethod.DECLINE) {
                    csv.printRecord(c.id(), c.coproducerName(), c.paymentMethod(), c.elementTitle(), c.kind(),
                            c.workDate(), c.amount().toPlainString(), c.policyNumber(), c.status(), c.paidOn(),
                            c.paymentReference());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Daily: tells the team once about each claim waiting longer than the promised days. */
    @Scheduled(cron = "${praxis.coproduction.overdue.cron:0 0 7 * * *}")
    @Transactional
    public void tellAboutOverdueClaims() {
        int promised = properties.promisedDaysToPay();
        for (Claim claim : pay.overdue(time.now().minusDays(promised))) {
            events.publishEvent(CoproductionNotices.claimOverdue(claim.id(), time.dayOf(claim.submittedAt()), promised));
            pay.markOverdueTold(claim.id());
        }
    }
}
