package org.praxis.identity.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.identity.events.OrganisationKind;
import org.praxis.identity.events.OrganisationRegistered;
import org.praxis.identity.events.PersonRegistered;
import org.praxis.identity.events.RoleGranted;
import org.praxis.identity.events.RoleRequested;
import org.praxis.identity.events.RoleRevoked;
import org.praxis.identity.internal.IdentityViews.OrganisationRow;
import org.praxis.identity.internal.IdentityViews.PersonRow;
import org.praxis.identity.internal.IdentityViews.RoleRequestRow;
import org.praxis.identity.internal.JooqIdentityRepository.Account;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InputValidator;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.platform.RoleCatalogue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

/**
 * Registration, organisations and roles. Every public method states who may call it; the
 * package-private ones serve only this module (demo data).
 */
@Service
@Transactional
public class IdentityService {

    private final JooqIdentityRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final InputValidator inputValidator;
    private final RoleCatalogue roles;

    IdentityService(JooqIdentityRepository repository, PasswordEncoder passwordEncoder,
                    ApplicationEventPublisher events, CurrentUser currentUser, InputValidator inputValidator,
                    RoleCatalogue roles) {
        this.roles = roles;
        this.inputValidator = inputValidator;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.currentUser = currentUser;
    }

    /**
     * Creates an account. Open roles (researcher, community member) are granted at once; any other
     * role waits for an admin. Nothing is saved if anything is wrong.
     */
    @PreAuthorize("permitAll()")
    public PersonId register(RegistrationForm form) {
        inputValidator.check(form);
        Role role = form.getRequestedRole();
        if (role == null) {
            throw new ProblemException("identity.validation.role-required");
        }
        if (Role.ADMIN.equals(role)) {
            throw new ProblemException("identity.register.admin-not-requestable");
        }
        if (repository.emailTaken(form.getEmail())) {
            throw new ProblemException("identity.register.email-taken");
        }
        OrganisationId organisationId = resolveOrganisation(form);
        String accessNeeds = form.getAccessNeeds().isBlank() ? null : form.getAccessNeeds().trim();
        PersonId personId = createPerson(organisationId, form.getFullName().trim(), form.getEmail().trim(),
                form.getPassword(), accessNeeds);
        if (roles.needsApproval(role)) {
            repository.upsertRole(personId, role, JooqIdentityRepository.REQUESTED, null);
            events.publishEvent(new RoleRequested(personId, organisationId, form.getFullName().trim(), role));
        } else {
            grantRole(personId, organisationId, form.getFullName().trim(), role, null);
        }
        return personId;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<OrganisationRow> organisations() {
        return repository.organisations();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationId createOrganisation(String name, OrganisationKind kind) {
        return insertOrganisation(name, kind);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PersonRow> people() {
        return repository.people();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<RoleRequestRow> pendingRoleRequests() {
        return repository.pendingRoleRequests();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void approveRole(PersonId personId, Role role) {
        Account account = account(personId);
        if (!repository.changeRoleStatus(personId, role, JooqIdentityRepository.REQUESTED,
                JooqIdentityRepository.GRANTED, currentUser.require().personId())) {
            throw new ProblemException("identity.roles.no-longer-pending");
        }
        events.publishEvent(new RoleGranted(personId, account.organisationId(), account.fullName(), role));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void declineRole(PersonId personId, Role role) {
        account(personId);
        if (!repository.changeRoleStatus(personId, role, JooqIdentityRepository.REQUESTED,
                JooqIdentityRepository.DECLINED, currentUser.require().personId())) {
            throw new ProblemException("identity.roles.no-longer-pending");
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void grantRole(PersonId personId, Role role) {
        Account account = account(personId);
        if (account.roles().contains(role)) {
            return;
        }
        grantRole(personId, account.organisationId(), account.fullName(), role, currentUser.require().personId());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void revokeRole(PersonId personId, Role role) {
        Account account = account(personId);
        if (personId.equals(currentUser.require().personId()) && Role.ADMIN.equals(role)) {
            throw new ProblemException("identity.roles.cannot-revoke-own-admin");
        }
        if (repository.changeRoleStatus(personId, role, JooqIdentityRepository.GRANTED,
                JooqIdentityRepository.DECLINED, currentUser.require().personId())) {
            events.publishEvent(new RoleRevoked(personId, account.organisationId(), role));
        }
    }

    /** The roles the signed-in person asked for and is still waiting for. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Role> myPendingRoles() {
        return repository.rolesWithStatus(currentUser.require().personId().value(), JooqIdentityRepository.REQUESTED);
    }

    // --- for this module only (demo data) ---------------------------------------------------------

    OrganisationId ensureOrganisation(String name, OrganisationKind kind) {
        return repository.findOrganisationByName(name).map(JooqIdentityRepository.Organisation::id)
                .orElseGet(() -> insertOrganisation(name, kind));
    }

    boolean accountExists(String email) {
        return repository.emailTaken(email);
    }

    PersonId createAccountWithRoles(OrganisationId organisationId, String fullName, String email, String password,
                                    Set<Role> roles) {
        PersonId personId = createPerson(organisationId, fullName, email, password, null);
        roles.forEach(role -> grantRole(personId, organisationId, fullName, role, null));
        return personId;
    }

    // --- internals ----------------------------------------------------------------------------------

    private OrganisationId resolveOrganisation(RegistrationForm form) {
        if (form.getExistingOrganisationId() != null) {
            OrganisationId id = new OrganisationId(form.getExistingOrganisationId());
            return repository.findOrganisation(id).map(JooqIdentityRepository.Organisation::id)
                    .orElseThrow(() -> new ProblemException("identity.register.organisation-unknown"));
        }
        String name = form.getNewOrganisationName().trim();
        OrganisationKind kind = form.getNewOrganisationKind();
        if (name.isEmpty() || kind == null) {
            throw new ProblemException("identity.register.organisation-required");
        }
        if (repository.findOrganisationByName(name).isPresent()) {
            throw new ProblemException("identity.register.organisation-exists", name);
        }
        return insertOrganisation(name, kind);
    }

    private OrganisationId insertOrganisation(String name, OrganisationKind kind) {
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new ProblemException("identity.validation.organisation-too-long");
        }
        if (repository.findOrganisationByName(trimmed).isPresent()) {
            throw new ProblemException("identity.register.organisation-exists", trimmed);
        }
        OrganisationId id = new OrganisationId(Ids.newId());
        repository.insertOrganisation(id, trimmed, kind);
        events.publishEvent(new OrganisationRegistered(id, trimmed, kind));
        return id;
    }

    private PersonId createPerson(OrganisationId organisationId, String fullName, String email, String password,
                                  @Nullable String accessNeeds) {
        PersonId personId = new PersonId(Ids.newId());
        repository.insertPerson(personId, organisationId, fullName, email, passwordEncoder.encode(password), accessNeeds);
        events.publishEvent(new PersonRegistered(personId, organisationId, fullName, email));
        return personId;
    }

    private void grantRole(PersonId personId, OrganisationId organisationId, String fullName, Role role,
                           @Nullable PersonId grantedBy) {
        repository.upsertRole(personId, role, JooqIdentityRepository.GRANTED, grantedBy);
        events.publishEvent(new RoleGranted(personId, organisationId, fullName, role));
    }

    private Account account(PersonId personId) {
        return repository.findAccount(personId).orElseThrow(() -> new NotFoundException("identity.person.not-found"));
    }
}
