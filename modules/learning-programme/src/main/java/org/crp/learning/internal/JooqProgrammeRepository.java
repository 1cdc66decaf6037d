package org.crp.learning.internal;

import org.crp.learning.events.ApplicationId;
import org.crp.learning.events.ParticipantKind;
import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.internal.LearningViews.ApplicationDetails;
import org.crp.learning.internal.LearningViews.ApplicationSummary;
import org.crp.learning.internal.LearningViews.Certificate;
import org.crp.learning.internal.LearningViews.HubResource;
import org.crp.learning.internal.LearningViews.ParticipantProgress;
import org.crp.learning.internal.LearningViews.Run;
import org.crp.learning.internal.LearningViews.TeamReflection;
import org.crp.learning.internal.jooq.tables.records.ApplicationRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.crp.learning.internal.jooq.Tables.APPLICATION;
import static org.crp.learning.internal.jooq.Tables.ATTENDANCE;
import static org.crp.learning.internal.jooq.Tables.CERTIFICATE;
import static org.crp.learning.internal.jooq.Tables.HUB_RESOURCE;
import static org.crp.learning.internal.jooq.Tables.PERSON;
import static org.crp.learning.internal.jooq.Tables.PROGRAMME_RUN;
import static org.crp.learning.internal.jooq.Tables.REFLECTION;
import static org.crp.learning.internal.jooq.Tables.SESSION;

/**
 * SQL for programme runs, applications, certificates and the read model of published Hub resources (people are
 * in {@link JooqPeopleRepository}). Updates check the version read (optimistic locking). Called only inside a
 * service's transaction.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JooqProgrammeRepository {

    private final DSLContext sql;

    JooqProgrammeRepository(DSLContext sql) {
        this.sql = sql;
    }

    // --- runs -----------------------------------------------------------------------------------------

    void insertRun(ProgrammeRunId id, RunForm form, @Nullable PersonId organiser, @Nullable String demoKey,
                   OffsetDateTime now) {
        sql.insertInto(PROGRAMME_RUN)
                .set(PROGRAMME_RUN.ID, id.value())
                .set(PROGRAMME_RUN.NAME, form.getName().strip())
                .set(PROGRAMME_RUN.STARTS_ON, form.getStartsOn())
                .set(PROGRAMME_RUN.ENDS_ON, form.getEndsOn())
                .set(PROGRAMME_RUN.DESCRIPTION, form.getDescription().strip())
                .set(PROGRAMME_RUN.PRINCIPLES, form.getPrinciples().strip())
                .set(PROGRAMME_RUN.APPLICATIONS_OPEN, form.isApplicationsOpen())
                .set(PROGRAMME_RUN.ORGANISER_ID, organiser == null ? null : organiser.value())
                .set(PROGRAMME_RUN.DEMO_KEY, demoKey)
                .set(PROGRAMME_RUN.CREATED_AT, now)
                .set(PROGRAMME_RUN.UPDATED_AT, now)
                .execute();
    }

    boolean updateRun(ProgrammeRunId id, int expectedVersion, RunForm form, OffsetDateTime now) {
        return sql.update(PROGRAMME_RUN)
                .set(PROGRAMME_RUN.NAME, form.getName().strip())
                .set(PROGRAMME_RUN.STARTS_ON, form.getStartsOn())
                .set(PROGRAMME_RUN.ENDS_ON, form.getEndsOn())
                .set(PROGRAMME_RUN.DESCRIPTION, form.getDescription().strip())
                .set(PROGRAMME_RUN.PRINCIPLES, form.getPrinciples().strip())
                .set(PROGRAMME_RUN.APPLICATIONS_OPEN, form.isApplicationsOpen())
                .set(PROGRAMME_RUN.UPDATED_AT, now)
                .set(PROGRAMME_RUN.VERSION, expectedVersion + 1)
                .where(PROGRAMME_RUN.ID.eq(id.value()).and(PROGRAMME_RUN.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    boolean demoRunExists(String demoKey) {
        return sql.fetchExists(PROGRAMME_RUN, PROGRAMME_RUN.DEMO_KEY.eq(demoKey));
    }

    Optional<ProgrammeRunId> demoRun(String demoKey) {
        return sql.select(PROGRAMME_RUN.ID).from(PROGRAMME_RUN).where(PROGRAMME_RUN.DEMO_KEY.eq(demoKey))
                .fetchOptional(r -> new ProgrammeRunId(r.value1()));
    }

    /** Makes the person the organiser of demo runs that have none; returns how many changed. */
    int adoptDemoRuns(PersonId organiser) {
        return sql.update(PROGRAMME_RUN).set(PROGRAMME_RUN.ORGANISER_ID, organiser.value())
                .where(PROGRAMME_RUN.DEMO_KEY.isNotNull().and(PROGRAMME_RUN.ORGANISER_ID.isNull()))
                .execute();
    }

    Optional<Run> findRun(ProgrammeRunId id) {
        return runs(PROGRAMME_RUN.ID.eq(id.value())).stream().findFirst();
    }

    /** All runs, the latest start first. */
    List<Run> runs() {
        return runs(DSL.trueCondition());
    }

    private List<Run> runs(Condition condition) {
        return sql.select(PROGRAMME_RUN.asterisk(), PERSON.DISPLAY_NAME)
                .from(PROGRAMME_RUN)
                .leftJoin(PERSON).on(PERSON.ID.eq(PROGRAMME_RUN.ORGANISER_ID))
                .where(condition)
                .orderBy(PROGRAMME_RUN.STARTS_ON.desc(), PROGRAMME_RUN.NAME)
                .fetch(r -> new Run(new ProgrammeRunId(r.get(PROGRAMME_RUN.ID)), r.get(PROGRAMME_RUN.NAME),
                        r.get(PROGRAMME_RUN.STARTS_ON), r.get(PROGRAMME_RUN.ENDS_ON), r.get(PROGRAMME_RUN.DESCRIPTION),
                        lines(r.get(PROGRAMME_RUN.PRINCIPLES)), r.get(PROGRAMME_RUN.APPLICATIONS_OPEN),
                        r.get(PERSON.DISPLAY_NAME), r.get(PROGRAMME_RUN.VERSION)));
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    // --- applications ---------------------------------------------------------------------------------

    void insertApplication(ApplicationId id, ProgrammeRunId runId, PersonId applicant, String applicantName,
                           ApplicationForm form, OffsetDateTime now) {
        ApplicationRecord record = sql.newRecord(APPLICATION);
        record.setId(id.value());
        record.setRunId(runId.value());
        record.setApplicantId(applicant.value());
        record.setApplicantName(applicantName);
        record.setStatus(ApplicationStatus.DRAFT.name());
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        copyContent(form, record);
        record.insert();
    }

    boolean updateContent(ApplicationId id, int expectedVersion, ApplicationForm form, OffsetDateTime now) {
        ApplicationRecord record = sql.newRecord(APPLICATION);
        copyContent(form, record);
        record.setUpdatedAt(now);
        record.setVersion(expectedVersion + 1);
        return sql.update(APPLICATION).set(record)
                .where(APPLICATION.ID.eq(id.value()))
                .and(APPLICATION.VERSION.eq(expectedVersion))
                .and(APPLICATION.STATUS.eq(ApplicationStatus.DRAFT.name()))
                .execute() == 1;
    }

    /** Whether the person has an application to the run that is not withdrawn. */
    boolean hasLiveApplication(ProgrammeRunId runId, PersonId applicant) {
        return sql.fetchExists(APPLICATION, APPLICATION.RUN_ID.eq(runId.value())
                .and(APPLICATION.APPLICANT_ID.eq(applicant.value()))
                .and(APPLICATION.STATUS.ne(ApplicationStatus.WITHDRAWN.name())));
    }

    boolean submit(ApplicationId id, int expectedVersion, BursaryStatus bursary, OffsetDateTime now) {
        return sql.update(APPLICATION)
                .set(APPLICATION.STATUS, ApplicationStatus.SUBMITTED.name())
                .set(APPLICATION.BURSARY_STATUS, bursary.name())
                .set(APPLICATION.SUBMITTED_AT, now)
                .set(APPLICATION.UPDATED_AT, now)
                .set(APPLICATION.VERSION, expectedVersion + 1)
                .where(APPLICATION.ID.eq(id.value()))
                .and(APPLICATION.VERSION.eq(expectedVersion))
                .and(APPLICATION.STATUS.eq(ApplicationStatus.DRAFT.name()))
                .execute() == 1;
    }

    boolean changeStatus(ApplicationId id, int expectedVersion, ApplicationStatus from, ApplicationStatus to,
                         OffsetDateTime now) {
        return sql.update(APPLICATION)
                .set(APPLICATION.STATUS, to.name())
                .set(APPLICATION.UPDATED_AT, now)
                .set(APPLICATION.VERSION, expectedVersion + 1)
                .where(APPLICATION.ID.eq(id.value()))
                .and(APPLICATION.VERSION.eq(expectedVersion))
                .and(APPLICATION.STATUS.eq(from.name()))
                .execute() == 1;
    }

    boolean decide(ApplicationId id, int expectedVersion, ApplicationStatus from, ApplicationStatus outcome,
                   String reason, PersonId decidedBy, OffsetDateTime now) {
        return sql.update(APPLICATION)
                .set(APPLICATION.STATUS, outcome.name())
                .set(APPLICATION.DECISION_REASON, reason)
                .set(APPLICATION.DECIDED_BY, decidedBy.value())
                .set(APPLICATION.DECIDED_AT, now)
                .set(APPLICATION.UPDATED_AT, now)
                .set(APPLICATION.VERSION, expectedVersion + 1)
                .where(APPLICATION.ID.eq(id.value()))
                .and(APPLICATION.VERSION.eq(expectedVersion))
                .and(APPLICATION.STATUS.eq(from.name()))
                .execute() == 1;
    }

    boolean decideBursary(ApplicationId id, int expectedVersion, GrantDecision decision, OffsetDateTime now) {
        return sql.update(APPLICATION)
                .set(APPLICATION.BURSARY_STATUS, (decision.granted() ? BursaryStatus.GRANTED : BursaryStatus.DECLINED).name())
                .set(APPLICATION.BURSARY_GRANTED, decision.granted() ? decision.amount() : null)
                .set(APPLICATION.BURSARY_DECISION_NOTE, decision.note().strip())
                .set(APPLICATION.BURSARY_DECIDED_AT, now)
                .set(APPLICATION.UPDATED_AT, now)
                .set(APPLICATION.VERSION, expectedVersion + 1)
                .where(APPLICATION.ID.eq(id.value()))
                .and(APPLICATION.VERSION.eq(expectedVersion))
                .and(APPLICATION.BURSARY_STATUS.eq(BursaryStatus.REQUESTED.name()))
                .execute() == 1;
    }

    Optional<ApplicationDetails> findApplication(ApplicationId id) {
        return sql.select(APPLICATION.asterisk(), PROGRAMME_RUN.NAME, CERTIFICATE.ISSUED_ON)
                .from(APPLICATION)
                .join(PROGRAMME_RUN).on(PROGRAMME_RUN.ID.eq(APPLICATION.RUN_ID))
                .leftJoin(CERTIFICATE).on(CERTIFICATE.APPLICATION_ID.eq(APPLICATION.ID))
                .where(APPLICATION.ID.eq(id.value()))
                .fetchOptional(r -> {
                    ApplicationRecord a = r.into(APPLICATION);
                    return new ApplicationDetails(id, new ProgrammeRunId(a.getRunId()), r.get(PROGRAMME_RUN.NAME),
                            new PersonId(a.getApplicantId()), a.getApplicantName(),
                            ApplicationStatus.valueOf(a.getStatus()), toForm(a), a.getDecisionReason(),
                            a.getDecidedAt(), BursaryStatus.valueOf(a.getBursaryStatus()), a.getBursaryGranted(),
                            a.getBursaryDecisionNote(), a.getSubmittedAt(), r.get(CERTIFICATE.ISSUED_ON),
                            a.getVersion());
                });
    }

    List<ApplicationSummary> applicationsOf(PersonId applicant) {
        return summaries(APPLICATION.APPLICANT_ID.eq(applicant.value()), APPLICATION.UPDATED_AT.desc());
    }

    /**
     * The programme team's queue: submitted applications and later (never drafts), optionally of one run and
     * in one status, oldest submission first.
     */
    List<ApplicationSummary> queue(@Nullable ProgrammeRunId runId, @Nullable ApplicationStatus status) {
        Condition condition = APPLICATION.STATUS.ne(ApplicationStatus.DRAFT.name());
        if (runId != null) {
            condition = condition.and(APPLICATION.RUN_ID.eq(runId.value()));
        }
        if (status != null) {
            condition = condition.and(APPLICATION.STATUS.eq(status.name()));
        }
        return summaries(condition, APPLICATION.SUBMITTED_AT.asc());
    }

    int countAwaitingDecision() {
        return sql.fetchCount(APPLICATION, APPLICATION.STATUS.eq(ApplicationStatus.SUBMITTED.name()));
    }

    private List<ApplicationSummary> summaries(Condition condition, org.jooq.SortField<?> order) {
        return sql.select(APPLICATION.ID, APPLICATION.RUN_ID, PROGRAMME_RUN.NAME, APPLICATION.APPLICANT_ID,
                        APPLICATION.APPLICANT_NAME, APPLICATION.KIND, APPLICATION.STATUS, APPLICATION.BURSARY_STATUS,
                        APPLICATION.BURSARY_AMOUNT, APPLICATION.SUBMITTED_AT, APPLICATION.UPDATED_AT)
                .from(APPLICATION)
                .join(PROGRAMME_RUN).on(PROGRAMME_RUN.ID.eq(APPLICATION.RUN_ID))
                .where(condition)
                .orderBy(order, APPLICATION.ID)
                .fetch(r -> new ApplicationSummary(new ApplicationId(r.value1()), new ProgrammeRunId(r.value2()),
                        r.value3(), new PersonId(r.value4()), r.value5(),
                        r.value6() == null ? null : ParticipantKind.valueOf(r.value6()),
                        ApplicationStatus.valueOf(r.value7()), BursaryStatus.valueOf(r.value8()), r.value9(),
                        r.value10(), r.value11()));
    }

    // --- participants ---------------------------------------------------------------------------------

    /** Whether the person is a selected participant of the run. */
    boolean isParticipant(ProgrammeRunId runId, PersonId person) {
        return sql.fetchExists(APPLICATION, APPLICATION.RUN_ID.eq(runId.value())
                .and(APPLICATION.APPLICANT_ID.eq(person.value()))
                .and(APPLICATION.STATUS.eq(ApplicationStatus.SELECTED.name())));
    }

    /** The runs the person takes part in. */
    Set<ProgrammeRunId> runsOf(PersonId person) {
        return sql.select(APPLICATION.RUN_ID).from(APPLICATION)
                .where(APPLICATION.APPLICANT_ID.eq(person.value())
                        .and(APPLICATION.STATUS.eq(ApplicationStatus.SELECTED.name())))
                .fetchSet(r -> new ProgrammeRunId(r.value1()));
    }

    List<PersonId> participantsOf(ProgrammeRunId runId) {
        return sql.select(APPLICATION.APPLICANT_ID).from(APPLICATION)
                .where(APPLICATION.RUN_ID.eq(runId.value())
                        .and(APPLICATION.STATUS.eq(ApplicationStatus.SELECTED.name())))
                .orderBy(APPLICATION.APPLICANT_NAME)
                .fetch(r -> new PersonId(r.value1()));
    }

    /** The run's selected participants with their attendance, reflections and certificate, by name. */
    List<ParticipantProgress> progress(ProgrammeRunId runId) {
        var attended = DSL.selectCount().from(ATTENDANCE).join(SESSION).on(SESSION.ID.eq(ATTENDANCE.SESSION_ID))
                .where(SESSION.RUN_ID.eq(APPLICATION.RUN_ID).and(ATTENDANCE.PARTICIPANT_ID.eq(APPLICATION.APPLICANT_ID)))
                .<Integer>asField("attended");
        var rows = sql.select(APPLICATION.ID, APPLICATION.APPLICANT_ID, APPLICATION.APPLICANT_NAME, APPLICATION.KIND,
                        attended, CERTIFICATE.ISSUED_ON)
                .from(APPLICATION)
                .leftJoin(CERTIFICATE).on(CERTIFICATE.APPLICATION_ID.eq(APPLICATION.ID))
                .where(APPLICATION.RUN_ID.eq(runId.value())
                        .and(APPLICATION.STATUS.eq(ApplicationStatus.SELECTED.name())))
                .orderBy(APPLICATION.APPLICANT_NAME)
                .fetch();
        Map<UUID, List<TeamReflection>> reflections = sql
                .select(REFLECTION.AUTHOR_ID, SESSION.TITLE, REFLECTION.CREATED_AT, REFLECTION.SHARED_WITH_TEAM,
                        REFLECTION.BODY)
                .from(REFLECTION).join(SESSION).on(SESSION.ID.eq(REFLECTION.SESSION_ID))
                .where(SESSION.RUN_ID.eq(runId.value()))
                .orderBy(SESSION.STARTS_AT)
                .fetchGroups(r -> r.value1(), r -> new TeamReflection(r.value2(), r.value3(),
                        r.value4() ? r.value5() : null));
        return rows.map(r -> new ParticipantProgress(new ApplicationId(r.value1()), runId, new PersonId(r.value2()),
                r.value3(), r.value4() == null ? null : ParticipantKind.valueOf(r.value4()), r.value5(),
                reflections.getOrDefault(r.value2(), List.of()), r.value6()));
    }

    // --- certificates ---------------------------------------------------------------------------------

    boolean insertCertificate(ApplicationId id, LocalDate issuedOn, PersonId issuedBy, OffsetDateTime now) {
        return sql.insertInto(CERTIFICATE)
                .set(CERTIFICATE.APPLICATION_ID, id.value())
                .set(CERTIFICATE.ISSUED_ON, issuedOn)
                .set(CERTIFICATE.ISSUED_BY, issuedBy.value())
                .set(CERTIFICATE.ISSUED_AT, now)
                .onConflictDoNothing()
                .execute() == 1;
    }

    List<Certificate> certificatesOf(PersonId participant) {
        return certificates(APPLICATION.APPLICANT_ID.eq(participant.value()));
    }

    Optional<Certificate> certificate(ApplicationId id) {
        return certificates(APPLICATION.ID.eq(id.value())).stream().findFirst();
    }

    private List<Certificate> certificates(Condition condition) {
        var attended = DSL.selectCount().from(ATTENDANCE).join(SESSION).on(SESSION.ID.eq(ATTENDANCE.SESSION_ID))
                .where(SESSION.RUN_ID.eq(APPLICATION.RUN_ID).and(ATTENDANCE.PARTICIPANT_ID.eq(APPLICATION.APPLICANT_ID)))
                .<Integer>asField("attended");
        return sql.select(APPLICATION.ID, APPLICATION.RUN_ID, PROGRAMME_RUN.NAME, PROGRAMME_RUN.STARTS_ON,
                        PROGRAMME_RUN.ENDS_ON, APPLICATION.APPLICANT_ID, APPLICATION.APPLICANT_NAME,
                        CERTIFICATE.ISSUED_ON, attended)
                .from(CERTIFICATE)
                .join(APPLICATION).on(APPLICATION.ID.eq(CERTIFICATE.APPLICATION_ID))
                .join(PROGRAMME_RUN).on(PROGRAMME_RUN.ID.eq(APPLICATION.RUN_ID))
                .where(condition)
                .orderBy(CERTIFICATE.ISSUED_ON.desc())
                .fetch(r -> new Certificate(new ApplicationId(r.value1()), new ProgrammeRunId(r.value2()), r.value3(),
                        r.value4(), r.value5(), new PersonId(r.value6()), r.value7(), r.value8(), r.value9()));
    }

    // --- published Hub resources -----------------------------------------------------------------------

    /** Keeps (or refreshes) a published resource; a redelivered event changes nothing new. */
    void upsertHubResource(UUID id, String title, String type, OffsetDateTime publishedAt) {
        String shortTitle = title.length() > 300 ? title.substring(0, 300) : title;
        String shortType = type.length() > 80 ? type.substring(0, 80) : type;
        sql.insertInto(HUB_RESOURCE)
                .set(HUB_RESOURCE.ID, id)
                .set(HUB_RESOURCE.TITLE, shortTitle)
                .set(HUB_RESOURCE.TYPE, shortType)
                .set(HUB_RESOURCE.PUBLISHED_AT, publishedAt)
                .onConflict(HUB_RESOURCE.ID).doUpdate()
                .set(HUB_RESOURCE.TITLE, shortTitle)
                .set(HUB_RESOURCE.TYPE, shortType)
                .set(HUB_RESOURCE.PUBLISHED_AT, DSL.greatest(HUB_RESOURCE.PUBLISHED_AT, DSL.val(publishedAt)))
                .execute();
    }

    List<HubResource> hubResources() {
        return sql.select(HUB_RESOURCE.ID, HUB_RESOURCE.TITLE, HUB_RESOURCE.TYPE).from(HUB_RESOURCE)
                .orderBy(HUB_RESOURCE.TITLE)
                .fetch(r -> new HubResource(r.value1(), r.value2(), r.value3()));
    }

    Set<UUID> knownHubResources(Collection<UUID> ids) {
        return sql.select(HUB_RESOURCE.ID).from(HUB_RESOURCE).where(HUB_RESOURCE.ID.in(ids))
                .fetchSet(HUB_RESOURCE.ID);
    }

    // --- mapping -------------------------------------------------------------------------------------

    private static void copyContent(ApplicationForm form, ApplicationRecord record) {
        record.setKind(form.getKind() == null ? null : form.getKind().name());
        record.setPartnership(form.getPartnership().strip());
        record.setHopes(form.getHopes().strip());
        record.setAccessNeeds(form.getAccessNeeds().strip());
        record.setBursaryRequested(form.isBursaryRequested());
        record.setBursaryAmount(form.isBursaryRequested() ? form.getBursaryAmount() : null);
        record.setBursaryReason(form.isBursaryRequested() ? form.getBursaryReason().strip() : "");
    }

    private static ApplicationForm toForm(ApplicationRecord record) {
        ApplicationForm form = new ApplicationForm();
        form.setKind(record.getKind() == null ? null : ParticipantKind.valueOf(record.getKind()));
        form.setPartnership(record.getPartnership());
        form.setHopes(record.getHopes());
        form.setAccessNeeds(record.getAccessNeeds());
        form.setBursaryRequested(record.getBursaryRequested());
        form.setBursaryAmount(record.getBursaryAmount());
        form.setBursaryReason(record.getBursaryReason());
        return form;
    }
}
