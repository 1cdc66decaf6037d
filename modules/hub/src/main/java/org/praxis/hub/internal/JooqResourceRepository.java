package org.praxis.hub.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.HubViews.AdaptationInfo;
import org.praxis.hub.internal.HubViews.CommentInfo;
import org.praxis.hub.internal.HubViews.FileInfo;
import org.praxis.hub.internal.HubViews.LinkInfo;
import org.praxis.hub.internal.HubViews.ResourceDetails;
import org.praxis.hub.internal.HubViews.ResourceRef;
import org.praxis.hub.internal.HubViews.ResourceSummary;
import org.praxis.hub.internal.HubViews.ReviewStep;
import org.praxis.hub.internal.HubViews.VersionInfo;
import org.praxis.hub.internal.jooq.tables.records.ResourceRecord;
import org.praxis.platform.Ids;
import org.praxis.platform.Licence;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.praxis.hub.internal.jooq.Tables.ADAPTATION_REPORT;
import static org.praxis.hub.internal.jooq.Tables.COMMENT;
import static org.praxis.hub.internal.jooq.Tables.MODERATOR;
import static org.praxis.hub.internal.jooq.Tables.ORGANISATION;
import static org.praxis.hub.internal.jooq.Tables.RESOURCE;
import static org.praxis.hub.internal.jooq.Tables.RESOURCE_FILE;
import static org.praxis.hub.internal.jooq.Tables.RESOURCE_LINK;
import static org.praxis.hub.internal.jooq.Tables.RESOURCE_VERSION;
import static org.praxis.hub.internal.jooq.Tables.REVIEW_EVENT;

/** SQL of resources, their files, links, versions and moderation history. Updates check the version read. */
@Repository
class JooqResourceRepository {

    /** A resource to create, with where it came from. */
    record NewResource(ResourceId id, ResourceForm form, ResourceStatus status, @Nullable OrganisationId owner,
                       @Nullable PersonId submittedBy, String submittedByName, @Nullable UUID sourceAgreementId,
                       @Nullable UUID sourceItemId, @Nullable String importKey, String tagText) {
    }

    private final DSLContext sql;

    JooqResourceRepository(DSLContext sql) {
        this.sql = sql;
    }

    void insert(NewResource resource) {
        ResourceRecord record = newRecord(resource);
        record.insert();
    }

    /** Inserts unless a resource for the same agreement item exists; true if inserted. */
    boolean insertForAgreementItem(NewResource resource) {
        ResourceRecord record = newRecord(resource);
        return sql.insertInto(RESOURCE).set(record)
                .onConflictOnConstraint(DSL.name("resource_source_item")).doNothing()
                .execute() == 1;
    }

    private ResourceRecord newRecord(NewResource resource) {
        ResourceRecord record = sql.newRecord(RESOURCE);
        record.setId(resource.id().value());
        copyContent(resource.form(), resource.tagText(), record);
        record.setStatus(resource.status().name());
        record.setOwnerOrganisationId(resource.owner() == null ? null : resource.owner().value());
        record.setSubmittedBy(resource.submittedBy() == null ? null : resource.submittedBy().value());
        record.setSubmittedByName(resource.submittedByName());
        record.setSourceAgreementId(resource.sourceAgreementId());
        record.setSourceItemId(resource.sourceItemId());
        record.setImportKey(resource.importKey());
        OffsetDateTime now = OffsetDateTime.now();
        if (resource.status() != ResourceStatus.DRAFT) {
            record.setSubmittedAt(now);
        }
        if (resource.status() == ResourceStatus.PUBLISHED) {
            record.setPublishedAt(now);
        }
        return record;
    }

    boolean updateContent(ResourceId id, int expectedVersion, ResourceForm form, String tagText) {
        ResourceRecord record = sql.newRecord(RESOURCE);
        copyContent(form, tagText, record);
        record.setUpdatedAt(OffsetDateTime.now());
        record.setVersion(expectedVersion + 1);
        return sql.update(RESOURCE).set(record)
                .where(RESOURCE.ID.eq(id.value())).and(RESOURCE.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** Moves a resource between statuses; false if it was not in {@code from} at that version. */
    boolean changeStatus(ResourceId id, int expectedVersion, Collection<ResourceStatus> from, ResourceStatus to,
                         @Nullable LocalDate reviewBy) {
        var update = sql.update(RESOURCE)
                .set(RESOURCE.STATUS, to.name())
                .set(RESOURCE.UPDATED_AT, OffsetDateTime.now())
                .set(RESOURCE.VERSION, expectedVersion + 1);
        if (to == ResourceStatus.IN_REVIEW) {
            update = update.set(RESOURCE.SUBMITTED_AT, OffsetDateTime.now());
        }
        if (to == ResourceStatus.PUBLISHED) {
            update = update.set(RESOURCE.PUBLISHED_AT, DSL.coalesce(RESOURCE.PUBLISHED_AT, DSL.val(OffsetDateTime.now())));
        }
        if (reviewBy != null) {
            update = update.set(RESOURCE.REVIEW_BY, reviewBy);
        }
        return update.where(RESOURCE.ID.eq(id.value()))
                .and(RESOURCE.VERSION.eq(expectedVersion))
                .and(RESOURCE.STATUS.in(from.stream().map(Enum::name).toList()))
                .execute() == 1;
    }

    boolean assignReviewer(ResourceId id, int expectedVersion, @Nullable PersonId reviewer, String reviewerName) {
        return sql.update(RESOURCE)
                .set(RESOURCE.REVIEWER_ID, reviewer == null ? null : reviewer.value())
                .set(RESOURCE.REVIEWER_NAME, reviewerName)
                .set(RESOURCE.VERSION, expectedVersion + 1)
                .where(RESOURCE.ID.eq(id.value())).and(RESOURCE.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    void replaceLinks(ResourceId id, List<ResourceForm.Link> links) {
        sql.deleteFrom(RESOURCE_LINK).where(RESOURCE_LINK.RESOURCE_ID.eq(id.value()))
                .and(RESOURCE_LINK.KIND.eq(LinkKind.LINK.name())).execute();
        int position = 0;
        for (ResourceForm.Link link : links) {
            addLink(id, link.title().strip(), link.url().strip(), LinkKind.LINK, null, position++);
        }
    }

    void addLink(ResourceId id, String title, String url, LinkKind kind, @Nullable String mediaType, int position) {
        sql.insertInto(RESOURCE_LINK)
                .set(RESOURCE_LINK.ID, Ids.newId())
                .set(RESOURCE_LINK.RESOURCE_ID, id.value())
                .set(RESOURCE_LINK.TITLE, title)
                .set(RESOURCE_LINK.URL, url)
                .set(RESOURCE_LINK.KIND, kind.name())
                .set(RESOURCE_LINK.MEDIA_TYPE, mediaType)
                .set(RESOURCE_LINK.POSITION, position)
                .execute();
    }

    void addFile(ResourceId id, UUID fileId, String fileName, String mediaType, long size, String storageKey,
                 String text) {
        sql.insertInto(RESOURCE_FILE)
                .set(RESOURCE_FILE.ID, fileId)
                .set(RESOURCE_FILE.RESOURCE_ID, id.value())
                .set(RESOURCE_FILE.FILE_NAME, fileName)
                .set(RESOURCE_FILE.MEDIA_TYPE, mediaType)
                .set(RESOURCE_FILE.SIZE_BYTES, size)
                .set(RESOURCE_FILE.STORAGE_KEY, storageKey)
                .set(RESOURCE_FILE.TEXT, text)
                .execute();
        refreshFileText(id);
    }

    /** Removes a file's record; returns its storage key. */
    Optional<String> removeFile(ResourceId id, UUID fileId) {
        Optional<String> key = sql.deleteFrom(RESOURCE_FILE)
                .where(RESOURCE_FILE.ID.eq(fileId)).and(RESOURCE_FILE.RESOURCE_ID.eq(id.value()))
                .returning(RESOURCE_FILE.STORAGE_KEY).fetchOptional(RESOURCE_FILE.STORAGE_KEY);
        refreshFileText(id);
        return key;
    }

    /** The file's name, media type and storage key. */
    Optional<Record> file(ResourceId id, UUID fileId) {
        return sql.select(RESOURCE_FILE.FILE_NAME, RESOURCE_FILE.MEDIA_TYPE, RESOURCE_FILE.STORAGE_KEY,
                        RESOURCE_FILE.SIZE_BYTES)
                .from(RESOURCE_FILE).where(RESOURCE_FILE.ID.eq(fileId)).and(RESOURCE_FILE.RESOURCE_ID.eq(id.value()))
                .fetchOptional().map(r -> (Record) r);
    }

    private void refreshFileText(ResourceId id) {
        sql.update(RESOURCE)
                .set(RESOURCE.FILE_TEXT, DSL.field("coalesce((select string_agg(f.text, ' ') from hub.resource_file f "
                        + "where f.resource_id = {0}), '')", String.class, DSL.val(id.value())))
                .where(RESOURCE.ID.eq(id.value()))
                .execute();
    }

    void addVersion(ResourceId id, String whatChanged, String title, String changedBy) {
        int next = sql.select(DSL.coalesce(DSL.max(RESOURCE_VERSION.NUMBER), 0)).from(RESOURCE_VERSION)
                .where(RESOURCE_VERSION.RESOURCE_ID.eq(id.value())).fetchOne(0, Integer.class) + 1;
        sql.insertInto(RESOURCE_VERSION)
                .set(RESOURCE_VERSION.ID, Ids.newId())
                .set(RESOURCE_VERSION.RESOURCE_ID, id.value())
                .set(RESOURCE_VERSION.NUMBER, next)
                .set(RESOURCE_VERSION.WHAT_CHANGED, whatChanged)
                .set(RESOURCE_VERSION.TITLE, title)
                .set(RESOURCE_VERSION.CHANGED_BY, changedBy)
                .execute();
    }

    void recordReview(ResourceId id, ResourceStatus status, String action, String byName, String note) {
        sql.insertInto(REVIEW_EVENT)
                .set(REVIEW_EVENT.ID, Ids.newId())
                .set(REVIEW_EVENT.RESOURCE_ID, id.value())
                .set(REVIEW_EVENT.STATUS, status.name())
                .set(REVIEW_EVENT.ACTION, action)
                .set(REVIEW_EVENT.BY_NAME, byName)
                .set(REVIEW_EVENT.NOTE, note)
                .execute();
    }

    boolean importKeyExists(String importKey) {
        return sql.fetchExists(RESOURCE, RESOURCE.IMPORT_KEY.eq(importKey));
    }

    boolean exists(ResourceId id) {
        return sql.fetchExists(RESOURCE, RESOURCE.ID.eq(id.value()));
    }

    Optional<ResourceStatus> status(ResourceId id) {
        return sql.select(RESOURCE.STATUS).from(RESOURCE).where(RESOURCE.ID.eq(id.value()))
                .fetchOptional(r -> ResourceStatus.valueOf(r.value1()));
    }

    Optional<ResourceDetails> find(ResourceId id) {
        return sql.select(RESOURCE_FIELDS).from(RESOURCE).where(RESOURCE.ID.eq(id.value()))
                .fetchOptional(r -> details(r.into(RESOURCE)));
    }

    private static final org.jooq.SelectField<?>[] RESOURCE_FIELDS = Arrays.stream(RESOURCE.fields())
            .filter(f -> !f.equals(RESOURCE.SEARCH) && !f.equals(RESOURCE.FILE_TEXT))
            .toArray(org.jooq.SelectField[]::new);

    private ResourceDetails details(ResourceRecord r) {
        ResourceId id = new ResourceId(r.getId());
        List<FileInfo> files = sql.select(RESOURCE_FILE.ID, RESOURCE_FILE.FILE_NAME, RESOURCE_FILE.MEDIA_TYPE,
                        RESOURCE_FILE.SIZE_BYTES)
                .from(RESOURCE_FILE).where(RESOURCE_FILE.RESOURCE_ID.eq(r.getId()))
                .orderBy(RESOURCE_FILE.CREATED_AT, RESOURCE_FILE.ID)
                .fetch(f -> new FileInfo(f.value1(), f.value2(), f.value3(), f.value4()));
        List<LinkInfo> allLinks = sql.selectFrom(RESOURCE_LINK).where(RESOURCE_LINK.RESOURCE_ID.eq(r.getId()))
                .orderBy(RESOURCE_LINK.POSITION, RESOURCE_LINK.ID)
                .fetch(l -> new LinkInfo(l.getTitle(), l.getUrl(), LinkKind.valueOf(l.getKind()), l.getMediaType()));
        List<VersionInfo> versions = sql.selectFrom(RESOURCE_VERSION).where(RESOURCE_VERSION.RESOURCE_ID.eq(r.getId()))
                .orderBy(RESOURCE_VERSION.NUMBER.desc())
                .fetch(v -> new VersionInfo(v.getNumber(), v.getWhatChanged(), v.getTitle(), v.getChangedBy(),
                        v.getChangedAt()));
        List<ReviewStep> history = sql.selectFrom(REVIEW_EVENT).where(REVIEW_EVENT.RESOURCE_ID.eq(r.getId()))
                .orderBy(REVIEW_EVENT.AT, REVIEW_EVENT.ID)
                .fetch(e -> new ReviewStep(ResourceStatus.valueOf(e.getStatus()), e.getAction(), e.getByName(),
                        e.getNote(), e.getAt()));
        ResourceRef adaptedFrom = r.getAdaptedFrom() == null ? null : ref(new ResourceId(r.getAdaptedFrom()))
                .orElse(null);
        List<ResourceRef> adaptations = sql.select(RESOURCE.ID, RESOURCE.TITLE, RESOURCE.OWNER_ORGANISATION_NAME)
                .from(RESOURCE).where(RESOURCE.ADAPTED_FROM.eq(r.getId()))
                .and(RESOURCE.STATUS.eq(ResourceStatus.PUBLISHED.name()))
                .orderBy(RESOURCE.PUBLISHED_AT)
                .fetch(a -> new ResourceRef(new ResourceId(a.value1()), a.value2(), a.value3()));
        ResourceForm form = toForm(r);
        form.setLinks(allLinks.stream().filter(l -> l.kind() == LinkKind.LINK)
                .map(l -> new ResourceForm.Link(l.title(), l.url())).toList());
        return new ResourceDetails(id, ResourceStatus.valueOf(r.getStatus()), r.getVersion(), form,
                r.getOwnerOrganisationId() == null ? null : new OrganisationId(r.getOwnerOrganisationId()),
                r.getSubmittedBy() == null ? null : new PersonId(r.getSubmittedBy()), r.getSubmittedByName(),
                r.getReviewerId() == null ? null : new PersonId(r.getReviewerId()), r.getReviewerName(),
                r.getSourceAgreementId(), r.getPublishedAt(), r.getUpdatedAt(), files,
                allLinks.stream().filter(l -> l.kind() == LinkKind.DELIVERED_FILE).toList(),
                versions, history, adaptedFrom, adaptations);
    }

    Optional<ResourceRef> ref(ResourceId id) {
        return sql.select(RESOURCE.ID, RESOURCE.TITLE, RESOURCE.OWNER_ORGANISATION_NAME).from(RESOURCE)
                .where(RESOURCE.ID.eq(id.value()))
                .fetchOptional(a -> new ResourceRef(new ResourceId(a.value1()), a.value2(), a.value3()));
    }

    /** Published resources whose title contains the text: for the "adapted from" picker. */
    List<ResourceRef> findPublishedByTitle(String text, int limit) {
        String pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return sql.select(RESOURCE.ID, RESOURCE.TITLE, RESOURCE.OWNER_ORGANISATION_NAME).from(RESOURCE)
                .where(RESOURCE.STATUS.eq(ResourceStatus.PUBLISHED.name()))
                .and(RESOURCE.TITLE.likeIgnoreCase(pattern, '\\'))
                .orderBy(RESOURCE.TITLE).limit(limit)
                .fetch(a -> new ResourceRef(new ResourceId(a.value1()), a.value2(), a.value3()));
    }

    List<ResourceSummary> summaries(Condition condition, int offset, int limit, org.jooq.SortField<?>... order) {
        return sql.select(RESOURCE.ID, RESOURCE.TITLE, RESOURCE.TYPE, RESOURCE.STATUS, RESOURCE.OWNER_ORGANISATION_NAME,
                        RESOURCE.SUBMITTED_BY_NAME, RESOURCE.REVIEWER_NAME, RESOURCE.REVIEW_BY, RESOURCE.SUBMITTED_AT,
                        RESOURCE.UPDATED_AT)
                .from(RESOURCE).where(condition)
                .orderBy(order).offset(offset).limit(limit)
                .fetch(r -> new ResourceSummary(new ResourceId(r.value1()), r.value2(), r.value3(),
                        ResourceStatus.valueOf(r.value4()), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(),
                        r.value10()));
    }

    int count(Condition condition) {
        return sql.fetchCount(RESOURCE, condition);
    }

    List<CommentInfo> comments(ResourceId id) {
        return sql.selectFrom(COMMENT).where(COMMENT.RESOURCE_ID.eq(id.value())).orderBy(COMMENT.AT, COMMENT.ID)
                .fetch(c -> new CommentInfo(c.getPersonName(), c.getText(), c.getAt()));
    }

    List<AdaptationInfo> adaptationReports(ResourceId id) {
        return sql.selectFrom(ADAPTATION_REPORT).where(ADAPTATION_REPORT.RESOURCE_ID.eq(id.value()))
                .orderBy(ADAPTATION_REPORT.AT, ADAPTATION_REPORT.ID)
                .fetch(c -> new AdaptationInfo(c.getPersonName(), c.getOrganisationName(), c.getNote(), c.getAt()));
    }

    // --- read models from identity ------------------------------------------------------------------

    void upsertOrganisation(OrganisationId id, String name) {
        sql.insertInto(ORGANISATION).set(ORGANISATION.ID, id.value()).set(ORGANISATION.NAME, name)
                .onConflict(ORGANISATION.ID).doUpdate().set(ORGANISATION.NAME, name).execute();
    }

    Optional<String> organisationName(OrganisationId id) {
        return sql.select(ORGANISATION.NAME).from(ORGANISATION).where(ORGANISATION.ID.eq(id.value()))
                .fetchOptional(ORGANISATION.NAME);
    }

    void upsertModerator(PersonId id, String name, OrganisationId organisation) {
        sql.insertInto(MODERATOR).set(MODERATOR.PERSON_ID, id.value()).set(MODERATOR.FULL_NAME, name)
                .set(MODERATOR.ORGANISATION_ID, organisation.value())
                .onConflict(MODERATOR.PERSON_ID).doUpdate().set(MODERATOR.FULL_NAME, name).execute();
    }

    void removeModerator(PersonId id) {
        sql.deleteFrom(MODERATOR).where(MODERATOR.PERSON_ID.eq(id.value())).execute();
    }

    /** Person id → name of everyone who may be assigned as reviewer. */
    List<org.jooq.Record2<UUID, String>> moderators() {
        return sql.select(MODERATOR.PERSON_ID, MODERATOR.FULL_NAME).from(MODERATOR).orderBy(MODERATOR.FULL_NAME).fetch();
    }

    // --- mapping ------------------------------------------------------------------------------------

    private static void copyContent(ResourceForm form, String tagText, ResourceRecord record) {
        record.setType(form.getType());
        record.setTitle(form.getTitle().strip());
        record.setSummary(form.getSummary().strip());
        record.setPlainSummary(form.getPlainSummary().strip());
        record.setBody(form.getBody().strip());
        record.setBeneficiaries(form.getBeneficiaries().toArray(String[]::new));
        record.setStakeholders(form.getStakeholders().toArray(String[]::new));
        record.setPrinciples(form.getPrinciples().toArray(String[]::new));
        record.setKeywords(form.getKeywords().toArray(String[]::new));
        record.setLevel(form.getLevel().name());
        record.setFormats(form.getFormats().stream().map(Enum::name).sorted().toArray(String[]::new));
        record.setAccessibility(form.getAccessibility().stream().map(Enum::name).sorted().toArray(String[]::new));
        record.setAccessibilityNotes(form.getAccessibilityNotes().strip());
        record.setOwnerOrganisationName(form.getOwnerOrganisationName().strip());
        record.setContributors(form.getContributors().strip());
        record.setLicence(form.getLicence().name());
        record.setIpNotes(form.getIpNotes().strip());
        record.setContact(form.getContact().strip());
        record.setReviewBy(form.getReviewBy());
        record.setAdaptedFrom(form.getAdaptedFrom() == null ? null : form.getAdaptedFrom().value());
        record.setTagText(tagText);
    }

    private static ResourceForm toForm(ResourceRecord r) {
        ResourceForm form = new ResourceForm();
        form.setType(r.getType());
        form.setTitle(r.getTitle());
        form.setSummary(r.getSummary());
        form.setPlainSummary(r.getPlainSummary());
        form.setBody(r.getBody());
        form.setBeneficiaries(new LinkedHashSet<>(Arrays.asList(r.getBeneficiaries())));
        form.setStakeholders(new LinkedHashSet<>(Arrays.asList(r.getStakeholders())));
        form.setPrinciples(new LinkedHashSet<>(Arrays.asList(r.getPrinciples())));
        form.setKeywords(new LinkedHashSet<>(Arrays.asList(r.getKeywords())));
        form.setLevel(Level.valueOf(r.getLevel()));
        form.setFormats(toEnumSet(r.getFormats(), Format.class));
        form.setAccessibility(toEnumSet(r.getAccessibility(), AccessibilityFeature.class));
        form.setAccessibilityNotes(r.getAccessibilityNotes());
        form.setOwnerOrganisationName(r.getOwnerOrganisationName());
        form.setContributors(r.getContributors());
        form.setLicence(Licence.valueOf(r.getLicence()));
        form.setIpNotes(r.getIpNotes());
        form.setContact(r.getContact());
        form.setReviewBy(r.getReviewBy());
        form.setAdaptedFrom(r.getAdaptedFrom() == null ? null : new ResourceId(r.getAdaptedFrom()));
        return form;
    }

    private static <E extends Enum<E>> Set<E> toEnumSet(String[] names, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        Arrays.stream(names).forEach(name -> set.add(Enum.valueOf(type, name)));
        return set;
    }
}
