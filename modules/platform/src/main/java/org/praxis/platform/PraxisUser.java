package org.praxis.platform;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in person as every module sees it: who they are, which organisation they belong to,
 * and the roles they hold. Created by the identity module at login.
 */
public final class PraxisUser implements UserDetails, CredentialsContainer {

    private final PersonId personId;
    private final OrganisationId organisationId;
    private final String displayName;
    private final String email;
    private final Set<Role> roles;
    private String passwordHash;

    public PraxisUser(PersonId personId, OrganisationId organisationId, String displayName, String email,
                      String passwordHash, Set<Role> roles) {
        this.personId = personId;
        this.organisationId = organisationId;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(roles);
    }

    public PersonId personId() {
        return personId;
    }

    public OrganisationId organisationId() {
        return organisationId;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = "";
    }

    @Override
    public String toString() {
        return "PraxisUser[" + email + ", roles=" + roles + "]";
    }
}
