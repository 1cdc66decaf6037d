package org.praxis.reciprocation.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.praxis.platform.Licence;

import java.util.ArrayList;
import java.util.List;

/**
 * What someone gives when they mark an item done: the evidence (a note, links, files) and, for an
 * item the institution gives back, how the materials may be shared (licence and attribution).
 */
public class CompletionForm {

    public static final int NOTE_MAX = 4000;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int ATTRIBUTION_MAX = 300;

    @Size(max = NOTE_MAX, message = "{reciprocation.validation.note-too-long}")
    private String note = "";

    @Valid
    private List<LinkForm> links = new ArrayList<>();

    private List<FileUpload> files = new ArrayList<>();

    /** Reciprocation items: a description of the materials for people who find them in the Hub. */
    @Size(max = DESCRIPTION_MAX, message = "{reciprocation.validation.description-too-long}")
    private String description = "";

    /** Reciprocation items: how others may reuse the materials. */
    @NotNull(message = "{reciprocation.validation.licence-required}")
    private Licence licence = Licence.recommended();

    /** Reciprocation items: how others should credit the materials. */
    @Size(max = ATTRIBUTION_MAX, message = "{reciprocation.validation.attribution-too-long}")
    private String attribution = "";

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note;
    }

    public List<LinkForm> getLinks() {
        return links;
    }

    public void setLinks(List<LinkForm> links) {
        this.links = new ArrayList<>(links);
    }

    public List<FileUpload> getFiles() {
        return files;
    }

    public void setFiles(List<FileUpload> files) {
        this.files = new ArrayList<>(files);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public Licence getLicence() {
        return licence;
    }

    public void setLicence(Licence licence) {
        this.licence = licence;
    }

    public String getAttribution() {
        return attribution;
    }

    public void setAttribution(String attribution) {
        this.attribution = attribution == null ? "" : attribution;
    }

    /** A link to something kept elsewhere (a recording, a shared folder). */
    public record LinkForm(
            @NotBlank(message = "{reciprocation.validation.link-title-required}")
            @Size(max = 200, message = "{reciprocation.validation.link-title-too-long}") String title,
            @NotBlank(message = "{reciprocation.validation.link-url-required}")
            @Size(max = 1000, message = "{reciprocation.validation.link-url-too-long}") String url) {
    }

    /** A file someone uploaded, still in memory. */
    public record FileUpload(String fileName, byte[] content) {

        public long size() {
            return content.length;
        }
    }
}
