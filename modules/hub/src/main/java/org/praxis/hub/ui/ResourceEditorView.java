package org.praxis.hub.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.AccessibilityFeature;
import org.praxis.hub.internal.Format;
import org.praxis.hub.internal.HubFilesProperties;
import org.praxis.hub.internal.HubViews.FileInfo;
import org.praxis.hub.internal.HubViews.ResourceDetails;
import org.praxis.hub.internal.HubViews.ResourceRef;
import org.praxis.hub.internal.Level;
import org.praxis.hub.internal.ResourceForm;
import org.praxis.hub.internal.ResourceService;
import org.praxis.hub.internal.ResourceStatus;
import org.praxis.hub.internal.Vocabulary;
import org.praxis.hub.internal.VocabularyService;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.Licence;
import org.praxis.platform.ProblemException;
import org.praxis.platform.ui.UiFeedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Share a resource, or revise one: what it is, who it is for, how people can use it (licence), files
 * and links. Saving needs a title and a type; publishing later also needs a plain-language summary,
 * which the form asks for up front. Moderators use the same form to tidy a submission.
 */
@Route("hub/submit/:id?")
@PageTitle("hub.editor.title")
@PermitAll
public class ResourceEditorView extends Main implements BeforeEnterObserver {

    private final ResourceService resources;
    private final VocabularyService vocabularies;
    private final Binder<ResourceForm> binder = new Binder<>(ResourceForm.class);
    private final H1 heading = new H1();
    private final Div problems = new Div();
    private final TextField whatChanged = new TextField();
    private final Div filesSection = new Div();
    private final Button submit = new Button();
    private final TextArea links = new TextArea();
    private @Nullable ResourceId id;
    private int version;
    private ResourceStatus status = ResourceStatus.DRAFT;

    public ResourceEditorView(ResourceService resources, VocabularyService vocabularies, HubFilesProperties files) {
        this.resources = resources;
        this.vocabularies = vocabularies;
        addClassName("praxis-view");

        Select<String> type = new Select<>();
        type.setLabel(getTranslation("hub.field.type"));
        Map<String, String> typeLabels = vocabularies.labels(Vocabulary.TYPE);
        type.setItems(vocabularies.active(Vocabulary.TYPE).stream().map(t -> t.code()).toList());
        type.setItemLabelGenerator(code -> code == null ? "" : typeLabels.getOrDefault(code, code));
        type.setRequiredIndicatorVisible(true);
        TextField title = new TextField(getTranslation("hub.field.title"));
        title.setMaxLength(ResourceForm.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        TextArea plainSummary = new TextArea(getTranslation("hub.field.plain-summary"));
        plainSummary.setHelperText(getTranslation("hub.field.plain-summary-help"));
        plainSummary.setMaxLength(ResourceForm.SUMMARY_MAX);
        plainSummary.setRequiredIndicatorVisible(true);
        TextArea summary = new TextArea(getTranslation("hub.field.summary"));
        summary.setMaxLength(ResourceForm.SUMMARY_MAX);
        TextArea body = new TextArea(getTranslation("hub.field.body"));
        body.setHelperText(getTranslation("hub.field.body-help"));
        body.setMaxLength(ResourceForm.BODY_MAX);
        body.setMinHeight("10rem");

        MultiSelectComboBox<String> beneficiaries = termsPicker(Vocabulary.BENEFICIARY, "hub.field.beneficiaries");
        MultiSelectComboBox<String> stakeholders = termsPicker(Vocabulary.STAKEHOLDER, "hub.field.stakeholders");
        MultiSelectComboBox<String> principles = termsPicker(Vocabulary.PRINCIPLE, "hub.field.principles");
        MultiSelectComboBox<String> keywords = termsPicker(Vocabulary.KEYWORD, "hub.field.keywords");
        RadioButtonGroup<Level> level = new RadioButtonGroup<>(getTranslation("hub.field.level"));
        level.setItems(Level.values());
        level.setItemLabelGenerator(l -> getTranslation("hub.level." + l.name()));
        level.setHelperText(getTranslation("hub.field.level-help"));
        CheckboxGroup<Format> formats = new CheckboxGroup<>(getTranslation("hub.field.formats"));
        formats.setItems(Format.values());
        formats.setItemLabelGenerator(f -> getTranslation("hub.format." + f.name()));
        CheckboxGroup<AccessibilityFeature> accessibility = new CheckboxGroup<>(getTranslation("hub.field.accessibility"));
        accessibility.setItems(AccessibilityFeature.values());
        accessibility.setItemLabelGenerator(a -> getTranslation("hub.accessibility." + a.name()));
        TextArea accessibilityNotes = new TextArea(getTranslation("hub.field.accessibility-notes"));
        accessibilityNotes.setMaxLength(ResourceForm.NOTES_MAX);

        TextField owner = new TextField(getTranslation("hub.field.owner"));
        owner.setHelperText(getTranslation("hub.field.owner-help"));
        owner.setMaxLength(200);
        TextField contributors = new TextField(getTranslation("hub.field.contributors"));
        contributors.setMaxLength(500);
        RadioButtonGroup<Licence> licence = new RadioButtonGroup<>(getTranslation("hub.field.licence"));
        licence.setItems(Licence.values());
        licence.setItemLabelGenerator(l -> getTranslation("platform.licence." + l.name()));
        licence.addThemeName("vertical");
        Paragraph licenceExplained = new Paragraph();
        licenceExplained.getElement().setAttribute("aria-live", "polite");
        licence.addValueChangeListener(e -> licenceExplained.setText(e.getValue() == null ? ""
                : getTranslation("platform.licence-explained." + e.getValue().name())));
        TextArea ipNotes = new TextArea(getTranslation("hub.field.ip-notes"));
        ipNotes.setHelperText(getTranslation("hub.field.ip-notes-help"));
        ipNotes.setMaxLength(ResourceForm.NOTES_MAX);
        TextField contact = new TextField(getTranslation("hub.field.contact"));
        contact.setMaxLength(320);
        DatePicker reviewBy = new DatePicker(getTranslation("hub.field.review-by"));
        reviewBy.setHelperText(getTranslation("hub.field.review-by-help"));
        ComboBox<ResourceRef> adaptedFrom = new ComboBox<>(getTranslation("hub.field.adapted-from"));
        adaptedFrom.setHelperText(getTranslation("hub.field.adapted-from-help"));
        adaptedFrom.setItems(query -> resources.findPublished(query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        adaptedFrom.setItemLabelGenerator(ref -> ref.ownerOrganisationName().isBlank() ? ref.title()
                : ref.title() + " – " + ref.ownerOrganisationName());
        adaptedFrom.setClearButtonVisible(true);
        links.setLabel(getTranslation("hub.field.links"));
        links.setHelperText(getTranslation("hub.field.links-help"));

        binder.forField(type).asRequired(getTranslation("hub.validation.type-required"))
                .bind(ResourceForm::getType, ResourceForm::setType);
        binder.forField(title).asRequired(getTranslation("hub.validation.title-required"))
                .withValidator(new StringLengthValidator(getTranslation("hub.validation.title-too-long"), 1,
                        ResourceForm.TITLE_MAX))
                .bind(ResourceForm::getTitle, ResourceForm::setTitle);
        binder.forField(plainSummary).bind(ResourceForm::getPlainSummary, ResourceForm::setPlainSummary);
        binder.forField(summary).bind(ResourceForm::getSummary, ResourceForm::setSummary);
        binder.forField(body).bind(ResourceForm::getBody, ResourceForm::setBody);
        binder.forField(beneficiaries).bind(ResourceForm::getBeneficiaries, ResourceForm::setBeneficiaries);
        binder.forField(stakeholders).bind(ResourceForm::getStakeholders, ResourceForm::setStakeholders);
        binder.forField(principles).bind(ResourceForm::getPrinciples, ResourceForm::setPrinciples);
        binder.forField(keywords).bind(ResourceForm::getKeywords, ResourceForm::setKeywords);
        binder.forField(level).bind(ResourceForm::getLevel, ResourceForm::setLevel);
        binder.forField(formats).bind(ResourceForm::getFormats, ResourceForm::setFormats);
        binder.forField(accessibility).bind(ResourceForm::getAccessibility, ResourceForm::setAccessibility);
        binder.forField(accessibilityNotes).bind(ResourceForm::getAccessibilityNotes, ResourceForm::setAccessibilityNotes);
        binder.forField(owner).bind(ResourceForm::getOwnerOrganisationName, ResourceForm::setOwnerOrganisationName);
        binder.forField(contributors).bind(ResourceForm::getContributors, ResourceForm::setContributors);
        binder.forField(licence).bind(ResourceForm::getLicence, ResourceForm::setLicence);
        binder.forField(ipNotes).bind(ResourceForm::getIpNotes, ResourceForm::setIpNotes);
        binder.forField(contact).bind(ResourceForm::getContact, ResourceForm::setContact);
        binder.forField(reviewBy).bind(ResourceForm::getReviewBy, ResourceForm::setReviewBy);
        binder.forField(adaptedFrom).bind(
                form -> form.getAdaptedFrom() == null ? null : resources.describe(form.getAdaptedFrom()).orElse(null),
                (form, ref) -> form.setAdaptedFrom(ref == null ? null : ref.id()));

        problems.addClassName("praxis-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        whatChanged.setLabel(getTranslation("hub.field.what-changed"));
        whatChanged.setHelperText(getTranslation("hub.field.what-changed-help"));
        whatChanged.setMaxLength(1000);
        whatChanged.setWidthFull();
        whatChanged.setVisible(false);

        FormLayout what = new FormLayout(type, title, plainSummary, summary, body);
        what.setColspan(plainSummary, 2);
        what.setColspan(summary, 2);
        what.setColspan(body, 2);
        FormLayout who = new FormLayout(beneficiaries, stakeholders, principles, keywords, level);
        FormLayout access = new FormLayout(formats, accessibility, accessibilityNotes);
        access.setColspan(accessibilityNotes, 2);
        FormLayout rights = new FormLayout(owner, contributors, licence, licenceExplained, ipNotes, contact, reviewBy,
                adaptedFrom);
        rights.setColspan(licence, 2);
        rights.setColspan(licenceExplained, 2);
        rights.setColspan(ipNotes, 2);

        // Vaadin calls this inside UI.access, with the whole file in memory (size capped below).
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> attach(metadata.fileName(), data)));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, files.maxSize().toBytes()));
        upload.addFileRejectedListener(e -> UiFeedback.problem("hub.file.too-large-or-wrong", files.maxSize().toMegabytes()));
        upload.setMaxFiles(10);
        filesSection.add(new H2(getTranslation("hub.editor.section-files")),
                new Paragraph(getTranslation("hub.editor.files-help", files.maxSize().toMegabytes())), upload);

        Button save = new Button(getTranslation("hub.editor.save"), e -> {
            if (store()) {
                UiFeedback.success("hub.editor.saved");
            }
        });
        submit.setText(getTranslation("hub.editor.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        Button cancel = new Button(getTranslation("action.cancel"), e -> getUI().ifPresent(ui -> {
            if (id == null) {
                ui.navigate(MySubmissionsView.class);
            } else {
                ui.navigate(ResourceView.class, new RouteParameters("id", id.toString()));
            }
        }));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        add(heading, new Paragraph(getTranslation("hub.editor.intro")), problems,
                new H2(getTranslation("hub.editor.section-what")), what,
                new H2(getTranslation("hub.editor.section-who")), who,
                new H2(getTranslation("hub.editor.section-access")), access,
                new H2(getTranslation("hub.editor.section-rights")), rights,
                new H2(getTranslation("hub.editor.section-links")), links,
                filesSection, whatChanged, new HorizontalLayout(submit, save, cancel));
    }

    private MultiSelectComboBox<String> termsPicker(Vocabulary vocabulary, String labelKey) {
        MultiSelectComboBox<String> picker = new MultiSelectComboBox<>(getTranslation(labelKey));
        Map<String, String> labels = vocabularies.labels(vocabulary);
        picker.setItems(vocabularies.active(vocabulary).stream().map(t -> t.code()).toList());
        picker.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
        return picker;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String idParameter = event.getRouteParameters().get("id").orElse(null);
        if (idParameter == null) {
            id = null;
            version = 0;
            status = ResourceStatus.DRAFT;
            heading.setText(getTranslation("hub.editor.title-new"));
            ResourceForm blank = new ResourceForm();
            event.getLocation().getQueryParameters().getParameters().getOrDefault("adaptedFrom", List.of()).stream()
                    .findFirst().ifPresent(from -> {
                        try {
                            blank.setAdaptedFrom(new ResourceId(UUID.fromString(from)));
                        } catch (IllegalArgumentException ignored) {
                            // not an id: leave it empty
                        }
                    });
            binder.readBean(blank);
            links.setValue("");
            showFiles(List.of());
            updateForStatus();
            return;
        }
        try {
            ResourceDetails resource = resources.get(new ResourceId(UUID.fromString(idParameter)));
            id = resource.id();
            version = resource.version();
            status = resource.status();
            heading.setText(getTranslation("hub.editor.title-edit"));
            binder.readBean(resource.content());
            links.setValue(formatLinks(resource.content().getLinks()));
            showFiles(resource.files());
            updateForStatus();
        } catch (IllegalArgumentException | ProblemException notFound) {
            UiFeedback.problem("hub.error.not-found");
            event.forwardTo(MySubmissionsView.class);
        }
    }

    private void updateForStatus() {
        boolean published = status == ResourceStatus.PUBLISHED;
        whatChanged.setVisible(status == ResourceStatus.CHANGES_REQUESTED || published);
        whatChanged.setValue("");
        submit.setText(getTranslation(status == ResourceStatus.CHANGES_REQUESTED ? "hub.editor.resubmit"
                : "hub.editor.submit"));
        submit.setVisible(status.editableBySubmitter());
    }

    private void showFiles(List<FileInfo> files) {
        filesSection.getChildren().filter(c -> c instanceof UnorderedList || c.getId().orElse("").equals("files-hint"))
                .toList().forEach(filesSection::remove);
        if (id == null) {
            Paragraph hint = new Paragraph(getTranslation("hub.editor.save-before-files"));
            hint.setId("files-hint");
            filesSection.add(hint);
            filesSection.getChildren().filter(c -> c instanceof Upload).forEach(c -> c.setVisible(false));
            return;
        }
        filesSection.getChildren().filter(c -> c instanceof Upload).forEach(c -> c.setVisible(true));
        UnorderedList list = new UnorderedList();
        for (FileInfo file : files) {
            Button remove = new Button(getTranslation("hub.editor.remove-file", file.fileName()), e -> {
                try {
                    resources.removeFile(Objects.requireNonNull(id), file.id());
                    showFiles(resources.get(id).files());
                } catch (ProblemException problem) {
                    UiFeedback.problem(problem);
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(new ListItem(new Span(file.fileName() + " (" + HubLabels.megabytes(file.sizeBytes()) + ") "), remove));
        }
        filesSection.add(list);
    }

    /** Keeps an uploaded file with the resource; refusals (disguised, too large, unwanted kind) are explained. */
    void attach(String fileName, byte[] data) {
        if (id == null) {
            UiFeedback.problem("hub.editor.save-before-files");
            return;
        }
        try {
            FileInfo file = resources.attachFile(id, fileName, data);
            UiFeedback.success("hub.editor.file-added", file.fileName());
            showFiles(resources.get(id).files());
        } catch (ProblemException problem) {
            UiFeedback.problem(problem);
        }
    }

    private boolean store() {
        ResourceForm form = new ResourceForm();
        if (!binder.writeBeanIfValid(form)) {
            return false;
        }
        try {
            form.setLinks(parseLinks(links.getValue()));
        } catch (InvalidInputException invalid) {
            showProblems(invalid.problems());
            return false;
        }
        boolean stored = UiFeedback.attempt(() -> {
            if (id == null) {
                id = resources.create(form);
                version = 0;
                showFiles(List.of());
            } else {
                resources.update(id, version, form, whatChanged.getValue());
                version++;
            }
        }, this::showProblems);
        if (stored) {
            showProblems(List.of());
        }
        return stored;
    }

    private void submit() {
        if (!store()) {
            return;
        }
        ResourceId submitted = Objects.requireNonNull(id);
        if (UiFeedback.attempt(() -> resources.submit(submitted, version, whatChanged.getValue()), this::showProblems)) {
            UiFeedback.success("hub.editor.submitted");
            getUI().ifPresent(ui -> ui.navigate(ResourceView.class, new RouteParameters("id", submitted.toString())));
        }
    }

    /** "Title https://address" per line; the last word starting with http(s) is the address. */
    static List<ResourceForm.Link> parseLinks(String text) {
        List<ResourceForm.Link> links = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String clean = line.strip();
            if (clean.isEmpty()) {
                continue;
            }
            int space = clean.lastIndexOf(' ');
            String url = space < 0 ? clean : clean.substring(space + 1);
            String title = space < 0 ? clean : clean.substring(0, space).strip();
            if (title.isEmpty()) {
                title = url;
            }
            links.add(new ResourceForm.Link(title.length() > 200 ? title.substring(0, 200) : title, url));
        }
        return links;
    }

    private static String formatLinks(List<ResourceForm.Link> links) {
        return String.join("\n", links.stream().map(l -> l.title() + " " + l.url()).toList());
    }

    private void showProblems(List<String> keys) {
        problems.removeAll();
        problems.setVisible(!keys.isEmpty());
        if (!keys.isEmpty()) {
            UnorderedList list = new UnorderedList();
            keys.forEach(key -> list.add(new ListItem(getTranslation(key))));
            problems.add(new Paragraph(getTranslation("hub.editor.problems")), list);
        }
    }

}
