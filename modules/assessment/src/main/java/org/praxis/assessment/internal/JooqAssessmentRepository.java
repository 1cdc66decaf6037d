package org.praxis.assessment.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.assessment.events.Urgency;
import org.praxis.assessment.internal.AssessmentViews.AssessmentDetails;
import org.praxis.assessment.internal.AssessmentViews.Assessor;
import org.praxis.assessment.internal.AssessmentViews.CatalogueEntry;
import org.praxis.assessment.internal.AssessmentViews.QueueRow;
import org.praxis.assessment.internal.AssessmentViews.RequestFacts;
import org.praxis.assessment.internal.AssessmentViews.Rule;
import org.praxis.assessment.internal.jooq.tables.records.RequestAssessmentRecord;
import org.praxis.platform.Ids;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.requests.events.Capacity;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.events.Need;
import org.praxis.requests.events.SupportRequestId;
import org.praxis.requests.events.SupportRequestSubmitted;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.praxis.assessment.internal.jooq.Tables.DECIDED_ROUTE;
import static org.praxis.assessment.internal.jooq.Tables.PROGRAMME_MEMBER;
import static org.praxis.assessment.internal.jooq.Tables.REQUEST_ASSESSMENT;
import static org.praxis.assessment.internal.jooq.Tables.ROUTE_CATALOGUE;
import static org.praxis.assessment.internal.jooq.Tables.SUGGESTION_RULE;

/** All SQL of the assessment module. Changes to an assessment check the version read. */
@Repository
class JooqAssessmentRepository {

    private final DSLContext sql;

    JooqAssessmentRepository(DSLContext sql) {
        this.sql = sql;
    }

    // --- requests, from events ----------------------------------------------------------------------

    /** Records a submitted request; a redelivered event changes nothing. */
    void insertSubmitted(SupportRequestSubmitted event) {
        sql.insertInto(REQUEST_ASSESSMENT)
                .set(REQUEST_ASSESSMENT.REQUEST_ID, event.requestId().value())
                .set(REQUEST_ASSESSMENT.ORGANISATION_ID, event.organisationId().value())
                .set(REQUEST_ASSESSMENT.ORGANISATION_NAME, event.organisationName())
                .set(REQUEST_ASSESSMENT.TITLE, event.title())
                .set(REQUEST_ASSESSMENT.MODE, event.mode().name())
                .set(REQUEST_ASSESSMENT.MODE_OTHER, event.modeOther())
                .set(REQUEST_ASSESSMENT.HAS_CAPACITIES, names(event.has()))
                .set(REQUEST_ASSESSMENT.LACKS, names(event.lacks()))
                .set(REQUEST_ASSESSMENT.CONTEXT, event.context())
                .set(REQUEST_ASSESSMENT.TIMELINE_START, event.timelineStart())
                .set(REQUEST_ASSESSMENT.TIMELINE_END, event.timelineEnd())
                .set(REQUEST_ASSESSMENT.RESOURCES, event.resourcesAndFunding())
                .set(REQUEST_ASSESSMENT.SUBMITTED_AT, event.submittedAt().atOffset(ZoneOffset.UTC))
                .onConflict(REQUEST_ASSESSMENT.REQUEST_ID).doNothing()
                .execute();
    }

    /** Marks an undecided request withdrawn; false if it was already decided or unknown. */
    boolean markWithdrawn(SupportRequestId id) {
        return sql.update(REQUEST_ASSESSMENT)
                .set(REQUEST_ASSESSMENT.STATUS, AssessmentStatus.WITHDRAWN.name())
                .set(REQUEST_ASSESSMENT.VERSION, REQUEST_ASSESSMENT.VERSION.plus(1))
                .where(REQUEST_ASSESSMENT.REQUEST_ID.eq(id.value()))
                .and(REQUEST_ASSESSMENT.STATUS.in(AssessmentStatus.AWAITING.name(), AssessmentStatus.IN_ASSESSMENT.name()))
                .execute() == 1;
    }

    // --- the assessment -----------------------------------------------------------------------------

    Optional<AssessmentDetails> find(SupportRequestId id) {
        return sql.selectFrom(REQUEST_ASSESSMENT).where(REQUEST_ASSESSMENT.REQUEST_ID.eq(id.value()))
                .fetchOptional(this::details);
    }

    List<QueueRow> queue(@Nullable AssessmentStatus status, int offset, int limit) {
        Condition condition = status == null ? DSL.trueCondition() : REQUEST_ASSESSMENT.STATUS.eq(status.name());
        return sql.selectFrom(REQUEST_ASSESSMENT).where(condition)
                .orderBy(REQUEST_ASSESSMENT.SUBMITTED_AT.asc(), REQUEST_ASSESSMENT.REQUEST_ID)
                .offset(offset).limit(limit)
                .fetch(r -> new QueueRow(new SupportRequestId(r.getRequestId()), r.getOrganisationName(), r.getTitle(),
                        DeliveryMode.valueOf(r.getMode()), AssessmentStatus.valueOf(r.getStatus()), r.getAssessorName(),
                        r.getTimelineStart(), r.getSubmittedAt()));
    }

    int count(@Nullable AssessmentStatus status) {
        Condition condition = status == null ? DSL.trueCondition() : REQUEST_ASSESSMENT.STATUS.eq(status.name());
        return sql.fetchCount(REQUEST_ASSESSMENT, condition);
    }

    boolean assign(SupportRequestId id, int expectedVersion, Assessor assessor) {
        return sql.update(REQUEST_ASSESSMENT)
                .set(REQUEST_ASSESSMENT.ASSESSOR_ID, assessor.personId().value())
                .set(REQUEST_ASSESSMENT.ASSESSOR_NAME, assessor.fullName())
                .set(REQUEST_ASSESSMENT.STATUS, AssessmentStatus.IN_ASSESSMENT.name())
                .set(REQUEST_ASSESSMENT.VERSION, expectedVersion + 1)
                .where(REQUEST_ASSESSMENT.REQUEST_ID.eq(id.value()))
                .and(REQUEST_ASSESSMENT.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    boolean saveAssessment(SupportRequestId id, int expectedVersion, AssessmentForm form) {
        int updated = sql.update(REQUEST_ASSESSMENT)
                .set(REQUEST_ASSESSMENT.STRENGTHS, form.getStrengths().trim())
                .set(REQUEST_ASSESSMENT.GAPS, form.getGaps().trim())
                .set(REQUEST_ASSESSMENT.URGENCY, form.getUrgency() == null ? null : form.getUrgency().name())
                .set(REQUEST_ASSESSMENT.NOTES, form.getNotes().trim())
                .set(REQUEST_ASSESSMENT.RATIONALE, form.getRationale().trim())
                .set(REQUEST_ASSESSMENT.VERSION, expectedVersion + 1)
                .where(REQUEST_ASSESSMENT.REQUEST_ID.eq(id.value()))
                .and(REQUEST_ASSESSMENT.VERSION.eq(expectedVersion))
                .execute();
        if (updated != 1) {
            return false;
        }
        sql.deleteFrom(DECIDED_ROUTE).where(DECIDED_ROUTE.REQUEST_ID.eq(id.value())).execute();
        int position = 0;
        for (RouteDraft route : form.getRoutes()) {
            sql.insertInto(DECIDED_ROUTE)
                    .set(DECIDED_ROUTE.ID, Ids.newId())
                    .set(DECIDED_ROUTE.REQUEST_ID, id.value())
                    .set(DECIDED_ROUTE.POSITION, position++)
                    .set(DECIDED_ROUTE.ROUTE, route.route().name())
                    .set(DECIDED_ROUTE.TITLE, route.title().trim())
                    .set(DECIDED_ROUTE.DETAILS, route.details() == null ? "" : route.details().trim())
                    .set(DECIDED_ROUTE.EFFORT_HOURS, route.effortHours())
                    .set(DECIDED_ROUTE.CONNECT_WITH_ID, route.connectWith() == null ? null : route.connectWith().value())
                    .set(DECIDED_ROUTE.CONNECT_WITH_NAME, route.connectWithName())
                    .execute();
        }
        return true;
    }

    /** Records the decision; false if the assessment changed since it was read or is no longer open. */
    boolean decide(SupportRequestId id, int expectedVersion, AssessmentStatus outcome, @Nullable UUID assessmentId,
                   String declineReason, OffsetDateTime at) {
        return sql.update(REQUEST_ASSESSMENT)
                .set(REQUEST_ASSESSMENT.STATUS, outcome.name())
                .set(REQUEST_ASSESSMENT.ASSESSMENT_ID, assessmentId)
                .set(REQUEST_ASSESSMENT.DECLINE_REASON, declineReason)
                .set(REQUEST_ASSESSMENT.DECIDED_AT, at)
                .set(REQUEST_ASSESSMENT.VERSION, expectedVersion + 1)
                .where(REQUEST_ASSESSMENT.REQUEST_ID.eq(id.value()))
                .and(REQUEST_ASSESSMENT.VERSION.eq(expectedVersion))
                .and(REQUEST_ASSESSMENT.STATUS.in(AssessmentStatus.AWAITING.name(), AssessmentStatus.IN_ASSESSMENT.name()))
                .execute() == 1;
    }

    /** Other institutions' requests with the same mode or overlapping needs, most recent first. */
    List<RequestFacts> similarRequests(RequestFacts request, int limit) {
        String[] lacks = names(request.lacks());
        return sql.selectFrom(REQUEST_ASSESSMENT)
                .where(REQUEST_ASSESSMENT.ORGANISATION_ID.ne(request.organisationId().value()))
                .and(REQUEST_ASSESSMENT.STATUS.ne(AssessmentStatus.WITHDRAWN.name()))
                .and(REQUEST_ASSESSMENT.MODE.eq(request.mode().name())
                        .or(DSL.condition("{0} && {1}::varchar[]", REQUEST_ASSESSMENT.LACKS, DSL.val(lacks))))
                .orderBy(REQUEST_ASSESSMENT.SUBMITTED_AT.desc())
                .limit(limit)
                .fetch(this::facts);
    }

    // --- catalogue, rules, assessors ------------------------------------------------------------------

    List<CatalogueEntry> catalogue() {
        return sql.selectFrom(ROUTE_CATALOGUE).orderBy(ROUTE_CATALOGUE.ROUTE)
                .fetch(r -> new CatalogueEntry(SupportRoute.valueOf(r.getRoute()), r.getTitle(), r.getDescription(),
                        r.getTypicalEffortHours()));
    }

    void updateCatalogueEffort(SupportRoute route, int hours) {
        sql.update(ROUTE_CATALOGUE).set(ROUTE_CATALOGUE.TYPICAL_EFFORT_HOURS, hours)
                .where(ROUTE_CATALOGUE.ROUTE.eq(route.name())).execute();
    }

    List<Rule> rules() {
        return sql.selectFrom(SUGGESTION_RULE).orderBy(SUGGESTION_RULE.ID)
                .fetch(r -> new Rule(r.getId(), r.getWhenLacks() == null ? null : Need.valueOf(r.getWhenLacks()),
                        r.getWhenMode() == null ? null : DeliveryMode.valueOf(r.getWhenMode()),
                        r.getWhenMissing() == null ? null : Capacity.valueOf(r.getWhenMissing()),
                        SupportRoute.valueOf(r.getRoute()), r.getSuggestedTitle(), r.getReason(), r.getActive(),
                        r.getVersion()));
    }

    void insertRule(Rule rule) {
        sql.insertInto(SUGGESTION_RULE)
                .set(SUGGESTION_RULE.ID, rule.id())
                .set(SUGGESTION_RULE.WHEN_LACKS, rule.whenLacks() == null ? null : rule.whenLacks().name())
                .set(SUGGESTION_RULE.WHEN_MODE, rule.whenMode() == null ? null : rule.whenMode().name())
                .set(SUGGESTION_RULE.WHEN_MISSING, rule.whenMissing() == null ? null : rule.whenMissing().name())
                .set(SUGGESTION_RULE.ROUTE, rule.route().name())
                .set(SUGGESTION_RULE.SUGGESTED_TITLE, rule.suggestedTitle())
                .set(SUGGESTION_RULE.REASON, rule.reason())
                .set(SUGGESTION_RULE.ACTIVE, rule.active())
                .execute();
    }

    boolean setRuleActive(UUID id, int expectedVersion, boolean active) {
        return sql.update(SUGGESTION_RULE)
                .set(SUGGESTION_RULE.ACTIVE, active)
                .set(SUGGESTION_RULE.VERSION, expectedVersion + 1)
                .where(SUGGESTION_RULE.ID.eq(id)).and(SUGGESTION_RULE.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    List<Assessor> assessors() {
        return sql.selectFrom(PROGRAMME_MEMBER).orderBy(PROGRAMME_MEMBER.FULL_NAME)
                .fetch(r -> new Assessor(new PersonId(r.getPersonId()), r.getFullName()));
    }

    Optional<Assessor> assessor(PersonId id) {
        return sql.selectFrom(PROGRAMME_MEMBER).where(PROGRAMME_MEMBER.PERSON_ID.eq(id.value()))
                .fetchOptional(r -> new Assessor(new PersonId(r.getPersonId()), r.getFullName()));
    }

    void upsertProgrammeMember(PersonId id, String fullName) {
        sql.insertInto(PROGRAMME_MEMBER).set(PROGRAMME_MEMBER.PERSON_ID, id.value())
                .set(PROGRAMME_MEMBER.FULL_NAME, fullName)
                .onConflict(PROGRAMME_MEMBER.PERSON_ID).doUpdate().set(PROGRAMME_MEMBER.FULL_NAME, fullName)
                .execute();
    }

    void removeProgrammeMember(PersonId id) {
        sql.deleteFrom(PROGRAMME_MEMBER).where(PROGRAMME_MEMBER.PERSON_ID.eq(id.value())).execute();
    }

    // --- mapping ------------------------------------------------------------------------------------

    private AssessmentDetails details(RequestAssessmentRecord r) {
        AssessmentForm form = new AssessmentForm();
        form.setStrengths(r.getStrengths());
        form.setGaps(r.getGaps());
        form.setUrgency(r.getUrgency() == null ? null : Urgency.valueOf(r.getUrgency()));
        form.setNotes(r.getNotes());
        form.setRationale(r.getRationale());
        form.setRoutes(sql.selectFrom(DECIDED_ROUTE).where(DECIDED_ROUTE.REQUEST_ID.eq(r.getRequestId()))
                .orderBy(DECIDED_ROUTE.POSITION)
                .fetch(route -> new RouteDraft(SupportRoute.valueOf(route.getRoute()), route.getTitle(),
                        route.getDetails(), route.getEffortHours(),
                        route.getConnectWithId() == null ? null : new OrganisationId(route.getConnectWithId()),
                        route.getConnectWithName())));
        return new AssessmentDetails(facts(r), AssessmentStatus.valueOf(r.getStatus()), r.getVersion(),
                r.getAssessorId() == null ? null : new PersonId(r.getAssessorId()), r.getAssessorName(), form,
                r.getDeclineReason());
    }

    private RequestFacts facts(RequestAssessmentRecord r) {
        return new RequestFacts(new SupportRequestId(r.getRequestId()), new OrganisationId(r.getOrganisationId()),
                r.getOrganisationName(), r.getTitle(), DeliveryMode.valueOf(r.getMode()), r.getModeOther(),
                enumSet(r.getHasCapacities(), Capacity.class), enumSet(r.getLacks(), Need.class), r.getContext(),
                r.getTimelineStart(), r.getTimelineEnd(), r.getResources(), r.getSubmittedAt());
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static <E extends Enum<E>> Set<E> enumSet(String[] names, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        Arrays.stream(names).forEach(name -> set.add(Enum.valueOf(type, name)));
        return set;
    }
}
