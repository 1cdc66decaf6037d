package org.praxis.reciprocation.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.Licence;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PersonId;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.reciprocation.events.AgreementAccepted;
import org.praxis.reciprocation.events.AgreementFulfilled;
import org.praxis.reciprocation.events.AgreementId;
import org.praxis.reciprocation.events.AgreementItemCompleted;
import org.praxis.reciprocation.events.AgreementProposed;
import org.praxis.reciprocation.events.CommunityMembershipGranted;
import org.praxis.reciprocation.events.Material;
import org.praxis.reciprocation.events.ReciprocationDelivered;
import org.praxis.reciprocation.events.Side;
import org.praxis.reciprocation.internal.AgreementViews.AgreementDetails;
import org.praxis.reciprocation.internal.AgreementViews.AgreementSummary;
import org.praxis.reciprocation.internal.AgreementViews.DueItem;
import org.praxis.reciprocation.internal.AgreementViews.Evidence;
import org.praxis.reciprocation.internal.AgreementViews.Item;
import org.praxis.reciprocation.internal.AgreementViews.Party;
import org.praxis.reciprocation.internal.AgreementViews.Person;
import org.praxis.reciprocation.internal.AgreementViews.StoredFile;
import org.praxis.reciprocation.internal.jooq.tables.records.AgreementRecord;
import org.praxis.requests.events.RequestStage;
import org.praxis.requests.events.SupportRequestId;
import org.praxis.requests.events.SupportRequestProgressed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The life of a reciprocation agreement: editing both sides, proposing a version, acceptance by both
 * parties, delivery of every item with evidence, and fulfilment.
 *
 * <p>Who may do what: the programme team works on every agreement; an institution lead works only on
 * their own organisation's (anyone else's looks as if it did not exist). Each content change checks
 * the version the person saw (optimistic locking) and turns an accepted or proposed agreement back
 * into a draft, which must be proposed and accepted by both sides again. Acceptances name the version
 * accepted: one that is no longer current is refused. A refusal throws a {@link ProblemException}
 * before anything is written.
 */
@Service
@Transactional
public class AgreementService {

    private final JooqAgreementRepository repository;
    private final EvidenceFiles files;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final ReciprocationProperties properties;
    private final Clock clock;

    AgreementService(JooqAgreementRepository repository, EvidenceFiles files, ApplicationEventPublisher events,
                     CurrentUser currentUser, InputValidator validator, ReciprocationProperties properties,
                     Clock clock) {
        this.repository = repository;
        this.files = files;
        this.events = events;
        this.currentUser = currentUser;
        this.validator = validator;
        this.properties = properties;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------------

    /** The programme team sees every agreement; a lead sees their own organisation's. Newest change first. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    @Transactional(readOnly = true)
    public List<AgreementSummary> agreements() {
        PraxisUser user = currentUser.require();
        return repository.summaries(user.hasRole(Role.PROGRAMME_TEAM) ? null : user.organisationId());
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    @Transactional(readOnly = true)
    public AgreementDetails get(AgreementId id) {
        return visible(id);
    }

    /** Agreements whose current version waits for the signed-in person's side to accept it. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    @Transactional(readOnly = true)
    public List<AgreementSummary> waitingForMe() {
        PraxisUser user = currentUser.require();
        return user.hasRole(Role.PROGRAMME_TEAM)
                ? repository.waitingForAcceptance(true, null)
                : repository.waitingForAcceptance(false, user.organisationId());
    }

    /** Open items due within the reminder window (or overdue) that the signed-in person may see. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    @Transactional(readOnly = true)
    public List<DueItem> dueSoon() {
        PraxisUser user = currentUser.require();
        LocalDate until = LocalDate.now(clock).plusDays(properties.reminders().daysAhead());
        return repository.dueItems(until, user.hasRole(Role.PROGRAMME_TEAM) ? null : user.organisationId());
    }

    /** An evidence file of one of the agreement's items, for download; the caller closes its content. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    @Transactional(readOnly = true)
    public StoredFile evidenceFile(AgreementId id, UUID evidenceId) {
        visible(id);
        Evidence evidence = repository.evidenceFile(id, evidenceId).orElseThrow(AgreementService::notFound);
        InputStream content;
        try {
            content = files.open(evidence.location());
        } catch (IOException | IllegalArgumentException missing) {
            throw new NotFoundException("reciprocation.error.file-missing");
        }
        return new StoredFile(evidence.title(), evidence.mediaType() == null ? "application/octet-stream"
                : evidence.mediaType(), evidence.sizeBytes() == null ? -1 : evidence.sizeBytes(), content);
    }

    /** The largest file that may be uploaded, in bytes. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    public long maxFileSize() {
        return files.maxSize();
    }

    // --- editing ---------------------------------------------------------------------------------------

    /** Adds an item to one side. A proposed or accepted agreement becomes a draft again. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    public UUID addItem(AgreementId id, int expectedVersion, Side side, ItemForm form) {
        AgreementDetails agreement = visible(id);
        requireEditable(agreement);
        requireSeen(agreement, expectedVersion);
        requireValid(agreement, side, form, null);
        recordChange(agreement, expectedVersion);
        UUID itemId = Ids.newId();
        repository.insertItem(new JooqAgreementRepository.NewItem(itemId, id, side,
                side == Side.SUPPORT ? form.getRoute() : null, side == Side.RECIPROCATION ? form.getType() : null,
                null, null, form.getTitle().trim(), form.getDetails().trim(), blankToNull(form.getOwner()),
                form.getResponsible(), responsibleName(agreement, form.getResponsible()), form.getEffortHours(),
                Objects.requireNonNull(form.getDueDate())));
        return itemId;
    }

    /** Changes an item that is not done yet. A proposed or accepted agreement becomes a draft again. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    public void updateItem(AgreementId id, UUID itemId, int expectedVersion, ItemForm form) {
        AgreementDetails agreement = visible(id);
        requireEditable(agreement);
        requireSeen(agreement, expectedVersion);
        Item item = openItem(agreement, itemId);
        requireValid(agreement, item.side(), form, item);
        recordChange(agreement, expectedVersion);
        if (!repository.updateItem(itemId, form, responsibleName(agreement, form.getResponsible()), item.side())) {
            throw new ConcurrentChangeException();
        }
    }

    /** Removes an item that is not done yet. A proposed or accepted agreement becomes a draft again. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    public void removeItem(AgreementId id, UUID itemId, int expectedVersion) {
        AgreementDetails agreement = visible(id);
        requireEditable(agreement);
        requireSeen(agreement, expectedVersion);
        openItem(agreement, itemId);
        recordChange(agreement, expectedVersion);
        if (!repository.deleteOpenItem(itemId)) {
            throw new ConcurrentChangeException();
        }
    }

    /** The form for an existing item, to edit it. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    @Transactional(readOnly = true)
    public ItemForm itemForm(AgreementId id, UUID itemId) {
        Item item = visible(id).item(itemId).orElseThrow(AgreementService::notFound);
        ItemForm form = new ItemForm();
        form.setTitle(item.title());
        form.setDetails(item.details());
        form.setRoute(item.route());
        form.setType(item.type());
        form.setOwner(item.owner() == null ? "" : item.owner());
        form.setResponsible(item.responsible());
        form.setEffortHours(item.effortHours());
        form.setDueDate(item.dueDate());
        return form;
    }

    // --- proposing and accepting -----------------------------------------------------------------------

    /**
     * Puts the agreement as it is now to both sides as a new version. Both sides need at least one
     * item, and no open item may be due in the past.
     */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    public int propose(AgreementId id, int expectedVersion) {
        AgreementDetails agreement = visible(id);
        requireSeen(agreement, expectedVersion);
        switch (agreement.status()) {
            case PROPOSED -> throw new ProblemException("reciprocation.error.already-proposed", agreement.proposal());
            case ACCEPTED -> throw new ProblemException("reciprocation.error.nothing-changed", agreement.proposal());
            case FULFILLED -> throw new ProblemException("reciprocation.error.fulfilled");
            case DRAFT -> {
            }
        }
        List<String> problems = new ArrayList<>();
        if (agreement.support().isEmpty()) {
            problems.add("reciprocation.validation.support-side-empty");
        }
        if (agreement.reciprocation().isEmpty()) {
            problems.add("reciprocation.validation.reciprocation-side-empty");
        }
        LocalDate today = LocalDate.now(clock);
        if (agreement.items().stream().anyMatch(item -> !item.done() && item.dueDate().isBefore(today))) {
            problems.add("reciprocation.validation.open-item-due-in-past");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int number = agreement.proposal() + 1;
        if (!repository.propose(id, expectedVersion, number)) {
            throw new ConcurrentChangeException();
        }
        PraxisUser user = currentUser.require();
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.insertVersion(id, number, user.personId(), user.displayName(), now);
        events.publishEvent(new AgreementProposed(id, agreement.requestId(), agreement.organisationId(),
                agreement.title(), number, now.toInstant()));
        events.publishEvent(ReciprocationNotices.proposed(id, agreement.organisationId(), agreement.title(), number));
        if (number > 1) {
            events.publishEvent(ReciprocationNotices.superseded(id, number - 1));
        }
        return number;
    }

    /**
     * Accepts version {@code number} for the signed-in person's side: the programme team, or the
     * institution (one of its leads). When both sides have accepted it, the agreement is agreed.
     * Accepting a version that is no longer the current proposal is refused.
     */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    public void accept(AgreementId id, int number) {
        visible(id);
        AgreementRecord row = repository.lock(id).orElseThrow(AgreementService::notFound);
        AgreementStatus status = AgreementStatus.valueOf(row.getStatus());
        if (status == AgreementStatus.ACCEPTED && Objects.equals(row.getAgreedVersion(), number)) {
            throw new ProblemException("reciprocation.error.already-agreed", number);
        }
        if (status != AgreementStatus.PROPOSED || row.getProposal() != number) {
            throw new ProblemException("reciprocation.error.version-not-current", number);
        }
        PraxisUser user = currentUser.require();
        boolean asTeam = user.hasRole(Role.PROGRAMME_TEAM);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean bothAccepted = repository.accept(id, number, asTeam, user.personId(), user.displayName(), now)
                .orElseThrow(() -> new ProblemException("reciprocation.error.already-accepted", number));
        repository.touch(id);
        var organisation = new org.praxis.platform.OrganisationId(row.getOrganisationId());
        events.publishEvent(ReciprocationNotices.acceptedBy(id, organisation, number, asTeam));
        if (!bothAccepted) {
            return;
        }
        boolean firstAgreement = row.getAgreedVersion() == null;
        repository.markAgreed(id, number);
        SupportRequestId requestId = new SupportRequestId(row.getRequestId());
        events.publishEvent(new AgreementAccepted(id, requestId, organisation, row.getTitle(), number, now.toInstant()));
        events.publishEvent(ReciprocationNotices.accepted(id, organisation, row.getTitle(), number));
        if (firstAgreement) {
            events.publishEvent(new SupportRequestProgressed(requestId, RequestStage.AGREEMENT_AGREED,
                    "The plan of action and what the institution gives back were agreed by both sides.",
                    now.toInstant()));
        }
    }

    // --- delivery --------------------------------------------------------------------------------------

    /**
     * Marks an item done with its evidence. For an item the institution gives back, the materials
     * (files or links), the licence and the attribution are required, and the delivery is announced
     * so the Hub can take the materials in. When every item on both sides is done, the agreement is
     * fulfilled and the institution joins the community of practice.
     */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    public void complete(AgreementId id, UUID itemId, CompletionForm form) {
        AgreementDetails agreement = visible(id);
        AgreementRecord row = repository.lock(id).orElseThrow(AgreementService::notFound);
        switch (AgreementStatus.valueOf(row.getStatus())) {
            case FULFILLED -> throw new ProblemException("reciprocation.error.fulfilled");
            case DRAFT, PROPOSED -> throw new ProblemException("reciprocation.error.not-agreed");
            case ACCEPTED -> {
            }
        }
        Item item = agreement.item(itemId).orElseThrow(AgreementService::notFound);
        if (item.done()) {
            throw new ProblemException("reciprocation.error.item-done");
        }
        boolean reciprocation = item.side() == Side.RECIPROCATION;
        requireValid(form, reciprocation);

        PraxisUser user = currentUser.require();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String note = form.getNote().trim();
        String description = reciprocation
                ? (form.getDescription().isBlank() ? item.details() : form.getDescription().trim()) : null;
        String attribution = reciprocation ? form.getAttribution().trim() : null;
        Licence licence = reciprocation ? form.getLicence() : null;
        if (!repository.completeItem(itemId, user.personId(), user.displayName(), now, note, description, licence,
                attribution)) {
            throw new ProblemException("reciprocation.error.item-done");
        }
        List<Material> materials = new ArrayList<>();
        int position = 0;
        for (CompletionForm.LinkForm link : form.getLinks()) {
            repository.insertEvidence(Ids.newId(), itemId, Material.Kind.LINK, link.title().trim(), link.url().trim(),
                    null, null, position++);
            materials.add(new Material(link.title().trim(), Material.Kind.LINK, link.url().trim(), null));
        }
        for (CompletionForm.FileUpload file : form.getFiles()) {
            UUID evidenceId = Ids.newId();
            EvidenceFiles.Stored stored = files.store(file.fileName(), file.content());
            String title = displayName(file.fileName());
            repository.insertEvidence(evidenceId, itemId, Material.Kind.FILE, title, stored.key(),
                    stored.mediaType(), stored.size(), position++);
            materials.add(new Material(title, Material.Kind.FILE, stored.key(), stored.mediaType()));
        }

        events.publishEvent(new AgreementItemCompleted(id, itemId, agreement.organisationId(), item.side(),
                item.title(), item.effortHours(), now.toInstant()));
        if (reciprocation) {
            events.publishEvent(new ReciprocationDelivered(id, itemId, agreement.requestId(),
                    agreement.organisationId(), agreement.organisationName(), Objects.requireNonNull(item.type()),
                    item.title(), Objects.requireNonNull(description), List.copyOf(materials),
                    Objects.requireNonNull(licence), Objects.requireNonNull(attribution), now.toInstant()));
        }
        if (repository.markInDelivery(id, now)) {
            events.publishEvent(new SupportRequestProgressed(agreement.requestId(), RequestStage.IN_DELIVERY,
                    "Delivery of the agreed plan has started.", now.toInstant()));
        }
        if (repository.openItems(id) == 0 && repository.markFulfilled(id, now)) {
            events.publishEvent(new AgreementFulfilled(id, agreement.requestId(), agreement.organisationId(),
                    now.toInstant()));
            events.publishEvent(new SupportRequestProgressed(agreement.requestId(), RequestStage.FULFILLED,
                    "Everything agreed has been delivered, on both sides.", now.toInstant()));
            if (repository.addCommunityMember(agreement.organisationId(), agreement.organisationName(), id, now)) {
                events.publishEvent(new CommunityMembershipGranted(agreement.organisationId(),
                        agreement.organisationName(), id, now.toInstant()));
                events.publishEvent(ReciprocationNotices.communityMembership(agreement.organisationId(),
                        agreement.organisationName(), id));
            }
        }
    }

    // --- checks ----------------------------------------------------------------------------------------

    /** The agreement, if the signed-in person may see it; otherwise "not found". */
    private AgreementDetails visible(AgreementId id) {
        AgreementDetails agreement = repository.find(id).orElseThrow(AgreementService::notFound);
        PraxisUser user = currentUser.require();
        boolean team = user.hasRole(Role.PROGRAMME_TEAM);
        boolean ownLead = user.hasRole(Role.INSTITUTION_LEAD) && agreement.organisationId().equals(user.organisationId());
        if (!team && !ownLead) {
            throw notFound();
        }
        return agreement;
    }

    /** A person acting on a page older than the agreement is told to reload before anything else. */
    private static void requireSeen(AgreementDetails agreement, int expectedVersion) {
        if (agreement.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
    }

    private static void requireEditable(AgreementDetails agreement) {
        if (!agreement.status().editable()) {
            throw new ProblemException("reciprocation.error.fulfilled");
        }
    }

    private static Item openItem(AgreementDetails agreement, UUID itemId) {
        Item item = agreement.item(itemId).orElseThrow(AgreementService::notFound);
        if (item.done()) {
            throw new ProblemException("reciprocation.error.item-done");
        }
        return item;
    }

    /** Writes the change marker first, so that a stale page is refused before any item is touched. */
    private void recordChange(AgreementDetails agreement, int expectedVersion) {
        if (!repository.changeContent(agreement.id(), expectedVersion)) {
            throw new ConcurrentChangeException();
        }
        if (agreement.status() == AgreementStatus.PROPOSED) {
            repository.supersedePending(agreement.id(), agreement.proposal(), OffsetDateTime.now(clock));
        }
    }

    private void requireValid(AgreementDetails agreement, Side side, ItemForm form, @Nullable Item existing) {
        List<String> problems = new ArrayList<>(problems(form));
        if (side == Side.RECIPROCATION && form.getType() == null) {
            problems.add("reciprocation.validation.type-required");
        }
        LocalDate due = form.getDueDate();
        boolean dueChanged = existing == null || !existing.dueDate().equals(due);
        if (due != null && dueChanged && due.isBefore(LocalDate.now(clock))) {
            problems.add("reciprocation.validation.due-date-in-past");
        }
        PersonId responsible = form.getResponsible();
        if (responsible != null && agreement.responsibleCandidates().stream().noneMatch(p -> p.id().equals(responsible))
                && (existing == null || !responsible.equals(existing.responsible()))) {
            problems.add("reciprocation.validation.responsible-unknown");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void requireValid(CompletionForm form, boolean reciprocation) {
        List<String> problems = new ArrayList<>(problems(form));
        for (CompletionForm.LinkForm link : form.getLinks()) {
            if (!link.url().isBlank() && !isWebAddress(link.url().trim())) {
                problems.add("reciprocation.validation.link-url-invalid");
            }
        }
        boolean anyMaterial = !form.getLinks().isEmpty() || !form.getFiles().isEmpty();
        if (!anyMaterial && form.getNote().isBlank()) {
            problems.add("reciprocation.validation.evidence-required");
        }
        if (reciprocation) {
            if (!anyMaterial) {
                problems.add("reciprocation.validation.materials-required");
            }
            if (form.getAttribution().isBlank()) {
                problems.add("reciprocation.validation.attribution-required");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().distinct().toList());
        }
        for (CompletionForm.FileUpload file : form.getFiles()) {
            if (file.size() == 0) {
                throw new ProblemException("reciprocation.validation.file-empty", file.fileName());
            }
            if (file.size() > files.maxSize()) {
                throw new ProblemException("reciprocation.validation.file-too-large", file.fileName(),
                        files.maxSize() / (1024 * 1024));
            }
        }
    }

    private List<String> problems(Object form) {
        try {
            validator.check(form);
            return List.of();
        } catch (InvalidInputException invalid) {
            return invalid.problems();
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private @Nullable String responsibleName(AgreementDetails agreement, @Nullable PersonId responsible) {
        if (responsible == null) {
            return null;
        }
        Optional<Person> known = agreement.responsibleCandidates().stream().filter(p -> p.id().equals(responsible))
                .findFirst();
        return known.map(Person::name)
                .or(() -> agreement.items().stream().filter(i -> responsible.equals(i.responsible()))
                        .map(Item::responsibleName).filter(Objects::nonNull).findFirst())
                .orElse(null);
    }

    /** The name a file is shown with: the uploaded name without any folder, kept short. */
    private static String displayName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).trim();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static @Nullable String blankToNull(String value) {
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("reciprocation.error.not-found");
    }

    /** Which side the signed-in person accepts for, on this agreement (empty if they cannot accept). */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', 'INSTITUTION_LEAD')")
    @Transactional(readOnly = true)
    public Optional<Party> partyOf(AgreementDetails agreement) {
        PraxisUser user = currentUser.require();
        if (user.hasRole(Role.PROGRAMME_TEAM)) {
            return Optional.of(Party.PROGRAMME_TEAM);
        }
        return user.hasRole(Role.INSTITUTION_LEAD) && agreement.organisationId().equals(user.organisationId())
                ? Optional.of(Party.INSTITUTION) : Optional.empty();
    }
}
