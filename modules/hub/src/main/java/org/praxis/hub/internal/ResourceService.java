package org.praxis.hub.internal;

import org.jooq.Condition;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.praxis.hub.events.ResourceChangesRequested;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.events.ResourcePublished;
import org.praxis.hub.events.ResourceSubmitted;
import org.praxis.hub.internal.HubViews.FileInfo;
import org.praxis.hub.internal.HubViews.ResourceDetails;
import org.praxis.hub.internal.HubViews.ResourceRef;
import org.praxis.hub.internal.HubViews.ResourceSummary;
import org.praxis.hub.internal.JooqResourceRepository.NewResource;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.reciprocation.events.AgreementId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.praxis.hub.internal.jooq.Tables.RESOURCE;

/**
 * The life of a resource: written and submitted by anyone signed in, reviewed by moderators (the
 * MODERATOR role, or the programme team), sent back for changes, published, kept current and archived.
 *
 * <p>Drafts and submissions are seen only by their submitter (or, for materials delivered with an
 * agreement, the institution leads of the owner organisation) and, once submitted, by moderators;
 * anyone else is told they do not exist. Published resources are open to everyone signed in. Every
 * change checks the version the person saw, and every refusal happens before anything is written.
 */
@Service
@Transactional
public class ResourceService {

    /** The moderation queues. */
    public enum Queue {
        IN_REVIEW,
        CHANGES_REQUESTED,
        DUE_FOR_REVIEW,
        ARCHIVED
    }

    private final JooqResourceRepository repository;
    private final TermCatalogue terms;
    private final FileStore store;
    private final UsageRecorder usage;
    private final PublicationAnnouncer announcer;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    ResourceService(JooqResourceRepository repository, TermCatalogue terms,
                    FileStore store, UsageRecorder usage, PublicationAnnouncer announcer,
                    InputValidator validator, ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.terms = terms;
        this.store = store;
        this.usage = usage;
        this.announcer = announcer;
        this.validator = validator;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- submitting ---------------------------------------------------------------------------------

    /** Saves a new draft, owned by the signed-in person's organisation. */
    @PreAuthorize("isAuthenticated()")
    public ResourceId create(ResourceForm form) {
        checkContent(form);
        PraxisUser me = currentUser.require();
        if (form.getOwnerOrganisationName().isBlank()) {
            repository.organisationName(me.organisationId()).ifPresent(form::setOwnerOrganisationName);
        }
        ResourceId id = new ResourceId(Ids.newId());
        repository.insert(new NewResource(id, form, ResourceStatus.DRAFT, me.organisationId(), me.personId(),
                me.displayName(), null, null, null, terms.tagText(form)));
        repository.replaceLinks(id, form.getLinks());
        repository.recordReview(id, ResourceStatus.DRAFT, "created", me.displayName(), "");
        return id;
    }

    /**
     * Changes the content. The submitter may while it is a draft or changes were requested; moderators
     * may while it is in review or published (then {@code whatChanged} is required and a version recorded).
     */
    @PreAuthorize("isAuthenticated()")
    public void update(ResourceId id, int expectedVersion, ResourceForm form, String whatChanged) {
        ResourceDetails resource = visible(id);
        boolean asModerator = isModerator() && (resource.status() == ResourceStatus.IN_REVIEW
                || resource.status() == ResourceStatus.PUBLISHED);
        if (!asModerator && !(isSubmitter(resource) && resource.status().editableBySubmitter())) {
            throw new ProblemException("hub.error.not-editable");
        }
        checkContent(form);
        if (resource.status() == ResourceStatus.PUBLISHED) {
            requirePublishable(form);
            if (whatChanged.isBlank()) {
                throw new InvalidInputException(List.of("hub.validation.what-changed-required"));
            }
        }
        if (!repository.updateContent(id, expectedVersion, form, terms.tagText(form))) {
            throw new ConcurrentChangeException();
        }
        repository.replaceLinks(id, form.getLinks());
        if (resource.status() == ResourceStatus.PUBLISHED) {
            repository.addVersion(id, limit(whatChanged, 1000), form.getTitle().strip(), currentUser.require().displayName());
        }
    }

    /**
     * Sends a draft (or a revised submission) to the moderators. A resubmission says what changed.
     */
    @PreAuthorize("isAuthenticated()")
    public void submit(ResourceId id, int expectedVersion, String whatChanged) {
        ResourceDetails resource = visible(id);
        if (!isSubmitter(resource)) {
            throw new NotFoundException("hub.error.not-found");
        }
        if (!resource.status().editableBySubmitter()) {
            throw new ProblemException("hub.error.already-submitted");
        }
        boolean resubmission = resource.status() == ResourceStatus.CHANGES_REQUESTED;
        if (resubmission && whatChanged.isBlank()) {
            throw new InvalidInputException(List.of("hub.validation.what-changed-required"));
        }
        if (!repository.changeStatus(id, expectedVersion, EnumSet.of(resource.status()), ResourceStatus.IN_REVIEW,
                null)) {
            throw new ConcurrentChangeException();
        }
        PraxisUser me = currentUser.require();
        String note = resubmission ? limit(whatChanged, 1000) : "";
        repository.addVersion(id, resubmission ? note : "First version", resource.content().getTitle(), me.displayName());
        repository.recordReview(id, ResourceStatus.IN_REVIEW, resubmission ? "resubmitted" : "submitted",
                me.displayName(), note);
        events.publishEvent(new ResourceSubmitted(id, resource.content().getTitle(), resource.content().getType(),
                resource.submittedBy(), resource.ownerOrganisationId(), agreement(resource), resubmission,
                clock.instant()));
    }

    /** One resource, if the signed-in person may see it; counts a view when it is published. */
    @PreAuthorize("isAuthenticated()")
    public ResourceDetails open(ResourceId id) {
        ResourceDetails resource = visible(id);
        if (resource.status() == ResourceStatus.PUBLISHED) {
            usage.viewed(id);
        }
        return resource;
    }

    /** One resource, if the signed-in person may see it (no usage counted). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ResourceDetails get(ResourceId id) {
        return visible(id);
    }

    /** What the signed-in person submitted (and, for institution leads, what their organisation delivered). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ResourceSummary> mySubmissions() {
        PraxisUser me = currentUser.require();
        Condition mine = RESOURCE.SUBMITTED_BY.eq(me.personId().value());
        if (me.hasRole(Role.INSTITUTION_LEAD)) {
            mine = mine.or(RESOURCE.SUBMITTED_BY.isNull().and(RESOURCE.OWNER_ORGANISATION_ID.eq(me.organisationId().value())));
        }
        return repository.summaries(mine, 0, 500, RESOURCE.UPDATED_AT.desc());
    }

    /** What still stops this content being published (shown on the form as a checklist). */
    @PreAuthorize("isAuthenticated()")
    public List<String> publishingProblems(ResourceForm form) {
        List<String> problems = new ArrayList<>();
        if (form.getPlainSummary().isBlank()) {
            problems.add("hub.validation.plain-summary-required");
        }
        if (!terms.isActive(Vocabulary.TYPE, form.getType())) {
            problems.add("hub.validation.type-required");
        }
        return problems;
    }

    /** Published resources whose title contains the text, for "adapted from". */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ResourceRef> findPublished(String titleContains, int limit) {
        return repository.findPublishedByTitle(titleContains, Math.min(limit, 50));
    }

    /** A published resource's title and owner, for "adapted from". */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<ResourceRef> describe(ResourceId id) {
        return repository.status(id).filter(s -> s == ResourceStatus.PUBLISHED).flatMap(s -> repository.ref(id));
    }

    // --- files --------------------------------------------------------------------------------------

    /**
     * Keeps a file with a resource the person may edit. The type is detected from the content; a file
     * whose content does not match its name, of a kind not kept, or over the size limit is refused.
     */
    @PreAuthorize("isAuthenticated()")
    public FileInfo attachFile(ResourceId id, String fileName, byte[] content) {
        ResourceDetails resource = visible(id);
        requireEditable(resource);
        return store.attach(id, fileName, content);
    }

    @PreAuthorize("isAuthenticated()")
    public void removeFile(ResourceId id, UUID fileId) {
        ResourceDetails resource = visible(id);
        requireEditable(resource);
        repository.removeFile(id, fileId).ifPresent(store::delete);
    }

    /** A file to download (counted as a download when the resource is published); the caller closes {@code content}. */
    public record Download(String fileName, String mediaType, long size, InputStream content) {
    }

    @PreAuthorize("isAuthenticated()")
    public Download download(ResourceId id, UUID fileId) {
        ResourceDetails resource = visible(id);
        Record file = repository.file(id, fileId).orElseThrow(() -> new NotFoundException("hub.error.file-not-found"));
        InputStream content;
        try {
            content = store.open(file.get(2, String.class));
        } catch (IOException | IllegalArgumentException missing) {
            throw new NotFoundException("hub.error.file-not-found");
        }
        if (resource.status() == ResourceStatus.PUBLISHED) {
            usage.downloaded(id);
        }
        return new Download(file.get(0, String.class), file.get(1, String.class), file.get(3, Long.class), content);
    }

    // --- moderation ---------------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('MODERATOR', 'PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<ResourceSummary> queue(Queue queue, int offset, int limit) {
        return repository.summaries(queueCondition(queue), offset, limit,
                queue == Queue.DUE_FOR_REVIEW ? RESOURCE.REVIEW_BY.asc() : RESOURCE.SUBMITTED_AT.asc().nullsLast(),
                RESOURCE.ID.asc());
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public int countQueue(Queue queue) {
        return repository.count(queueCondition(queue));
    }

    /** People who can be assigned to review: everyone holding the moderator role. */
    public record Reviewer(PersonId id, String name) {
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<Reviewer> reviewers() {
        List<Reviewer> reviewers = new ArrayList<>(repository.moderators().stream()
                .map(r -> new Reviewer(new PersonId(r.value1()), r.value2())).toList());
        PraxisUser me = currentUser.require();
        if (reviewers.stream().noneMatch(r -> r.id().equals(me.personId()))) {
            reviewers.add(new Reviewer(me.personId(), me.displayName()));
        }
        return reviewers;
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'PROGRAMME_TEAM')")
    public void assignReviewer(ResourceId id, int expectedVersion, PersonId reviewer) {
        ResourceDetails resource = visible(id);
        if (resource.status() != ResourceStatus.IN_REVIEW) {
            throw new ProblemException("hub.error.not-in-review");
        }
        Reviewer chosen = reviewers().stream().filter(r -> r.id().equals(reviewer)).findFirst()
                .orElseThrow(() -> new ProblemException("hub.error.not-a-moderator"));
        if (!repository.assignReviewer(id, expectedVersion, chosen.id(), chosen.name())) {
            throw new ConcurrentChangeException();
        }
        repository.recordReview(id, ResourceStatus.IN_REVIEW, "assigned", currentUser.require().displayName(),
                chosen.name());
    }

    /** Sends a submission back to its submitter with the moderator's comment. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'PROGRAMME_TEAM')")
    public void requestChanges(ResourceId id, int expectedVersion, String comment) {
        ResourceDetails resource = visible(id);
        if (resource.status() != ResourceStatus.IN_REVIEW) {
            throw new ProblemException("hub.error.not-in-review");
        }
        if (comment.isBlank()) {
            throw new InvalidInputException(List.of("hub.validation.comment-required"));
        }
        if (!repository.changeStatus(id, expectedVersion, EnumSet.of(ResourceStatus.IN_REVIEW),
                ResourceStatus.CHANGES_REQUESTED, null)) {
            throw new ConcurrentChangeException();
        }
        String note = limit(comment, 2000);
        repository.recordReview(id, ResourceStatus.CHANGES_REQUESTED, "changes-requested",
                currentUser.require().displayName(), note);
        events.publishEvent(new ResourceChangesRequested(id, resource.content().getTitle(), resource.submittedBy(),
                resource.ownerOrganisationId(), note, clock.instant()));
    }

    /** Publishes a submission in review. It needs a plain-language summary and a type in use. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'PROGRAMME_TEAM')")
    public void publish(ResourceId id, int expectedVersion, String note) {
        ResourceDetails resource = visible(id);
        if (resource.status() != ResourceStatus.IN_REVIEW) {
            throw new ProblemException("hub.error.not-in-review");
        }
        requirePublishable(resource.content());
        LocalDate today = LocalDate.now(clock);
        LocalDate reviewBy = resource.content().getReviewBy();
        if (reviewBy == null || !reviewBy.isAfter(today)) {
            reviewBy = today.plusYears(1);
        }
        if (!repository.changeStatus(id, expectedVersion, EnumSet.of(ResourceStatus.IN_REVIEW),
                ResourceStatus.PUBLISHED, reviewBy)) {
            throw new ConcurrentChangeException();
        }
        repository.recordReview(id, ResourceStatus.PUBLISHED, "published", currentUser.require().displayName(),
                limit(note, 2000));
        announcer.published(id, resource.content(), resource.ownerOrganisationId(), agreement(resource));
    }

    /** Takes a resource out of the library, with the reason. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'PROGRAMME_TEAM')")
    public void archive(ResourceId id, int expectedVersion, String reason) {
        ResourceDetails resource = visible(id);
        if (reason.isBlank()) {
            throw new InvalidInputException(List.of("hub.validation.reason-required"));
        }
        if (!repository.changeStatus(id, expectedVersion, EnumSet.of(ResourceStatus.PUBLISHED, ResourceStatus.IN_REVIEW,
                ResourceStatus.CHANGES_REQUESTED), ResourceStatus.ARCHIVED, null)) {
            if (resource.status() == ResourceStatus.ARCHIVED || resource.status() == ResourceStatus.DRAFT) {
                throw new ProblemException("hub.error.cannot-archive");
            }
            throw new ConcurrentChangeException();
        }
        repository.recordReview(id, ResourceStatus.ARCHIVED, "archived", currentUser.require().displayName(),
                limit(reason, 2000));
    }

    /** A moderator checked a published resource is still current: it stays, with a new review-by date. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'PROGRAMME_TEAM')")
    public void confirmCurrent(ResourceId id, int expectedVersion, LocalDate nextReviewBy, String note) {
        ResourceDetails resource = visible(id);
        if (resource.status() != ResourceStatus.PUBLISHED) {
            throw new ProblemException("hub.error.not-published");
        }
        if (!nextReviewBy.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(List.of("hub.validation.review-by-in-past"));
        }
        if (!repository.changeStatus(id, expectedVersion, EnumSet.of(ResourceStatus.PUBLISHED), ResourceStatus.PUBLISHED,
                nextReviewBy)) {
            throw new ConcurrentChangeException();
        }
        repository.recordReview(id, ResourceStatus.PUBLISHED, "confirmed-current", currentUser.require().displayName(),
                limit(note, 2000));
    }

    // --- rules ---------------------------------------------------------------------------------------

    private void checkContent(ResourceForm form) {
        validator.check(form);
        List<String> problems = new ArrayList<>();
        if (!terms.isActive(Vocabulary.TYPE, form.getType())) {
            problems.add("hub.validation.type-required");
        }
        checkTerms(problems, Vocabulary.BENEFICIARY, form.getBeneficiaries());
        checkTerms(problems, Vocabulary.STAKEHOLDER, form.getStakeholders());
        checkTerms(problems, Vocabulary.PRINCIPLE, form.getPrinciples());
        checkTerms(problems, Vocabulary.KEYWORD, form.getKeywords());
        if (form.getAdaptedFrom() != null && repository.status(form.getAdaptedFrom())
                .filter(s -> s == ResourceStatus.PUBLISHED).isEmpty()) {
            problems.add("hub.validation.adapted-from-unknown");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().distinct().toList());
        }
    }

    private void checkTerms(List<String> problems, Vocabulary vocabulary, Set<String> codes) {
        if (codes.stream().anyMatch(code -> terms.labels(vocabulary).get(code) == null)) {
            problems.add("hub.validation.unknown-term");
        }
    }

    private void requirePublishable(ResourceForm form) {
        List<String> problems = new ArrayList<>();
        if (form.getPlainSummary().isBlank()) {
            problems.add("hub.validation.plain-summary-required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void requireEditable(ResourceDetails resource) {
        boolean asModerator = isModerator() && (resource.status() == ResourceStatus.IN_REVIEW
                || resource.status() == ResourceStatus.PUBLISHED);
        if (!asModerator && !(isSubmitter(resource) && resource.status().editableBySubmitter())) {
            throw new ProblemException("hub.error.not-editable");
        }
    }

    /** The resource, or "not found" if the signed-in person may not see it. */
    private ResourceDetails visible(ResourceId id) {
        ResourceDetails resource = repository.find(id).orElseThrow(ResourceService::notFound);
        if (resource.status() == ResourceStatus.PUBLISHED || isSubmitter(resource)
                || (isModerator() && resource.status() != ResourceStatus.DRAFT)) {
            return resource;
        }
        throw notFound();
    }

    private boolean isSubmitter(ResourceDetails resource) {
        PraxisUser me = currentUser.require();
        if (resource.submittedBy() != null) {
            return resource.submittedBy().equals(me.personId());
        }
        // Delivered with an agreement: the owner organisation's institution leads act for it.
        return me.hasRole(Role.INSTITUTION_LEAD) && me.organisationId().equals(resource.ownerOrganisationId());
    }

    private boolean isModerator() {
        return currentUser.hasRole(Role.MODERATOR) || currentUser.hasRole(Role.PROGRAMME_TEAM);
    }

    private Condition queueCondition(Queue queue) {
        return switch (queue) {
            case IN_REVIEW -> RESOURCE.STATUS.eq(ResourceStatus.IN_REVIEW.name());
            case CHANGES_REQUESTED -> RESOURCE.STATUS.eq(ResourceStatus.CHANGES_REQUESTED.name());
            case DUE_FOR_REVIEW -> RESOURCE.STATUS.eq(ResourceStatus.PUBLISHED.name())
                    .and(RESOURCE.REVIEW_BY.le(LocalDate.now(clock)));
            case ARCHIVED -> RESOURCE.STATUS.eq(ResourceStatus.ARCHIVED.name());
        };
    }

    private static @Nullable AgreementId agreement(ResourceDetails resource) {
        return resource.sourceAgreementId() == null ? null : new AgreementId(resource.sourceAgreementId());
    }

    private static String limit(String text, int max) {
        String clean = text.strip();
        return clean.length() > max ? clean.substring(0, max) : clean;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("hub.error.not-found");
    }
}
