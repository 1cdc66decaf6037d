package org.praxis.matchmaking.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.events.AttendeeSide;

/**
 * An application to a match event: the short profile others see in the directory (if the person allows it),
 * and access needs, which only the organiser sees.
 */
public class ProfileForm {

    public static final int OFFER_MAX = 1000;
    public static final int LOOKING_FOR_MAX = 1000;
    public static final int THEMES_MAX = 500;
    public static final int LOCATION_MAX = 200;
    public static final int ACCESS_NEEDS_MAX = 1000;

    @NotNull(message = "{matchmaking.validation.side-required}")
    private @Nullable AttendeeSide side;

    @NotBlank(message = "{matchmaking.validation.offer-required}")
    @Size(max = OFFER_MAX, message = "{matchmaking.validation.offer-too-long}")
    private String offer = "";

    @NotBlank(message = "{matchmaking.validation.looking-for-required}")
    @Size(max = LOOKING_FOR_MAX, message = "{matchmaking.validation.looking-for-too-long}")
    private String lookingFor = "";

    @Size(max = THEMES_MAX, message = "{matchmaking.validation.themes-too-long}")
    private String themes = "";

    @Size(max = LOCATION_MAX, message = "{matchmaking.validation.location-too-long}")
    private String location = "";

    @Size(max = ACCESS_NEEDS_MAX, message = "{matchmaking.validation.access-needs-too-long}")
    private String accessNeeds = "";

    @NotNull(message = "{matchmaking.validation.visibility-required}")
    private @Nullable DirectoryVisibility visibility = DirectoryVisibility.ATTENDEES;

    /** Would rather not meet one to one: in speed networking they sit in groups of three. */
    private boolean prefersGroup;

    public @Nullable AttendeeSide getSide() { return side; }
    public void setSide(@Nullable AttendeeSide side) { this.side = side; }
    public String getOffer() { return offer; }
    public void setOffer(String offer) { this.offer = offer; }
    public String getLookingFor() { return lookingFor; }
    public void setLookingFor(String lookingFor) { this.lookingFor = lookingFor; }
    public String getThemes() { return themes; }
    public void setThemes(String themes) { this.themes = themes; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getAccessNeeds() { return accessNeeds; }
    public void setAccessNeeds(String accessNeeds) { this.accessNeeds = accessNeeds; }
    public boolean isPrefersGroup() { return prefersGroup; }
    public void setPrefersGroup(boolean prefersGroup) { this.prefersGroup = prefersGroup; }
    public @Nullable DirectoryVisibility getVisibility() { return visibility; }
    public void setVisibility(@Nullable DirectoryVisibility visibility) { this.visibility = visibility; }
}
