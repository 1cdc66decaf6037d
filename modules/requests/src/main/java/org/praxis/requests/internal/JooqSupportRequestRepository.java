package org.praxis.requests.internal;

import org.praxis.requests.events.RelatedPage;
import org.praxis.requests.internal.RequestViews.RelatedPageLink;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.praxis.platform.Ids;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.requests.events.Capacity;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.events.Need;
import org.praxis.requests.events.SupportRequestId;
import org.praxis.requests.internal.RequestViews.QueueFilter;
import org.praxis.requests.internal.RequestViews.RequestDetails;
import org.praxis.requests.internal.RequestViews.RequestSummary;
import org.praxis.requests.internal.RequestViews.StatusChange;
import org.praxis.requests.internal.jooq.tables.records.SupportRequestRecord;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.praxis.requests.internal.jooq.Tables.ORGANISATION;
import static org.praxis.requests.internal.jooq.Tables.RELATED_PAGE;
import static org.praxis.requests.internal.jooq.Tables.STATUS_CHANGE;
import static org.praxis.requests.internal.jooq.Tables.SUPPORT_REQUEST;

/** All SQL of the requests module. Updates check the version read (optimistic locking). */
@Repository
class JooqSupportRequestRepository {

    private final DSLContext sql;

    JooqSupportRequestRepository(DSLContext sql) {
        this.sql = sql;
    }

    void insert(SupportRequestId id, OrganisationId organisationId, PersonId createdBy, SupportRequestForm form) {
        SupportRequestRecord record = sql.newRecord(SUPPORT_REQUEST);
        record.setId(id.value());
        record.setOrganisationId(organisationId.value());
        record.setCreatedBy(createdBy.value());
        record.setStatus(RequestStatus.DRAFT.name());
        copyContent(form, record);
        record.insert();
    }

    /** Writes new content; false if the request changed since {@code expectedVersion} was read. */
    boolean updateContent(SupportRequestId id, int expectedVersion, SupportRequestForm form) {
        SupportRequestRecord record = sql.newRecord(SUPPORT_REQUEST);
        copyContent(form, record);
        record.setUpdatedAt(OffsetDateTime.now());
        record.setVersion(expectedVersion + 1);
        record.changed(SUPPORT_REQUEST.ID, false);
        return sql.update(SUPPORT_REQUEST).set(record)
                .where(SUPPORT_REQUEST.ID.eq(id.value()))
                .and(SUPPORT_REQUEST.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** Moves a request from one status to another; false if it was not in that status at that version. */
    boolean changeStatus(SupportRequestId id, int expectedVersion, RequestStatus from, RequestStatus to,
                         @Nullable OffsetDateTime submittedAt) {
        var update = sql.update(SUPPORT_REQUEST)
                .set(SUPPORT_REQUEST.STATUS, to.name())
                .set(SUPPORT_REQUEST.UPDATED_AT, OffsetDateTime.now())
                .set(SUPPORT_REQUEST.VERSION, expectedVersion + 1);
        if (submittedAt != null) {
            update = update.set(SUPPORT_REQUEST.SUBMITTED_AT, submittedAt);
        }
        return update.where(SUPPORT_REQUEST.ID.eq(id.value()))
                .and(SUPPORT_REQUEST.VERSION.eq(expectedVersion))
                .and(SUPPORT_REQUEST.STATUS.eq(from.name()))
                .execute() == 1;
    }

    void recordStatusChange(SupportRequestId id, RequestStatus status, @Nullable PersonId by, String note) {
        recordStatusChange(id, status, by, note, java.time.Instant.now());
    }

    void recordStatusChange(SupportRequestId id, RequestStatus status, @Nullable PersonId by, String note,
                            java.time.Instant at) {
        sql.insertInto(STATUS_CHANGE)
                .set(STATUS_CHANGE.ID, Ids.newId())
                .set(STATUS_CHANGE.REQUEST_ID, id.value())
                .set(STATUS_CHANGE.STATUS, status.name())
                .set(STATUS_CHANGE.CHANGED_AT, databaseTime(at))
                .set(STATUS_CHANGE.CHANGED_BY, by == null ? null : by.value())
                .set(STATUS_CHANGE.NOTE, note)
                .execute();
    }

    /**
     * Takes a stage reported by another module: true when it is news for the history; the status moves to
     * it only if it is later than the current one. False (and nothing changed) when the request is unknown,
     * still a draft, withdrawn, or that stage was already recorded at that moment (a redelivered event).
     */
    boolean recordProgress(SupportRequestId id, RequestStatus status, java.time.Instant at) {
        boolean seen = sql.fetchExists(STATUS_CHANGE, STATUS_CHANGE.REQUEST_ID.eq(id.value())
                .and(STATUS_CHANGE.STATUS.eq(status.name()))
                .and(STATUS_CHANGE.CHANGED_AT.eq(databaseTime(at))));
        if (seen) {
            return false;
        }
        boolean known = sql.fetchExists(SUPPORT_REQUEST, SUPPORT_REQUEST.ID.eq(id.value())
                .and(SUPPORT_REQUEST.STATUS.notIn(RequestStatus.DRAFT.name(), RequestStatus.WITHDRAWN.name())));
        if (!known) {
            return false;
        }
        // Reports are handled concurrently and may arrive out of order ("fulfilled" before "in delivery", both
        // from one transaction): each is kept in the history, but the status only ever moves forward.
        List<String> earlier = Arrays.stream(RequestStatus.values())
                .filter(earlierStatus -> earlierStatus.ordinal() < status.ordinal()).map(Enum::name).toList();
        sql.update(SUPPORT_REQUEST)
                .set(SUPPORT_REQUEST.STATUS, status.name())
                .set(SUPPORT_REQUEST.UPDATED_AT, OffsetDateTime.now())
                .set(SUPPORT_REQUEST.VERSION, SUPPORT_REQUEST.VERSION.plus(1))
                .where(SUPPORT_REQUEST.ID.eq(id.value()))
                .and(SUPPORT_REQUEST.STATUS.in(earlier))
                .and(SUPPORT_REQUEST.STATUS.notIn(RequestStatus.DRAFT.name(), RequestStatus.WITHDRAWN.name()))
                .execute();
        return true;
    }

    Optional<RequestDetails> find(SupportRequestId id) {
        return sql.select(SUPPORT_REQUEST.asterisk(), ORGANISATION.NAME)
                .from(SUPPORT_REQUEST)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(SUPPORT_REQUEST.ORGANISATION_ID))
                .where(SUPPORT_REQUEST.ID.eq(id.value()))
                .fetchOptional(r -> {
                    SupportRequestRecord request = r.into(SUPPORT_REQUEST);
                    return new RequestDetails(id, new OrganisationId(request.getOrganisationId()),
                            organisationName(r), RequestStatus.valueOf(request.getStatus()), request.getVersion(),
                            toForm(request), request.getSubmittedAt(), history(id), relatedPages(id));
                });
    }

    List<RequestSummary> forOrganisation(OrganisationId organisationId) {
        return summaries(SUPPORT_REQUEST.ORGANISATION_ID.eq(organisationId.value()), 0, Integer.MAX_VALUE,
                SUPPORT_REQUEST.UPDATED_AT.desc());
    }

    List<RequestSummary> queue(QueueFilter filter, int offset, int limit) {
        return summaries(queueCondition(filter), offset, limit, SUPPORT_REQUEST.SUBMITTED_AT.asc());
    }

    int countQueue(QueueFilter filter) {
        return sql.fetchCount(sql.select(SUPPORT_REQUEST.ID).from(SUPPORT_REQUEST)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(SUPPORT_REQUEST.ORGANISATION_ID))
                .where(queueCondition(filter)));
    }

    void upsertOrganisation(OrganisationId id, String name) {
        sql.insertInto(ORGANISATION).set(ORGANISATION.ID, id.value()).set(ORGANISATION.NAME, name)
                .onConflict(ORGANISATION.ID).doUpdate().set(ORGANISATION.NAME, name)
                .execute();
    }

    Optional<String> organisationName(OrganisationId id) {
        return sql.select(ORGANISATION.NAME).from(ORGANISATION).where(ORGANISATION.ID.eq(id.value()))
                .fetchOptional(ORGANISATION.NAME);
    }

    /** PostgreSQL keeps microseconds: compare and store instants at that precision. */
    private static OffsetDateTime databaseTime(java.time.Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(java.time.ZoneOffset.UTC);
    }

    // --- mapping ------------------------------------------------------------------------------------

    private static Condition queueCondition(QueueFilter filter) {
        // The team never sees drafts: they are the institution's own until submitted.
        Condition condition = SUPPORT_REQUEST.STATUS.ne(RequestStatus.DRAFT.name());
        if (filter.status() != null) {
            condition = condition.and(SUPPORT_REQUEST.STATUS.eq(filter.status().name()));
        }
        if (filter.mode() != null) {
            condition = condition.and(SUPPORT_REQUEST.MODE.eq(filter.mode().name()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            condition = condition.and(SUPPORT_REQUEST.TITLE.likeIgnoreCase(pattern, '\\')
                    .or(ORGANISATION.NAME.likeIgnoreCase(pattern, '\\'))
                    .or(SUPPORT_REQUEST.CONTEXT.likeIgnoreCase(pattern, '\\')));
        }
        return condition;
    }

    private List<RequestSummary> summaries(Condition condition, int offset, int limit,
                                           org.jooq.SortField<?> order) {
        return sql.select(SUPPORT_REQUEST.ID, SUPPORT_REQUEST.ORGANISATION_ID, ORGANISATION.NAME,
                        SUPPORT_REQUEST.TITLE, SUPPORT_REQUEST.MODE, SUPPORT_REQUEST.STATUS,
                        SUPPORT_REQUEST.TIMELINE_START, SUPPORT_REQUEST.SUBMITTED_AT, SUPPORT_REQUEST.UPDATED_AT)
                .from(SUPPORT_REQUEST)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(SUPPORT_REQUEST.ORGANISATION_ID))
                .where(condition)
                .orderBy(order, SUPPORT_REQUEST.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new RequestSummary(new SupportRequestId(r.value1()), new OrganisationId(r.value2()),
                        r.value3() == null ? "" : r.value3(), r.value4(),
                        r.value5() == null ? null : DeliveryMode.valueOf(r.value5()),
                        RequestStatus.valueOf(r.value6()), r.value7(), r.value8(), r.value9()));
    }

    /** Records a page that belongs to the request; false if it was known already (a redelivered event). */
    boolean addRelatedPage(SupportRequestId id, RelatedPage page, String link, java.time.Instant at) {
        if (!sql.fetchExists(SUPPORT_REQUEST, SUPPORT_REQUEST.ID.eq(id.value()))) {
            return false;
        }
        return sql.insertInto(RELATED_PAGE)
                .set(RELATED_PAGE.REQUEST_ID, id.value())
                .set(RELATED_PAGE.PAGE, page.name())
                .set(RELATED_PAGE.LINK, link)
                .set(RELATED_PAGE.LINKED_AT, databaseTime(at))
                .onConflictDoNothing()
                .execute() == 1;
    }

    private List<RelatedPageLink> relatedPages(SupportRequestId id) {
        return sql.selectFrom(RELATED_PAGE).where(RELATED_PAGE.REQUEST_ID.eq(id.value()))
                .orderBy(RELATED_PAGE.LINKED_AT, RELATED_PAGE.LINK)
                .fetch(r -> new RelatedPageLink(RelatedPage.valueOf(r.getPage()), r.getLink()));
    }

    private List<StatusChange> history(SupportRequestId id) {
        return sql.selectFrom(STATUS_CHANGE).where(STATUS_CHANGE.REQUEST_ID.eq(id.value()))
                .orderBy(STATUS_CHANGE.CHANGED_AT, STATUS_CHANGE.ID)
                .fetch(r -> new StatusChange(RequestStatus.valueOf(r.getStatus()), r.getChangedAt(), r.getNote()));
    }

    private static String organisationName(Record r) {
        String name = r.get(ORGANISATION.NAME);
        return name == null ? "" : name;
    }

    private static void copyContent(SupportRequestForm form, SupportRequestRecord record) {
        record.setTitle(form.getTitle().trim());
        record.setMode(form.getMode() == null ? null : form.getMode().name());
        record.setModeOther(form.getModeOther().isBlank() ? null : form.getModeOther().trim());
        record.setHasCapacities(form.getHas().stream().map(Enum::name).sorted().toArray(String[]::new));
        record.setLacks(form.getLacks().stream().map(Enum::name).sorted().toArray(String[]::new));
        record.setContext(form.getContext().trim());
        record.setTimelineStart(form.getTimelineStart());
        record.setTimelineEnd(form.getTimelineEnd());
        record.setTimelineNotes(form.getTimelineNotes().trim());
        record.setResourcesAndFunding(form.getResourcesAndFunding().trim());
        record.setContactName(form.getContactName().trim());
        record.setContactEmail(form.getContactEmail().trim());
    }

    private static SupportRequestForm toForm(SupportRequestRecord record) {
        SupportRequestForm form = new SupportRequestForm();
        form.setTitle(record.getTitle());
        form.setMode(record.getMode() == null ? null : DeliveryMode.valueOf(record.getMode()));
        form.setModeOther(record.getModeOther() == null ? "" : record.getModeOther());
        form.setHas(toEnumSet(record.getHasCapacities(), Capacity.class));
        form.setLacks(toEnumSet(record.getLacks(), Need.class));
        form.setContext(record.getContext());
        form.setTimelineStart(record.getTimelineStart());
        form.setTimelineEnd(record.getTimelineEnd());
        form.setTimelineNotes(record.getTimelineNotes());
        form.setResourcesAndFunding(record.getResourcesAndFunding());
        form.setContactName(record.getContactName());
        form.setContactEmail(record.getContactEmail());
        return form;
    }

    private static <E extends Enum<E>> Set<E> toEnumSet(String[] names, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        Arrays.stream(names).forEach(name -> set.add(Enum.valueOf(type, name)));
        return set;
    }
}
