package org.praxis.hub.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.praxis.hub.events.ResourceId;
import org.praxis.platform.Licence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The editable content of a resource, as the submission form binds it. Limits match the database
 * columns. What publishing additionally needs (a plain-language summary) is checked when a moderator
 * publishes, and shown to the submitter on the form.
 */
public class ResourceForm {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 1000;
    public static final int BODY_MAX = 100_000;
    public static final int NOTES_MAX = 1000;

    @NotBlank(message = "{hub.validation.type-required}")
    private String type = "";

    @NotBlank(message = "{hub.validation.title-required}")
    @Size(max = TITLE_MAX, message = "{hub.validation.title-too-long}")
    private String title = "";

    @Size(max = SUMMARY_MAX, message = "{hub.validation.summary-too-long}")
    private String summary = "";

    @Size(max = SUMMARY_MAX, message = "{hub.validation.plain-summary-too-long}")
    private String plainSummary = "";

    @Size(max = BODY_MAX, message = "{hub.validation.body-too-long}")
    private String body = "";

    private Set<String> beneficiaries = new LinkedHashSet<>();
    private Set<String> stakeholders = new LinkedHashSet<>();
    private Set<String> principles = new LinkedHashSet<>();
    private Set<String> keywords = new LinkedHashSet<>();
    private Level level = Level.ANYONE;
    private Set<Format> formats = EnumSet.of(Format.TEXT);
    private Set<AccessibilityFeature> accessibility = EnumSet.noneOf(AccessibilityFeature.class);

    @Size(max = NOTES_MAX, message = "{hub.validation.accessibility-notes-too-long}")
    private String accessibilityNotes = "";

    @Size(max = 200, message = "{hub.validation.owner-too-long}")
    private String ownerOrganisationName = "";

    @Size(max = 500, message = "{hub.validation.contributors-too-long}")
    private String contributors = "";

    private Licence licence = Licence.recommended();

    @Size(max = NOTES_MAX, message = "{hub.validation.ip-notes-too-long}")
    private String ipNotes = "";

    @Size(max = 320, message = "{hub.validation.contact-too-long}")
    private String contact = "";

    private @Nullable LocalDate reviewBy;

    private @Nullable ResourceId adaptedFrom;

    @Valid
    private List<Link> links = new ArrayList<>();

    /** A link to media elsewhere: a recording, a web page. Only http(s) addresses are accepted. */
    public record Link(
            @NotBlank(message = "{hub.validation.link-title-required}")
            @Size(max = 200, message = "{hub.validation.link-title-too-long}") String title,
            @Pattern(regexp = "https?://[^\\s<>\"]{3,1990}", message = "{hub.validation.link-url-invalid}") String url) {
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null ? "" : type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary == null ? "" : summary;
    }

    public String getPlainSummary() {
        return plainSummary;
    }

    public void setPlainSummary(String plainSummary) {
        this.plainSummary = plainSummary == null ? "" : plainSummary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }

    public Set<String> getBeneficiaries() {
        return beneficiaries;
    }

    public void setBeneficiaries(Set<String> beneficiaries) {
        this.beneficiaries = new LinkedHashSet<>(beneficiaries);
    }

    public Set<String> getStakeholders() {
        return stakeholders;
    }

    public void setStakeholders(Set<String> stakeholders) {
        this.stakeholders = new LinkedHashSet<>(stakeholders);
    }

    public Set<String> getPrinciples() {
        return principles;
    }

    public void setPrinciples(Set<String> principles) {
        this.principles = new LinkedHashSet<>(principles);
    }

    public Set<String> getKeywords() {
        return keywords;
    }

    public void setKeywords(Set<String> keywords) {
        this.keywords = new LinkedHashSet<>(keywords);
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level == null ? Level.ANYONE : level;
    }

    public Set<Format> getFormats() {
        return formats;
    }

    public void setFormats(Set<Format> formats) {
        this.formats = formats.isEmpty() ? EnumSet.noneOf(Format.class) : EnumSet.copyOf(formats);
    }

    public Set<AccessibilityFeature> getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(Set<AccessibilityFeature> accessibility) {
        this.accessibility = accessibility.isEmpty() ? EnumSet.noneOf(AccessibilityFeature.class)
                : EnumSet.copyOf(accessibility);
    }

    public String getAccessibilityNotes() {
        return accessibilityNotes;
    }

    public void setAccessibilityNotes(String accessibilityNotes) {
        this.accessibilityNotes = accessibilityNotes == null ? "" : accessibilityNotes;
    }

    public String getOwnerOrganisationName() {
        return ownerOrganisationName;
    }

    public void setOwnerOrganisationName(String ownerOrganisationName) {
        this.ownerOrganisationName = ownerOrganisationName == null ? "" : ownerOrganisationName;
    }

    public String getContributors() {
        return contributors;
    }

    public void setContributors(String contributors) {
        this.contributors = contributors == null ? "" : contributors;
    }

    public Licence getLicence() {
        return licence;
    }

    public void setLicence(Licence licence) {
        this.licence = licence == null ? Licence.recommended() : licence;
    }

    public String getIpNotes() {
        return ipNotes;
    }

    public void setIpNotes(String ipNotes) {
        this.ipNotes = ipNotes == null ? "" : ipNotes;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact == null ? "" : contact;
    }

    public @Nullable LocalDate getReviewBy() {
        return reviewBy;
    }

    public void setReviewBy(@Nullable LocalDate reviewBy) {
        this.reviewBy = reviewBy;
    }

    public @Nullable ResourceId getAdaptedFrom() {
        return adaptedFrom;
    }

    public void setAdaptedFrom(@Nullable ResourceId adaptedFrom) {
        this.adaptedFrom = adaptedFrom;
    }

    public List<Link> getLinks() {
        return links;
    }

    public void setLinks(List<Link> links) {
        this.links = new ArrayList<>(links);
    }
}
