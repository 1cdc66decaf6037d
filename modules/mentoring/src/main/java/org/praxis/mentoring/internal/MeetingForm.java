package org.praxis.mentoring.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;

/** A meeting of the pair, held or planned: when, how long, the kind of activity, the agenda and private notes. */
public class MeetingForm {

    public static final int AGENDA_MAX = 4000;
    public static final int NOTES_MAX = 8000;

    @NotNull(message = "{mentoring.validation.meeting-time-required}")
    private @Nullable LocalDateTime startsAt;

    @Min(value = 5, message = "{mentoring.validation.meeting-minutes-out-of-range}")
    @Max(value = 600, message = "{mentoring.validation.meeting-minutes-out-of-range}")
    private int minutes = 60;

    @NotNull(message = "{mentoring.validation.activity-required}")
    private @Nullable ActivityType activity;

    @Size(max = AGENDA_MAX, message = "{mentoring.validation.text-too-long}")
    private String agenda = "";

    @Size(max = NOTES_MAX, message = "{mentoring.validation.notes-too-long}")
    private String notes = "";

    public @Nullable LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(@Nullable LocalDateTime startsAt) { this.startsAt = startsAt; }
    public int getMinutes() { return minutes; }
    public void setMinutes(int minutes) { this.minutes = minutes; }
    public @Nullable ActivityType getActivity() { return activity; }
    public void setActivity(@Nullable ActivityType activity) { this.activity = activity; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
