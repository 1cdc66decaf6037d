package org.praxis.hub.internal;

import org.praxis.hub.events.CollectionId;
import org.praxis.hub.events.CollectionPublished;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.CollectionViews.CollectionDetails;
import org.praxis.hub.internal.CollectionViews.CollectionSummary;
import org.praxis.hub.internal.CollectionViews.Membership;
import org.praxis.hub.internal.CollectionViews.Step;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Collections and curated pathways ("Embedding the model in six steps"): published resources gathered
 * around one aim, in order, each with a note from the curator. Moderators and the programme team create,
 * edit, reorder, publish and take them down; everyone signed in reads the published ones, and nobody else
 * learns that an unpublished one exists. Every change checks the version the curator saw; bad input is
 * reported all at once and nothing is saved.
 */
@Service
@Transactional
public class CollectionService {

    private final JooqCollectionRepository repository;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    CollectionService(JooqCollectionRepository repository, InputValidator validator, ApplicationEventPublisher events,
                      CurrentUser currentUser) {
        this.repository = repository;
        this.validator = validator;
        this.events = events;
        this.currentUser = currentUser;
    }

    /** Saves a new collection, not yet published. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'PROGRAMME_TEAM')")
    public CollectionId create(CollectionForm form) {
        check(form);
        CollectionId id = new CollectionId(Ids.newId());
        repository.insert(id, form, currentUser.require().displayName());
        return id;
    }

    /** Changes the title, description, pathway flag, resources, their order and notes. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'PROGRAMME_TEAM')")
    public void update(CollectionId id, int expectedVersion, CollectionForm form) {
        find(id);
        check(form);
        if (!repository.update(id, expectedVersion, form)) {
            throw new ConcurrentChangeException();
        }
    }

    /**
     * Shows it to everyone signed in. It needs a plain-language description and at least one resource,
     * all of them still published.
     */
    @PreAuthorize("hasAnyRole('MODERATOR', 'PROGRAMME_TEAM')")
    public void publish(CollectionId id, int expectedVersion) {
        CollectionDetails collection = find(id);
        if (collection.status() == CollectionStatus.PUBLISHED) {
            throw new ProblemException("hub.error.collection-already-published");
        }
        List<String> problems = publishingProblems(collection);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!repository.changeStatus(id, expectedVersion, CollectionStatus.DRAFT, CollectionStatus.PUBLISHED)) {
            throw new ConcurrentChangeException();
        }
        events.publishEvent(new CollectionPublished(id, collection.title(), collection.pathway(),
                collection.steps().stream().map(Step::resourceId).toList()));
    }

    /** Takes it down: readers no longer see it; it can be changed and published again. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'PROGRAMME_TEAM')")
    public void unpublish(CollectionId id, int expectedVersion) {
        CollectionDetails collection = find(id);
        if (collection.status() != CollectionStatus.PUBLISHED) {
            throw new ProblemException("hub.error.collection-not-published");
        }
        if (!repository.changeStatus(id, expectedVersion, CollectionStatus.PUBLISHED, CollectionStatus.DRAFT)) {
            throw new ConcurrentChangeException();
        }
    }

    /** What still stops the collection being published (i18n keys), shown to curators before they try. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<String> publishingProblems(CollectionId id) {
        return publishingProblems(find(id));
    }

    /** Published collections, by title; moderators and the programme team also see the unpublished ones. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CollectionSummary> list() {
        return repository.summaries(isCurator());
    }

    /**
     * One collection with its steps. Someone who is not a curator is told an unpublished one does not
     * exist, and sees a resource that is no longer published as "no longer available", without its title.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CollectionDetails get(CollectionId id) {
        CollectionDetails collection = find(id);
        if (isCurator()) {
            return collection;
        }
        if (collection.status() != CollectionStatus.PUBLISHED) {
            throw notFound();
        }
        List<Step> steps = collection.steps().stream()
                .map(s -> s.available() ? s : new Step(s.number(), s.resourceId(), "", "", false, s.note()))
                .toList();
        return new CollectionDetails(collection.id(), collection.title(), collection.description(),
                collection.pathway(), collection.status(), collection.version(), collection.createdByName(),
                collection.updatedAt(), collection.publishedAt(), steps);
    }

    /** The published collections this resource is part of, with its step number. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Membership> partOf(ResourceId resource) {
        return repository.publishedMemberships(resource);
    }

    // --- rules ---------------------------------------------------------------------------------------

    /** Every problem with the form at once, in plain words (i18n keys); nothing is saved if there is one. */
    private void check(CollectionForm form) {
        List<String> problems = new ArrayList<>();
        try {
            validator.check(form);
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
        }
        List<UUID> ids = form.getItems().stream().map(item -> item.resourceId().value()).toList();
        if (new HashSet<>(ids).size() < ids.size()) {
            problems.add("hub.validation.collection-resource-twice");
        }
        Map<UUID, ResourceStatus> statuses = repository.resourceStatuses(ids);
        if (ids.stream().anyMatch(id -> statuses.get(id) != ResourceStatus.PUBLISHED)) {
            problems.add("hub.validation.collection-resource-not-published");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().distinct().toList());
        }
    }

    private static List<String> publishingProblems(CollectionDetails collection) {
        List<String> problems = new ArrayList<>();
        if (collection.description().isBlank()) {
            problems.add("hub.validation.collection-description-required");
        }
        if (collection.steps().isEmpty()) {
            problems.add("hub.validation.collection-empty");
        }
        if (collection.steps().stream().anyMatch(step -> !step.available())) {
            problems.add("hub.validation.collection-resource-unavailable");
        }
        return problems;
    }

    private CollectionDetails find(CollectionId id) {
        return repository.find(id).orElseThrow(CollectionService::notFound);
    }

    private boolean isCurator() {
        return currentUser.hasRole(Role.MODERATOR) || currentUser.hasRole(Role.PROGRAMME_TEAM);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("hub.error.collection-not-found");
    }
}
