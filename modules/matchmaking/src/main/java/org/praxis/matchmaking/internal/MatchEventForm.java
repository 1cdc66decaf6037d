package org.praxis.matchmaking.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.praxis.matchmaking.events.AttendeeSide;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A match event as the programme team writes it: when and where, places per group, and the pre-work. */
public class MatchEventForm {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PLACE_MAX = 500;
    public static final int LINK_MAX = 500;
    /** Places for one group; larger gatherings are not match events. */
    public static final int PLACES_MAX = 300;
    public static final int CHECKLIST_ITEMS_MAX = 20;
    public static final int CHECKLIST_ITEM_MAX = 300;

    @NotBlank(message = "{matchmaking.validation.title-required}")
    @Size(max = TITLE_MAX, message = "{matchmaking.validation.title-too-long}")
    private String title = "";

    @Size(max = DESCRIPTION_MAX, message = "{matchmaking.validation.description-too-long}")
    private String description = "";

    @NotNull(message = "{matchmaking.validation.format-required}")
    private @Nullable EventFormat format = EventFormat.IN_PERSON;

    @NotNull(message = "{matchmaking.validation.date-required}")
    private @Nullable LocalDate date;

    @NotNull(message = "{matchmaking.validation.start-required}")
    private @Nullable LocalTime startTime;

    @NotNull(message = "{matchmaking.validation.end-required}")
    private @Nullable LocalTime endTime;

    @Size(max = PLACE_MAX, message = "{matchmaking.validation.place-too-long}")
    private String place = "";

    @Size(max = LINK_MAX, message = "{matchmaking.validation.link-too-long}")
    private String link = "";

    private boolean autoAccept;

    @Min(value = 0, message = "{matchmaking.validation.places-negative}")
    @Max(value = PLACES_MAX, message = "{matchmaking.validation.places-too-many}")
    private int communityPlaces;

    @Min(value = 0, message = "{matchmaking.validation.places-negative}")
    @Max(value = PLACES_MAX, message = "{matchmaking.validation.places-too-many}")
    private int researcherPlaces;

    @Min(value = 0, message = "{matchmaking.validation.places-negative}")
    @Max(value = PLACES_MAX, message = "{matchmaking.validation.places-too-many}")
    private int brokerPlaces;

    /** Hub resources to read before coming, by id. */
    private List<UUID> materials = new ArrayList<>();

    /** The "before you come" checklist, one item a line. */
    private String checklist = "";

    @AssertTrue(message = "{matchmaking.validation.end-before-start}")
    public boolean isInOrder() {
        return startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    @AssertTrue(message = "{matchmaking.validation.place-required}")
    public boolean isPlaceGivenInPerson() {
        return format != EventFormat.IN_PERSON || !place.isBlank();
    }

    @AssertTrue(message = "{matchmaking.validation.link-required}")
    public boolean isLinkGivenOnline() {
        return format != EventFormat.ONLINE || !link.isBlank();
    }

    @AssertTrue(message = "{matchmaking.validation.link-not-https}")
    public boolean isLinkSecure() {
        return link.isBlank() || link.strip().startsWith("https://") && !link.strip().contains(" ");
    }

    @AssertTrue(message = "{matchmaking.validation.no-places}")
    public boolean isAnyPlaceOffered() {
        return communityPlaces + researcherPlaces + brokerPlaces > 0;
    }

    @AssertTrue(message = "{matchmaking.validation.checklist-too-long}")
    public boolean isChecklistShort() {
        List<String> items = checklistItems();
        return items.size() <= CHECKLIST_ITEMS_MAX && items.stream().allMatch(i -> i.length() <= CHECKLIST_ITEM_MAX);
    }

    /** The checklist's items, without blank lines. */
    public List<String> checklistItems() {
        return Arrays.stream(checklist.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** How many places the group has. */
    public int placesFor(AttendeeSide side) {
        return switch (side) {
            case COMMUNITY -> communityPlaces;
            case RESEARCHER -> researcherPlaces;
            case BROKER -> brokerPlaces;
        };
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public @Nullable EventFormat getFormat() { return format; }
    public void setFormat(@Nullable EventFormat format) { this.format = format; }
    public @Nullable LocalDate getDate() { return date; }
    public void setDate(@Nullable LocalDate date) { this.date = date; }
    public @Nullable LocalTime getStartTime() { return startTime; }
    public void setStartTime(@Nullable LocalTime startTime) { this.startTime = startTime; }
    public @Nullable LocalTime getEndTime() { return endTime; }
    public void setEndTime(@Nullable LocalTime endTime) { this.endTime = endTime; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public boolean isAutoAccept() { return autoAccept; }
    public void setAutoAccept(boolean autoAccept) { this.autoAccept = autoAccept; }
    public int getCommunityPlaces() { return communityPlaces; }
    public void setCommunityPlaces(int communityPlaces) { this.communityPlaces = communityPlaces; }
    public int getResearcherPlaces() { return researcherPlaces; }
    public void setResearcherPlaces(int researcherPlaces) { this.researcherPlaces = researcherPlaces; }
    public int getBrokerPlaces() { return brokerPlaces; }
    public void setBrokerPlaces(int brokerPlaces) { this.brokerPlaces = brokerPlaces; }
    public List<UUID> getMaterials() { return materials; }
    public void setMaterials(List<UUID> materials) { this.materials = new ArrayList<>(materials); }
    public String getChecklist() { return checklist; }
    public void setChecklist(String checklist) { this.checklist = checklist; }
}
