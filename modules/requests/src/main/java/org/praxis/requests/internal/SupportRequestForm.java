package org.praxis.requests.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.praxis.requests.events.Capacity;
import org.praxis.requests.events.DeliveryMode;
import org.praxis.requests.events.Need;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The editable content of a support request, as the form binds it. Field limits here match the
 * database columns; what a submission additionally requires is checked by {@link SubmissionRules}.
 */
public class SupportRequestForm {

    // One place for every limit: the annotations below, the form's fields (setMaxLength) and the
    // database columns (V1__support_requests.sql) use these numbers.
    public static final int TITLE_MAX = 150;
    public static final int MODE_OTHER_MAX = 200;
    public static final int CONTEXT_MAX = 4000;
    public static final int TIMELINE_NOTES_MAX = 1000;
    public static final int TEXT_MAX = 2000;
    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 320;

    @NotBlank(message = "{requests.validation.title-required}")
    @Size(max = TITLE_MAX, message = "{requests.validation.title-too-long}")
    private String title = "";

    private @Nullable DeliveryMode mode;

    @Size(max = MODE_OTHER_MAX, message = "{requests.validation.mode-other-too-long}")
    private String modeOther = "";

    private Set<Capacity> has = EnumSet.noneOf(Capacity.class);

    private Set<Need> lacks = EnumSet.noneOf(Need.class);

    @Size(max = CONTEXT_MAX, message = "{requests.validation.context-too-long}")
    private String context = "";

    private @Nullable LocalDate timelineStart;

    private @Nullable LocalDate timelineEnd;

    @Size(max = TIMELINE_NOTES_MAX, message = "{requests.validation.timeline-notes-too-long}")
    private String timelineNotes = "";

    @Size(max = TEXT_MAX, message = "{requests.validation.resources-too-long}")
    private String resourcesAndFunding = "";

    @Size(max = NAME_MAX, message = "{requests.validation.contact-name-too-long}")
    private String contactName = "";

    @Email(message = "{requests.validation.contact-email-invalid}")
    @Size(max = EMAIL_MAX, message = "{requests.validation.contact-email-invalid}")
    private String contactEmail = "";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public @Nullable DeliveryMode getMode() {
        return mode;
    }

    public void setMode(@Nullable DeliveryMode mode) {
        this.mode = mode;
    }

    public String getModeOther() {
        return modeOther;
    }

    public void setModeOther(String modeOther) {
        this.modeOther = modeOther;
    }

    public Set<Capacity> getHas() {
        return has;
    }

    public void setHas(Set<Capacity> has) {
        this.has = has.isEmpty() ? EnumSet.noneOf(Capacity.class) : EnumSet.copyOf(has);
    }

    public Set<Need> getLacks() {
        return lacks;
    }

    public void setLacks(Set<Need> lacks) {
        this.lacks = lacks.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(lacks);
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public @Nullable LocalDate getTimelineStart() {
        return timelineStart;
    }

    public void setTimelineStart(@Nullable LocalDate timelineStart) {
        this.timelineStart = timelineStart;
    }

    public @Nullable LocalDate getTimelineEnd() {
        return timelineEnd;
    }

    public void setTimelineEnd(@Nullable LocalDate timelineEnd) {
        this.timelineEnd = timelineEnd;
    }

    public String getTimelineNotes() {
        return timelineNotes;
    }

    public void setTimelineNotes(String timelineNotes) {
        this.timelineNotes = timelineNotes;
    }

    public String getResourcesAndFunding() {
        return resourcesAndFunding;
    }

    public void setResourcesAndFunding(String resourcesAndFunding) {
        this.resourcesAndFunding = resourcesAndFunding;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
