package org.praxis.identity.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.praxis.identity.events.OrganisationKind;
import org.praxis.platform.Role;

import java.util.UUID;

/**
 * What a person fills in to join. Either an existing organisation is chosen, or a new one is named.
 * Validation messages are i18n keys (resolved by the view).
 */
public class RegistrationForm {

    @NotBlank(message = "{identity.validation.name-required}")
    @Size(max = 200, message = "{identity.validation.name-too-long}")
    private String fullName = "";

    @NotBlank(message = "{identity.validation.email-required}")
    @Email(message = "{identity.validation.email-invalid}")
    @Size(max = 320, message = "{identity.validation.email-invalid}")
    private String email = "";

    @NotBlank(message = "{identity.validation.password-required}")
    @Size(min = 12, max = 128, message = "{identity.validation.password-length}")
    private String password = "";

    private @Nullable UUID existingOrganisationId;

    @Size(max = 200, message = "{identity.validation.organisation-too-long}")
    private String newOrganisationName = "";

    private @Nullable OrganisationKind newOrganisationKind;

    @NotNull(message = "{identity.validation.role-required}")
    private @Nullable Role requestedRole;

    @Size(max = 2000, message = "{identity.validation.access-needs-too-long}")
    private String accessNeeds = "";

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public @Nullable UUID getExistingOrganisationId() {
        return existingOrganisationId;
    }

    public void setExistingOrganisationId(@Nullable UUID existingOrganisationId) {
        this.existingOrganisationId = existingOrganisationId;
    }

    public String getNewOrganisationName() {
        return newOrganisationName;
    }

    public void setNewOrganisationName(String newOrganisationName) {
        this.newOrganisationName = newOrganisationName;
    }

    public @Nullable OrganisationKind getNewOrganisationKind() {
        return newOrganisationKind;
    }

    public void setNewOrganisationKind(@Nullable OrganisationKind newOrganisationKind) {
        this.newOrganisationKind = newOrganisationKind;
    }

    public @Nullable Role getRequestedRole() {
        return requestedRole;
    }

    public void setRequestedRole(@Nullable Role requestedRole) {
        this.requestedRole = requestedRole;
    }

    public String getAccessNeeds() {
        return accessNeeds;
    }

    public void setAccessNeeds(String accessNeeds) {
        this.accessNeeds = accessNeeds;
    }
}
