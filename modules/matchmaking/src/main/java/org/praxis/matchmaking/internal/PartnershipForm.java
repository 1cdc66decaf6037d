package org.praxis.matchmaking.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.events.RegistrationId;

/**
 * A partnership as one of its partners forms it, after an event they both came to: a name, the other partner and,
 * if one helped, a broker (each by their place at the event).
 */
public class PartnershipForm {

    public static final int NAME_MAX = 200;

    @NotBlank(message = "{matchmaking.validation.partnership-name-required}")
    @Size(max = NAME_MAX, message = "{matchmaking.validation.partnership-name-too-long}")
    private String name = "";

    @NotNull(message = "{matchmaking.validation.partner-required}")
    private @Nullable RegistrationId partner;

    private @Nullable RegistrationId broker;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public @Nullable RegistrationId getPartner() { return partner; }
    public void setPartner(@Nullable RegistrationId partner) { this.partner = partner; }
    public @Nullable RegistrationId getBroker() { return broker; }
    public void setBroker(@Nullable RegistrationId broker) { this.broker = broker; }
}
