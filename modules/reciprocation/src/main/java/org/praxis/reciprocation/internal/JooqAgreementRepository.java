package org.praxis.reciprocation.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.praxis.assessment.events.SupportRoute;
import org.praxis.platform.Ids;
import org.praxis.platform.Licence;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.praxis.reciprocation.events.AgreementId;
import org.praxis.reciprocation.events.Material;
import org.praxis.reciprocation.events.ReciprocationType;
import org.praxis.reciprocation.events.Side;
import org.praxis.reciprocation.internal.AgreementViews.AgreementDetails;
import org.praxis.reciprocation.internal.AgreementViews.AgreementSummary;
import org.praxis.reciprocation.internal.AgreementViews.DueItem;
import org.praxis.reciprocation.internal.AgreementViews.Evidence;
import org.praxis.reciprocation.internal.AgreementViews.Item;
import org.praxis.reciprocation.internal.AgreementViews.Person;
import org.praxis.reciprocation.internal.AgreementViews.VersionItem;
import org.praxis.reciprocation.internal.AgreementViews.VersionRecord;
import org.praxis.reciprocation.internal.jooq.tables.records.AgreementItemRecord;
import org.praxis.reciprocation.internal.jooq.tables.records.AgreementRecord;
import org.praxis.requests.events.SupportRequestId;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.praxis.reciprocation.internal.jooq.Tables.AGREEMENT;
import static org.praxis.reciprocation.internal.jooq.Tables.AGREEMENT_ITEM;
import static org.praxis.reciprocation.internal.jooq.Tables.AGREEMENT_VERSION;
import static org.praxis.reciprocation.internal.jooq.Tables.AGREEMENT_VERSION_ITEM;
import static org.praxis.reciprocation.internal.jooq.Tables.COMMUNITY_MEMBER;
import static org.praxis.reciprocation.internal.jooq.Tables.EVIDENCE;
import static org.praxis.reciprocation.internal.jooq.Tables.ORGANISATION;
import static org.praxis.reciprocation.internal.jooq.Tables.PERSON_ROLE;
import static org.praxis.reciprocation.internal.jooq.Tables.REMINDER_SENT;

/**
 * The SQL of agreements, their items, versions and evidence, and of the module's read model of
 * organisations and people. Changes to an agreement check the version read (optimistic locking).
 */
@Repository
class JooqAgreementRepository {

    private final DSLContext sql;

    JooqAgreementRepository(DSLContext sql) {
        this.sql = sql;
    }

    // --- read model: organisations and people ---------------------------------------------------------

    void upsertOrganisation(OrganisationId id, String name) {
        sql.insertInto(ORGANISATION).set(ORGANISATION.ID, id.value()).set(ORGANISATION.NAME, name)
                .onConflict(ORGANISATION.ID).doUpdate().set(ORGANISATION.NAME, name)
                .execute();
    }

    Optional<String> organisationName(OrganisationId id) {
        return sql.select(ORGANISATION.NAME).from(ORGANISATION).where(ORGANISATION.ID.eq(id.value()))
                .fetchOptional(ORGANISATION.NAME);
    }

    void upsertPersonRole(PersonId person, Role role, OrganisationId organisation, String fullName) {
        sql.insertInto(PERSON_ROLE)
                .set(PERSON_ROLE.PERSON_ID, person.value())
                .set(PERSON_ROLE.ROLE, role.name())
                .set(PERSON_ROLE.ORGANISATION_ID, organisation.value())
                .set(PERSON_ROLE.FULL_NAME, fullName)
                .onConflict(PERSON_ROLE.PERSON_ID, PERSON_ROLE.ROLE).doUpdate()
                .set(PERSON_ROLE.ORGANISATION_ID, organisation.value())
                .set(PERSON_ROLE.FULL_NAME, fullName)
                .execute();
    }

    void deletePersonRole(PersonId person, Role role) {
        sql.deleteFrom(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.eq(person.value()))
                .and(PERSON_ROLE.ROLE.eq(role.name())).execute();
    }

    /** The institution leads of an organisation, by name. */
    List<Person> leadsOf(OrganisationId organisation) {
        return people(PERSON_ROLE.ROLE.eq(Role.INSTITUTION_LEAD.name())
                .and(PERSON_ROLE.ORGANISATION_ID.eq(organisation.value())));
    }

    List<Person> programmeTeam() {
        return people(PERSON_ROLE.ROLE.eq(Role.PROGRAMME_TEAM.name()));
    }

    Optional<String> personName(PersonId person) {
        return sql.select(PERSON_ROLE.FULL_NAME).from(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.eq(person.value()))
                .limit(1).fetchOptional(PERSON_ROLE.FULL_NAME);
    }

    private List<Person> people(Condition condition) {
        return sql.selectFrom(PERSON_ROLE).where(condition).orderBy(PERSON_ROLE.FULL_NAME, PERSON_ROLE.PERSON_ID)
                .fetch(r -> new Person(new PersonId(r.getPersonId()), r.getFullName(), Role.valueOf(r.getRole()),
                        new OrganisationId(r.getOrganisationId())));
    }

    // --- agreements ------------------------------------------------------------------------------------

    /** Inserts a draft agreement unless one exists for the assessment already; true if inserted. */
    boolean insertDraft(AgreementId id, UUID assessmentId, SupportRequestId requestId, OrganisationId organisation,
                        String organisationName, String title, LocalDate timelineStart) {
        return sql.insertInto(AGREEMENT)
                .set(AGREEMENT.ID, id.value())
                .set(AGREEMENT.ASSESSMENT_ID, assessmentId)
                .set(AGREEMENT.REQUEST_ID, requestId.value())
                .set(AGREEMENT.ORGANISATION_ID, organisation.value())
                .set(AGREEMENT.ORGANISATION_NAME, organisationName)
                .set(AGREEMENT.TITLE, title)
                .set(AGREEMENT.TIMELINE_START, timelineStart)
                .set(AGREEMENT.STATUS, AgreementStatus.DRAFT.name())
                .onConflict(AGREEMENT.ASSESSMENT_ID).doNothing()
                .execute() == 1;
    }

    Optional<AgreementId> agreementForAssessment(UUID assessmentId) {
        return sql.select(AGREEMENT.ID).from(AGREEMENT).where(AGREEMENT.ASSESSMENT_ID.eq(assessmentId))
                .fetchOptional(r -> new AgreementId(r.value1()));
    }

    /** Reads the agreement's row and locks it until the transaction ends, so acceptances and completions queue up. */
    Optional<AgreementRecord> lock(AgreementId id) {
        return sql.selectFrom(AGREEMENT).where(AGREEMENT.ID.eq(id.value())).forUpdate().fetchOptional();
    }

    /** Records a change to the agreement's content; false if it changed since {@code expectedVersion} was read. */
    boolean changeContent(AgreementId id, int expectedVersion) {
        return sql.update(AGREEMENT)
                .set(AGREEMENT.STATUS, AgreementStatus.DRAFT.name())
                .set(AGREEMENT.UPDATED_AT, OffsetDateTime.now())
                .set(AGREEMENT.VERSION, expectedVersion + 1)
                .where(AGREEMENT.ID.eq(id.value()))
                .and(AGREEMENT.VERSION.eq(expectedVersion))
                .and(AGREEMENT.STATUS.ne(AgreementStatus.FULFILLED.name()))
                .execute() == 1;
    }

    /** Marks a new version as proposed; false if the agreement changed since {@code expectedVersion}. */
    boolean propose(AgreementId id, int expectedVersion, int number) {
        return sql.update(AGREEMENT)
                .set(AGREEMENT.STATUS, AgreementStatus.PROPOSED.name())
                .set(AGREEMENT.PROPOSAL, number)
                .set(AGREEMENT.UPDATED_AT, OffsetDateTime.now())
                .set(AGREEMENT.VERSION, expectedVersion + 1)
                .where(AGREEMENT.ID.eq(id.value()))
                .and(AGREEMENT.VERSION.eq(expectedVersion))
                .and(AGREEMENT.STATUS.eq(AgreementStatus.DRAFT.name()))
                .execute() == 1;
    }

    /** Any other change to a locked agreement (an acceptance): bumps its version so stale editors notice. */
    void touch(AgreementId id) {
        sql.update(AGREEMENT)
                .set(AGREEMENT.UPDATED_AT, OffsetDateTime.now())
                .set(AGREEMENT.VERSION, AGREEMENT.VERSION.plus(1))
                .where(AGREEMENT.ID.eq(id.value()))
                .execute();
    }

    void markAgreed(AgreementId id, int number) {
        sql.update(AGREEMENT)
                .set(AGREEMENT.STATUS, AgreementStatus.ACCEPTED.name())
                .set(AGREEMENT.AGREED_VERSION, number)
                .where(AGREEMENT.ID.eq(id.value()))
                .execute();
    }

    /** Notes when the first item was done; true only the first time. */
    boolean markInDelivery(AgreementId id, OffsetDateTime at) {
        return sql.update(AGREEMENT).set(AGREEMENT.IN_DELIVERY_AT, at)
                .where(AGREEMENT.ID.eq(id.value())).and(AGREEMENT.IN_DELIVERY_AT.isNull())
                .execute() == 1;
    }

    /** Marks the agreement fulfilled; true only the first time. */
    boolean markFulfilled(AgreementId id, OffsetDateTime at) {
        return sql.update(AGREEMENT)
                .set(AGREEMENT.STATUS, AgreementStatus.FULFILLED.name())
                .set(AGREEMENT.FULFILLED_AT, at)
                .set(AGREEMENT.UPDATED_AT, at)
                .set(AGREEMENT.VERSION, AGREEMENT.VERSION.plus(1))
                .where(AGREEMENT.ID.eq(id.value())).and(AGREEMENT.STATUS.ne(AgreementStatus.FULFILLED.name()))
                .execute() == 1;
    }

    /** Adds an institution to the community of practice; true only the first time for that organisation. */
    boolean addCommunityMember(OrganisationId organisation, String name, AgreementId agreement, OffsetDateTime at) {
        return sql.insertInto(COMMUNITY_MEMBER)
                .set(COMMUNITY_MEMBER.ORGANISATION_ID, organisation.value())
                .set(COMMUNITY_MEMBER.ORGANISATION_NAME, name)
                .set(COMMUNITY_MEMBER.AGREEMENT_ID, agreement.value())
                .set(COMMUNITY_MEMBER.JOINED_AT, at)
                .onConflict(COMMUNITY_MEMBER.ORGANISATION_ID).doNothing()
                .execute() == 1;
    }

    // --- items -----------------------------------------------------------------------------------------

    /** A new item's stored values. */
    record NewItem(UUID id, AgreementId agreementId, Side side, @Nullable SupportRoute route,
                   @Nullable ReciprocationType type, @Nullable OrganisationId connectWith,
                   @Nullable String connectWithName, String title, String details, @Nullable String owner,
                   @Nullable PersonId responsible, @Nullable String responsibleName, int effortHours,
                   LocalDate dueDate) {
    }

    void insertItem(NewItem item) {
        Integer last = sql.select(DSL.max(AGREEMENT_ITEM.POSITION)).from(AGREEMENT_ITEM)
                .where(AGREEMENT_ITEM.AGREEMENT_ID.eq(item.agreementId().value()))
                .and(AGREEMENT_ITEM.SIDE.eq(item.side().name()))
                .fetchOne(0, Integer.class);
        AgreementItemRecord record = sql.newRecord(AGREEMENT_ITEM);
        record.setId(item.id());
        record.setAgreementId(item.agreementId().value());
        record.setSide(item.side().name());
        record.setPosition(last == null ? 1 : last + 1);
        record.setRoute(item.route() == null ? null : item.route().name());
        record.setReciprocationType(item.type() == null ? null : item.type().name());
        record.setConnectWithId(item.connectWith() == null ? null : item.connectWith().value());
        record.setConnectWithName(item.connectWithName());
        record.setTitle(item.title());
        record.setDetails(item.details());
        record.setOwner(item.owner());
        record.setResponsibleId(item.responsible() == null ? null : item.responsible().value());
        record.setResponsibleName(item.responsibleName());
        record.setEffortHours(item.effortHours());
        record.setDueDate(item.dueDate());
        record.setStatus(ItemStatus.OPEN.name());
        record.insert();
    }

    /** Writes an open item's content; false if the item is done or gone. */
    boolean updateItem(UUID itemId, ItemForm form, @Nullable String responsibleName, Side side) {
        return sql.update(AGREEMENT_ITEM)
                .set(AGREEMENT_ITEM.TITLE, form.getTitle().trim())
                .set(AGREEMENT_ITEM.DETAILS, form.getDetails().trim())
                .set(AGREEMENT_ITEM.ROUTE, side == Side.SUPPORT && form.getRoute() != null ? form.getRoute().name() : null)
                .set(AGREEMENT_ITEM.RECIPROCATION_TYPE,
                        side == Side.RECIPROCATION && form.getType() != null ? form.getType().name() : null)
                .set(AGREEMENT_ITEM.OWNER, blankToNull(form.getOwner()))
                .set(AGREEMENT_ITEM.RESPONSIBLE_ID, form.getResponsible() == null ? null : form.getResponsible().value())
                .set(AGREEMENT_ITEM.RESPONSIBLE_NAME, responsibleName)
                .set(AGREEMENT_ITEM.EFFORT_HOURS, form.getEffortHours())
                .set(AGREEMENT_ITEM.DUE_DATE, form.getDueDate())
                .where(AGREEMENT_ITEM.ID.eq(itemId)).and(AGREEMENT_ITEM.STATUS.eq(ItemStatus.OPEN.name()))
                .execute() == 1;
    }

    boolean deleteOpenItem(UUID itemId) {
        return sql.deleteFrom(AGREEMENT_ITEM).where(AGREEMENT_ITEM.ID.eq(itemId))
                .and(AGREEMENT_ITEM.STATUS.eq(ItemStatus.OPEN.name())).execute() == 1;
    }

    /** Marks an open item done with its evidence note (and, for a reciprocation, how it may be shared). */
    boolean completeItem(UUID itemId, PersonId by, String byName, OffsetDateTime at, String note,
                         @Nullable String description, @Nullable Licence licence, @Nullable String attribution) {
        return sql.update(AGREEMENT_ITEM)
                .set(AGREEMENT_ITEM.STATUS, ItemStatus.DONE.name())
                .set(AGREEMENT_ITEM.COMPLETED_AT, at)
                .set(AGREEMENT_ITEM.COMPLETED_BY, by.value())
                .set(AGREEMENT_ITEM.COMPLETED_BY_NAME, byName)
                .set(AGREEMENT_ITEM.EVIDENCE_NOTE, note)
                .set(AGREEMENT_ITEM.DESCRIPTION, description)
                .set(AGREEMENT_ITEM.LICENCE, licence == null ? null : licence.name())
                .set(AGREEMENT_ITEM.ATTRIBUTION, attribution)
                .where(AGREEMENT_ITEM.ID.eq(itemId)).and(AGREEMENT_ITEM.STATUS.eq(ItemStatus.OPEN.name()))
                .execute() == 1;
    }

    void insertEvidence(UUID id, UUID itemId, Material.Kind kind, String title, String location,
                        @Nullable String mediaType, @Nullable Long size, int position) {
        sql.insertInto(EVIDENCE)
                .set(EVIDENCE.ID, id)
                .set(EVIDENCE.ITEM_ID, itemId)
                .set(EVIDENCE.KIND, kind.name())
                .set(EVIDENCE.TITLE, title)
                .set(EVIDENCE.LOCATION, location)
                .set(EVIDENCE.MEDIA_TYPE, mediaType)
                .set(EVIDENCE.SIZE_BYTES, size)
                .set(EVIDENCE.POSITION, position)
                .execute();
    }

    int openItems(AgreementId id) {
        return sql.fetchCount(AGREEMENT_ITEM, AGREEMENT_ITEM.AGREEMENT_ID.eq(id.value())
                .and(AGREEMENT_ITEM.STATUS.eq(ItemStatus.OPEN.name())));
    }

    // --- versions --------------------------------------------------------------------------------------

    /** Records a proposed version with a snapshot of every item as it is now. */
    void insertVersion(AgreementId id, int number, PersonId by, String byName, OffsetDateTime at) {
        sql.update(AGREEMENT_VERSION).set(AGREEMENT_VERSION.SUPERSEDED_AT, at)
                .where(AGREEMENT_VERSION.AGREEMENT_ID.eq(id.value()))
                .and(AGREEMENT_VERSION.SUPERSEDED_AT.isNull())
                .execute();
        sql.insertInto(AGREEMENT_VERSION)
                .set(AGREEMENT_VERSION.AGREEMENT_ID, id.value())
                .set(AGREEMENT_VERSION.NUMBER, number)
                .set(AGREEMENT_VERSION.PROPOSED_AT, at)
                .set(AGREEMENT_VERSION.PROPOSED_BY, by.value())
                .set(AGREEMENT_VERSION.PROPOSED_BY_NAME, byName)
                .execute();
        sql.insertInto(AGREEMENT_VERSION_ITEM,
                        AGREEMENT_VERSION_ITEM.AGREEMENT_ID, AGREEMENT_VERSION_ITEM.NUMBER,
                        AGREEMENT_VERSION_ITEM.ITEM_ID, AGREEMENT_VERSION_ITEM.SIDE, AGREEMENT_VERSION_ITEM.POSITION,
                        AGREEMENT_VERSION_ITEM.CATEGORY, AGREEMENT_VERSION_ITEM.TITLE, AGREEMENT_VERSION_ITEM.DETAILS,
                        AGREEMENT_VERSION_ITEM.OWNER, AGREEMENT_VERSION_ITEM.RESPONSIBLE_NAME,
                        AGREEMENT_VERSION_ITEM.EFFORT_HOURS, AGREEMENT_VERSION_ITEM.DUE_DATE)
                .select(sql.select(AGREEMENT_ITEM.AGREEMENT_ID, DSL.val(number), AGREEMENT_ITEM.ID,
                                AGREEMENT_ITEM.SIDE, AGREEMENT_ITEM.POSITION,
                                DSL.coalesce(AGREEMENT_ITEM.ROUTE, AGREEMENT_ITEM.RECIPROCATION_TYPE),
                                AGREEMENT_ITEM.TITLE, AGREEMENT_ITEM.DETAILS, AGREEMENT_ITEM.OWNER,
                                AGREEMENT_ITEM.RESPONSIBLE_NAME, AGREEMENT_ITEM.EFFORT_HOURS, AGREEMENT_ITEM.DUE_DATE)
                        .from(AGREEMENT_ITEM).where(AGREEMENT_ITEM.AGREEMENT_ID.eq(id.value())))
                .execute();
    }

    /** A pending version's acceptances were overtaken by a change: it will never be accepted. */
    void supersedePending(AgreementId id, int number, OffsetDateTime at) {
        sql.update(AGREEMENT_VERSION).set(AGREEMENT_VERSION.SUPERSEDED_AT, at)
                .where(AGREEMENT_VERSION.AGREEMENT_ID.eq(id.value()))
                .and(AGREEMENT_VERSION.NUMBER.eq(number))
                .and(AGREEMENT_VERSION.SUPERSEDED_AT.isNull())
                .execute();
    }

    /**
     * Records one side's acceptance of a version; returns whether both sides have now accepted it,
     * or empty if this side had accepted it already.
     */
    Optional<Boolean> accept(AgreementId id, int number, boolean asTeam, PersonId by, String byName,
                             OffsetDateTime at) {
        var update = asTeam
                ? sql.update(AGREEMENT_VERSION)
                        .set(AGREEMENT_VERSION.TEAM_ACCEPTED_AT, at)
                        .set(AGREEMENT_VERSION.TEAM_ACCEPTED_BY, by.value())
                        .set(AGREEMENT_VERSION.TEAM_ACCEPTED_BY_NAME, byName)
                        .where(AGREEMENT_VERSION.TEAM_ACCEPTED_AT.isNull())
                : sql.update(AGREEMENT_VERSION)
                        .set(AGREEMENT_VERSION.LEAD_ACCEPTED_AT, at)
                        .set(AGREEMENT_VERSION.LEAD_ACCEPTED_BY, by.value())
                        .set(AGREEMENT_VERSION.LEAD_ACCEPTED_BY_NAME, byName)
                        .where(AGREEMENT_VERSION.LEAD_ACCEPTED_AT.isNull());
        return update.and(AGREEMENT_VERSION.AGREEMENT_ID.eq(id.value()))
                .and(AGREEMENT_VERSION.NUMBER.eq(number))
                .returning(AGREEMENT_VERSION.TEAM_ACCEPTED_AT, AGREEMENT_VERSION.LEAD_ACCEPTED_AT)
                .fetchOptional()
                .map(r -> r.getTeamAcceptedAt() != null && r.getLeadAcceptedAt() != null);
    }

    // --- reading ---------------------------------------------------------------------------------------

    Optional<AgreementDetails> find(AgreementId id) {
        return sql.selectFrom(AGREEMENT).where(AGREEMENT.ID.eq(id.value())).fetchOptional()
                .map(this::details);
    }

    private AgreementDetails details(AgreementRecord a) {
        AgreementId id = new AgreementId(a.getId());
        OrganisationId organisation = new OrganisationId(a.getOrganisationId());
        List<Item> items = items(AGREEMENT_ITEM.AGREEMENT_ID.eq(a.getId()));
        List<Person> leads = leadsOf(organisation);
        List<Person> candidates = new java.util.ArrayList<>(programmeTeam());
        candidates.addAll(leads);
        return new AgreementDetails(id, new SupportRequestId(a.getRequestId()), organisation,
                organisationName(organisation).orElse(a.getOrganisationName()), a.getTitle(), a.getTimelineStart(),
                AgreementStatus.valueOf(a.getStatus()), a.getVersion(), a.getProposal(), a.getAgreedVersion(),
                items.stream().filter(i -> i.side() == Side.SUPPORT).toList(),
                items.stream().filter(i -> i.side() == Side.RECIPROCATION).toList(),
                versions(id), leads, List.copyOf(candidates));
    }

    List<Item> items(Condition condition) {
        List<AgreementItemRecord> records = sql.selectFrom(AGREEMENT_ITEM).where(condition)
                .orderBy(AGREEMENT_ITEM.SIDE.desc(), AGREEMENT_ITEM.POSITION, AGREEMENT_ITEM.ID).fetch();
        Map<UUID, List<Evidence>> evidence = sql.selectFrom(EVIDENCE)
                .where(EVIDENCE.ITEM_ID.in(records.stream().map(AgreementItemRecord::getId).toList()))
                .orderBy(EVIDENCE.POSITION, EVIDENCE.ID)
                .fetch().stream()
                .collect(Collectors.groupingBy(e -> e.getItemId(), Collectors.mapping(e -> new Evidence(e.getId(),
                        Material.Kind.valueOf(e.getKind()), e.getTitle(), e.getLocation(), e.getMediaType(),
                        e.getSizeBytes()), Collectors.toList())));
        return records.stream().map(r -> new Item(r.getId(), Side.valueOf(r.getSide()), r.getPosition(),
                r.getRoute() == null ? null : SupportRoute.valueOf(r.getRoute()),
                r.getReciprocationType() == null ? null : ReciprocationType.valueOf(r.getReciprocationType()),
                r.getConnectWithName(), r.getTitle(), r.getDetails(), r.getOwner(),
                r.getResponsibleId() == null ? null : new PersonId(r.getResponsibleId()), r.getResponsibleName(),
                r.getEffortHours(), r.getDueDate(), ItemStatus.valueOf(r.getStatus()), r.getCompletedAt(),
                r.getCompletedByName(), r.getEvidenceNote(), evidence.getOrDefault(r.getId(), List.of()),
                r.getDescription(), r.getLicence() == null ? null : Licence.valueOf(r.getLicence()),
                r.getAttribution())).toList();
    }

    private List<VersionRecord> versions(AgreementId id) {
        Map<Integer, List<VersionItem>> items = sql.selectFrom(AGREEMENT_VERSION_ITEM)
                .where(AGREEMENT_VERSION_ITEM.AGREEMENT_ID.eq(id.value()))
                .orderBy(AGREEMENT_VERSION_ITEM.SIDE.desc(), AGREEMENT_VERSION_ITEM.POSITION)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getNumber(), Collectors.mapping(r -> new VersionItem(
                        r.getItemId(), Side.valueOf(r.getSide()), r.getCategory(), r.getTitle(), r.getDetails(),
                        r.getOwner(), r.getResponsibleName(), r.getEffortHours(), r.getDueDate()), Collectors.toList())));
        return sql.selectFrom(AGREEMENT_VERSION).where(AGREEMENT_VERSION.AGREEMENT_ID.eq(id.value()))
                .orderBy(AGREEMENT_VERSION.NUMBER.desc())
                .fetch(v -> new VersionRecord(v.getNumber(), v.getProposedAt(), v.getProposedByName(),
                        v.getTeamAcceptedAt(), v.getTeamAcceptedByName(), v.getLeadAcceptedAt(),
                        v.getLeadAcceptedByName(), v.getSupersededAt(), items.getOrDefault(v.getNumber(), List.of())));
    }

    /** Agreements, newest change first; all of them, or one organisation's. */
    List<AgreementSummary> summaries(@Nullable OrganisationId organisation) {
        Condition condition = organisation == null ? DSL.noCondition()
                : AGREEMENT.ORGANISATION_ID.eq(organisation.value());
        return summaries(condition);
    }

    /** Agreements waiting for one side's acceptance of their current version. */
    List<AgreementSummary> waitingForAcceptance(boolean team, @Nullable OrganisationId organisation) {
        Condition pending = DSL.exists(DSL.selectOne().from(AGREEMENT_VERSION)
                .where(AGREEMENT_VERSION.AGREEMENT_ID.eq(AGREEMENT.ID))
                .and(AGREEMENT_VERSION.NUMBER.eq(AGREEMENT.PROPOSAL))
                .and(team ? AGREEMENT_VERSION.TEAM_ACCEPTED_AT.isNull() : AGREEMENT_VERSION.LEAD_ACCEPTED_AT.isNull()));
        Condition condition = AGREEMENT.STATUS.eq(AgreementStatus.PROPOSED.name()).and(pending);
        if (organisation != null) {
            condition = condition.and(AGREEMENT.ORGANISATION_ID.eq(organisation.value()));
        }
        return summaries(condition);
    }

    private List<AgreementSummary> summaries(Condition condition) {
        var done = DSL.count().filterWhere(AGREEMENT_ITEM.STATUS.eq(ItemStatus.DONE.name()));
        var total = DSL.count(AGREEMENT_ITEM.ID);
        var nextDue = DSL.min(AGREEMENT_ITEM.DUE_DATE).filterWhere(AGREEMENT_ITEM.STATUS.eq(ItemStatus.OPEN.name()));
        return sql.select(AGREEMENT.ID, AGREEMENT.ORGANISATION_ID, DSL.coalesce(ORGANISATION.NAME, AGREEMENT.ORGANISATION_NAME),
                        AGREEMENT.TITLE, AGREEMENT.STATUS, AGREEMENT.PROPOSAL, AGREEMENT.AGREED_VERSION, done, total,
                        nextDue, AGREEMENT.UPDATED_AT)
                .from(AGREEMENT)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(AGREEMENT.ORGANISATION_ID))
                .leftJoin(AGREEMENT_ITEM).on(AGREEMENT_ITEM.AGREEMENT_ID.eq(AGREEMENT.ID))
                .where(condition)
                .groupBy(AGREEMENT.ID, ORGANISATION.NAME)
                .orderBy(AGREEMENT.UPDATED_AT.desc(), AGREEMENT.ID)
                .fetch(r -> new AgreementSummary(new AgreementId(r.value1()), new OrganisationId(r.value2()), r.value3(),
                        r.value4(), AgreementStatus.valueOf(r.value5()), r.value6(), r.value7(), r.value8(), r.value9(),
                        r.value10(), r.value11()));
    }

    /**
     * Open items due on or before {@code until} in agreements being delivered (accepted at least once and
     * not yet fulfilled), soonest first; all of them, or one organisation's.
     */
    List<DueItem> dueItems(LocalDate until, @Nullable OrganisationId organisation) {
        Condition condition = AGREEMENT_ITEM.STATUS.eq(ItemStatus.OPEN.name())
                .and(AGREEMENT_ITEM.DUE_DATE.le(until))
                .and(AGREEMENT.AGREED_VERSION.isNotNull())
                .and(AGREEMENT.STATUS.ne(AgreementStatus.FULFILLED.name()));
        if (organisation != null) {
            condition = condition.and(AGREEMENT.ORGANISATION_ID.eq(organisation.value()));
        }
        return sql.select(AGREEMENT.ID, AGREEMENT.TITLE, AGREEMENT_ITEM.ID, AGREEMENT.ORGANISATION_ID,
                        DSL.coalesce(ORGANISATION.NAME, AGREEMENT.ORGANISATION_NAME), AGREEMENT_ITEM.SIDE,
                        AGREEMENT_ITEM.TITLE, AGREEMENT_ITEM.RESPONSIBLE_ID, AGREEMENT_ITEM.RESPONSIBLE_NAME,
                        AGREEMENT_ITEM.DUE_DATE)
                .from(AGREEMENT_ITEM)
                .join(AGREEMENT).on(AGREEMENT.ID.eq(AGREEMENT_ITEM.AGREEMENT_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(AGREEMENT.ORGANISATION_ID))
                .where(condition)
                .orderBy(AGREEMENT_ITEM.DUE_DATE, AGREEMENT_ITEM.ID)
                .fetch(r -> new DueItem(new AgreementId(r.value1()), r.value2(), r.value3(), new OrganisationId(r.value4()),
                        r.value5(), Side.valueOf(r.value6()), r.value7(),
                        r.value8() == null ? null : new PersonId(r.value8()), r.value9(), r.value10()));
    }

    /** Notes that a reminder about the item went out today; false if one had already. */
    boolean recordReminder(UUID itemId, LocalDate on, boolean overdue) {
        return sql.insertInto(REMINDER_SENT)
                .set(REMINDER_SENT.ITEM_ID, itemId)
                .set(REMINDER_SENT.SENT_ON, on)
                .set(REMINDER_SENT.OVERDUE, overdue)
                .onConflictDoNothing()
                .execute() == 1;
    }

    int remindersSent(UUID itemId) {
        return sql.fetchCount(REMINDER_SENT, REMINDER_SENT.ITEM_ID.eq(itemId));
    }

    /** A stored evidence file of an item of the agreement. */
    Optional<Evidence> evidenceFile(AgreementId agreement, UUID evidenceId) {
        return sql.select(EVIDENCE.asterisk()).from(EVIDENCE)
                .join(AGREEMENT_ITEM).on(AGREEMENT_ITEM.ID.eq(EVIDENCE.ITEM_ID))
                .where(EVIDENCE.ID.eq(evidenceId))
                .and(AGREEMENT_ITEM.AGREEMENT_ID.eq(agreement.value()))
                .and(EVIDENCE.KIND.eq(Material.Kind.FILE.name()))
                .fetchOptional(r -> evidence(r));
    }

    private static Evidence evidence(Record r) {
        return new Evidence(r.get(EVIDENCE.ID), Material.Kind.valueOf(r.get(EVIDENCE.KIND)), r.get(EVIDENCE.TITLE),
                r.get(EVIDENCE.LOCATION), r.get(EVIDENCE.MEDIA_TYPE), r.get(EVIDENCE.SIZE_BYTES));
    }

    private static @Nullable String blankToNull(String value) {
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
