package org.crp.learning.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.crp.learning.events.SessionKind;
import org.jspecify.annotations.Nullable;
import org.praxis.platform.PersonId;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A session as the programme team schedules it. The date and times are in the programme's time zone
 * ({@code crp.learning.time-zone}); a session starts and ends on the same day.
 */
public class SessionForm {

    public static final int TITLE_MAX = 200;
    public static final int AGENDA_MAX = 4000;
    public static final int LINK_MAX = 500;
    /** At most this many Hub resources per session: a curated few, not a reading list. */
    public static final int RESOURCES_MAX = 10;

    @NotNull(message = "{learning.validation.session-kind-required}")
    private @Nullable SessionKind kind = SessionKind.LEARNING;

    @NotBlank(message = "{learning.validation.session-title-required}")
    @Size(max = TITLE_MAX, message = "{learning.validation.session-title-too-long}")
    private String title = "";

    @NotNull(message = "{learning.validation.session-date-required}")
    private @Nullable LocalDate date;

    @NotNull(message = "{learning.validation.session-start-required}")
    private @Nullable LocalTime startTime;

    @NotNull(message = "{learning.validation.session-end-required}")
    private @Nullable LocalTime endTime;

    @Size(max = AGENDA_MAX, message = "{learning.validation.agenda-too-long}")
    private String agenda = "";

    private @Nullable PersonId facilitator;

    @HttpsUrl
    @Size(max = LINK_MAX, message = "{learning.validation.link-too-long}")
    private String joiningLink = "";

    @Size(max = RESOURCES_MAX, message = "{learning.validation.too-many-resources}")
    private List<UUID> resourceIds = new ArrayList<>();

    @AssertTrue(message = "{learning.validation.session-end-before-start}")
    public boolean isInOrder() {
        return startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    public @Nullable SessionKind getKind() {
        return kind;
    }

    public void setKind(@Nullable SessionKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public @Nullable LocalDate getDate() {
        return date;
    }

    public void setDate(@Nullable LocalDate date) {
        this.date = date;
    }

    public @Nullable LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(@Nullable LocalTime startTime) {
        this.startTime = startTime;
    }

    public @Nullable LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(@Nullable LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public @Nullable PersonId getFacilitator() {
        return facilitator;
    }

    public void setFacilitator(@Nullable PersonId facilitator) {
        this.facilitator = facilitator;
    }

    public String getJoiningLink() {
        return joiningLink;
    }

    public void setJoiningLink(String joiningLink) {
        this.joiningLink = joiningLink;
    }

    public List<UUID> getResourceIds() {
        return resourceIds;
    }

    public void setResourceIds(List<UUID> resourceIds) {
        this.resourceIds = new ArrayList<>(resourceIds);
    }
}
