package org.praxis.hub.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.HubViews.ResourceRef;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Superseded by": a moderator (or the programme team) marks a published resource as replaced by a newer
 * published one, and can clear the mark. The older resource stays readable and findable; its page points
 * to the newer one, and the newer one's page says what it replaces. A resource cannot replace itself, and
 * marks cannot go round in a circle (A replaced by B, B by A). Each mark and its clearing is written to
 * the older resource's history, with who and when. The mark counts only while the newer one is published.
 */
@Service
@Transactional
public class SupersessionService {

    /** Limit of ids looked up at once (a page of library results is 20). */
    public static final int LOOKUP_MAX = 100;

    /** What a resource page shows: the newer resource replacing it, and the older ones it replaces. */
    public record Supersession(@Nullable ResourceRef replacedBy, List<ResourceRef> replaces) {
    }

    private final JooqSupersessionRepository marks;
    private final JooqResourceRepository resources;
    private final CurrentUser currentUser;

    SupersessionService(JooqSupersessionRepository marks, JooqResourceRepository resources, CurrentUser currentUser) {
        this.marks = marks;
        this.resources = resources;
        this.currentUser = currentUser;
    }

    /**
     * Marks {@code older} (at the version the moderator saw) as replaced by {@code newer}. Both must be
     * published; a mark already there is replaced.
     */
    @PreAuthorize("hasAnyRole('MODERATOR', 'PROGRAMME_TEAM')")
    public void markSuperseded(ResourceId older, int expectedVersion, ResourceId newer) {
        marks.lockMarks();
        requirePublished(older);
        if (older.equals(newer)) {
            throw new ProblemException("hub.error.supersede-itself");
        }
        if (resources.status(newer).filter(s -> s == ResourceStatus.PUBLISHED).isEmpty()) {
            throw new ProblemException("hub.error.supersede-newer-not-published");
        }
        if (leadsTo(newer, older)) {
            String newerTitle = resources.ref(newer).map(ResourceRef::title).orElse("");
            throw new ProblemException("hub.error.supersede-circle", newerTitle);
        }
        if (!resources.changeStatus(older, expectedVersion, EnumSet.of(ResourceStatus.PUBLISHED),
                ResourceStatus.PUBLISHED, null)) {
            throw new ConcurrentChangeException();
        }
        String me = currentUser.require().displayName();
        marks.mark(older, newer, me);
        resources.recordReview(older, ResourceStatus.PUBLISHED, "superseded", me,
                resources.ref(newer).map(ResourceRef::title).orElse(""));
    }

    /** Clears the mark: the resource is no longer shown as replaced. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'PROGRAMME_TEAM')")
    public void clearSuperseded(ResourceId older, int expectedVersion) {
        marks.lockMarks();
        requirePublished(older);
        if (marks.supersededBy(older).isEmpty()) {
            throw new ProblemException("hub.error.not-superseded");
        }
        if (!resources.changeStatus(older, expectedVersion, EnumSet.of(ResourceStatus.PUBLISHED),
                ResourceStatus.PUBLISHED, null)) {
            throw new ConcurrentChangeException();
        }
        marks.clear(older);
        resources.recordReview(older, ResourceStatus.PUBLISHED, "supersede-cleared", currentUser.require().displayName(), "");
    }

    /** For a published resource's page: what replaces it and what it replaces (published ones only). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Supersession of(ResourceId id) {
        if (resources.status(id).filter(s -> s == ResourceStatus.PUBLISHED).isEmpty()) {
            return new Supersession(null, List.of());
        }
        return new Supersession(marks.publishedReplacement(id).orElse(null), marks.publishedReplaced(id));
    }

    /**
     * Which of these resources (a page of library results, at most {@value #LOOKUP_MAX}) are replaced by a
     * newer published one: a small lookup beside the search, which itself is unchanged.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<ResourceId> replacedAmong(Collection<ResourceId> ids) {
        if (ids.size() > LOOKUP_MAX) {
            throw new IllegalArgumentException("at most " + LOOKUP_MAX + " ids");
        }
        return marks.replacedAmong(ids);
    }

    /** Whether following "replaced by" from {@code from} reaches {@code target}. */
    private boolean leadsTo(ResourceId from, ResourceId target) {
        Set<ResourceId> seen = new HashSet<>();
        Optional<ResourceId> next = Optional.of(from);
        while (next.isPresent() && seen.add(next.get())) {
            if (next.get().equals(target)) {
                return true;
            }
            next = marks.supersededBy(next.get());
        }
        return false;
    }

    /** Drafts are their submitter's own, so to moderators they do not exist. */
    private void requirePublished(ResourceId id) {
        ResourceStatus status = resources.status(id).filter(s -> s != ResourceStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("hub.error.not-found"));
        if (status != ResourceStatus.PUBLISHED) {
            throw new ProblemException("hub.error.supersede-not-published");
        }
    }
}
