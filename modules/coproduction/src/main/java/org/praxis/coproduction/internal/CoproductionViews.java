package org.praxis.coproduction.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.coproduction.events.ApplicationId;
import org.praxis.coproduction.events.ClaimId;
import org.praxis.coproduction.events.ElementId;
import org.praxis.coproduction.events.WaveId;
import org.praxis.platform.PersonId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** What the services hand to views: read-only values, each shaped for who may see it. */
public final class CoproductionViews {

    private CoproductionViews() {
    }

    public record KnownPerson(PersonId id, String name) {
    }

    public record Criterion(UUID id, String title, String guidance, int maxScore) {
    }

    public record Wave(WaveId id, String title, String roleDescription, String commitment, String pay,
                       @Nullable LocalDate updateOn, LocalDate opensOn, LocalDate closesOn,
                       @Nullable LocalDate kickOffOn, @Nullable LocalDate welcomeOn,
                       @Nullable LocalDate firstSessionOn, List<Criterion> criteria, int version) {

        public int highestPossibleTotal() {
            return criteria.stream().mapToInt(Criterion::maxScore).sum();
        }

        public boolean acceptsApplications(LocalDate today) {
            return !today.isBefore(opensOn) && !today.isAfter(closesOn);
        }
    }

    /** A question asked before applying; who asked is never shown. */
    public record PublicQuestion(UUID id, WaveId waveId, String question, @Nullable String answer) {
    }

    /** The applicant's own view of their application. */
    public record MyApplication(ApplicationId id, WaveId waveId, String waveTitle, ApplicationForm content,
                                @Nullable String mediaType, ApplicationStatus status,
                                @Nullable String decisionReason, int version) {
    }

    /**
     * What a reviewer sees: the answer and nothing that identifies the applicant (no name, contact, "about me",
     * nor adjustments, which can say something about health or disability).
     */
    public record BlindApplication(ApplicationId id, WaveId waveId, String waveTitle, AnswerFormat format,
                                   String writtenAnswer, @Nullable String mediaType, String otherFormatRequest,
                                   List<Criterion> criteria, boolean scoredByMe) {
    }

    /** One reviewer's total, or null while they have not scored. */
    public record ReviewerTotal(KnownPerson reviewer, @Nullable Integer total) {
    }

    /** The team's view of an application, identity included (never for a reviewer before every score is in). */
    public record ApplicationForTeam(ApplicationId id, WaveId waveId, String applicantName, PersonId applicant,
                                     ApplicationForm content, @Nullable String mediaType, ApplicationStatus status,
                                     List<ReviewerTotal> reviews, boolean allScored, boolean needsModeration,
                                     @Nullable Integer agreedTotal, @Nullable String decisionReason, int version) {
    }

    /** One line of the team's list: names only where the signed-in person is not reviewing it blind. */
    public record ApplicationLine(ApplicationId id, @Nullable String applicantName, ApplicationStatus status,
                                  int reviewers, int scored, boolean needsModeration) {
    }

    /** Who is in the talent pool, while their consent lasts. */
    public record PoolEntry(PersonId person, String name, WaveId fromWave, String waveTitle, LocalDate expiresOn) {
    }

    public record RatesPolicy(UUID id, int number, LocalDate inForceFrom, BigDecimal hourlyRate,
                              BigDecimal sessionRate, BigDecimal preparationHours, BigDecimal dailyExpensesCap,
                              String expensesNote) {
    }

    /** A part of a project; once {@code finishedOn} is set, its values pulse is open. */
    public record Element(ElementId id, String project, String title, KnownPerson lead,
                          @Nullable LocalDate finishedOn) {
    }

    public record Coproducer(PersonId person, String name, LocalDate agreementFrom, PaymentMethod paymentMethod,
                             int version) {
    }

    public record Claim(ClaimId id, PersonId coproducer, String coproducerName, ElementId elementId,
                        String elementTitle, ClaimKind kind, LocalDate workDate, BigDecimal hours, int sessions,
                        BigDecimal expensesSpent, String description, int policyNumber, BigDecimal amount,
                        PaymentMethod paymentMethod, @Nullable ClaimId corrects, ClaimStatus status,
                        OffsetDateTime submittedAt, @Nullable String refusalReason, @Nullable LocalDate paidOn,
                        @Nullable String paymentReference, int version) {
    }

    /** Time to pay and money paid, with no names: what everyone involved may see. */
    public record PayDashboard(@Nullable Integer medianDaysToPay, @Nullable Integer ninetiethPercentileDaysToPay,
                               List<MonthTotal> paidByMonth, int claimsWaiting, int promisedDays) {
    }

    public record MonthTotal(YearMonth month, BigDecimal total) {
    }

}
