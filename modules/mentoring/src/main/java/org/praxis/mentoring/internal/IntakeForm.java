package org.praxis.mentoring.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.praxis.mentoring.events.MentoringSide;
import org.praxis.mentoring.events.SectorContext;
import org.praxis.platform.PersonId;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** One person's intake to a programme, as a mentor or a mentee. */
public class IntakeForm {

    public static final int TEXT_MAX = 4000;
    public static final int REGION_MAX = 100;
    public static final int CAPACITY_MAX = 10;
    public static final int MUST_NOT_MATCH_MAX = 20;

    @NotNull(message = "{mentoring.validation.side-required}")
    private @Nullable MentoringSide side = MentoringSide.MENTEE;

    @NotNull(message = "{mentoring.validation.sector-required}")
    private @Nullable SectorContext sector;

    @Min(value = 0, message = "{mentoring.validation.experience-years-out-of-range}")
    @Max(value = 60, message = "{mentoring.validation.experience-years-out-of-range}")
    private int experienceYears;

    @NotBlank(message = "{mentoring.validation.experience-required}")
    @Size(max = TEXT_MAX, message = "{mentoring.validation.text-too-long}")
    private String experience = "";

    @NotBlank(message = "{mentoring.validation.goals-required}")
    @Size(max = TEXT_MAX, message = "{mentoring.validation.text-too-long}")
    private String goals = "";

    @Size(max = TEXT_MAX, message = "{mentoring.validation.text-too-long}")
    private String approach = "";

    @Size(max = REGION_MAX, message = "{mentoring.validation.region-too-long}")
    private String region = "";

    @NotEmpty(message = "{mentoring.validation.activities-required}")
    private Set<ActivityType> activities = EnumSet.noneOf(ActivityType.class);

    @NotEmpty(message = "{mentoring.validation.topics-required}")
    private Set<Topic> topics = EnumSet.noneOf(Topic.class);

    @NotEmpty(message = "{mentoring.validation.values-required}")
    private Set<ValueStatement> values = EnumSet.noneOf(ValueStatement.class);

    @NotEmpty(message = "{mentoring.validation.availability-required}")
    private Set<Availability> availability = EnumSet.noneOf(Availability.class);

    /** How many mentees a mentor takes; ignored for mentees. */
    @Min(value = 1, message = "{mentoring.validation.capacity-out-of-range}")
    @Max(value = CAPACITY_MAX, message = "{mentoring.validation.capacity-out-of-range}")
    private int capacity = 1;

    @Size(max = MUST_NOT_MATCH_MAX, message = "{mentoring.validation.must-not-match-too-many}")
    private Set<PersonId> mustNotMatch = new LinkedHashSet<>();

    public @Nullable MentoringSide getSide() { return side; }
    public void setSide(@Nullable MentoringSide side) { this.side = side; }
    public @Nullable SectorContext getSector() { return sector; }
    public void setSector(@Nullable SectorContext sector) { this.sector = sector; }
    public int getExperienceYears() { return experienceYears; }
    public void setExperienceYears(int experienceYears) { this.experienceYears = experienceYears; }
    public String getExperience() { return experience; }
    public void setExperience(String experience) { this.experience = experience; }
    public String getGoals() { return goals; }
    public void setGoals(String goals) { this.goals = goals; }
    public String getApproach() { return approach; }
    public void setApproach(String approach) { this.approach = approach; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public Set<ActivityType> getActivities() { return activities; }
    public void setActivities(Set<ActivityType> activities) { this.activities = activities; }
    public Set<Topic> getTopics() { return topics; }
    public void setTopics(Set<Topic> topics) { this.topics = topics; }
    public Set<ValueStatement> getValues() { return values; }
    public void setValues(Set<ValueStatement> values) { this.values = values; }
    public Set<Availability> getAvailability() { return availability; }
    public void setAvailability(Set<Availability> availability) { this.availability = availability; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public Set<PersonId> getMustNotMatch() { return mustNotMatch; }
    public void setMustNotMatch(Set<PersonId> mustNotMatch) { this.mustNotMatch = mustNotMatch; }
}
