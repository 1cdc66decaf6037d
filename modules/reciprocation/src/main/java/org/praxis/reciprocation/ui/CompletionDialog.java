package org.praxis.reciprocation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.Licence;
import org.praxis.platform.ProblemException;
import org.praxis.platform.ui.UiFeedback;
import org.praxis.reciprocation.events.Side;
import org.praxis.reciprocation.internal.AgreementService;
import org.praxis.reciprocation.internal.AgreementViews.AgreementDetails;
import org.praxis.reciprocation.internal.AgreementViews.Item;
import org.praxis.reciprocation.internal.CompletionForm;
import org.praxis.reciprocation.internal.CompletionForm.FileUpload;
import org.praxis.reciprocation.internal.CompletionForm.LinkForm;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks an item done with its evidence: a note, links and files. For something the institution gives
 * back, it also asks how the materials may be shared (a licence explained in plain words, CC BY 4.0
 * suggested) and how to credit them; the materials then go to the Hub for moderation and sharing.
 */
class CompletionDialog extends Dialog {

    private final AgreementService agreements;
    private final AgreementDetails agreement;
    private final Item item;
    private final Runnable afterSave;
    private final boolean giveBack;

    private final TextArea note = new TextArea();
    private final List<LinkForm> links = new ArrayList<>();
    private final List<FileUpload> files = new ArrayList<>();
    private final UnorderedList linkList = new UnorderedList();
    private final UnorderedList fileList = new UnorderedList();
    private final TextArea description = new TextArea();
    private final RadioButtonGroup<Licence> licence = new RadioButtonGroup<>();
    private final Paragraph licenceExplained = new Paragraph();
    private final TextField attribution = new TextField();
    private final Div problems = new Div();

    CompletionDialog(AgreementService agreements, AgreementDetails agreement, Item item, String signedInName,
                     Runnable afterSave) {
        this.agreements = agreements;
        this.agreement = agreement;
        this.item = item;
        this.afterSave = afterSave;
        this.giveBack = item.side() == Side.RECIPROCATION;

        setHeaderTitle(getTranslation(giveBack ? "reciprocation.complete.title-deliver"
                : "reciprocation.complete.title", item.title()));
        add(new Paragraph(getTranslation(giveBack ? "reciprocation.complete.explain-deliver"
                : "reciprocation.complete.explain")));

        problems.addClassName("praxis-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        add(problems);

        note.setLabel(getTranslation("reciprocation.complete.note"));
        note.setHelperText(getTranslation("reciprocation.complete.note-help"));
        note.setMaxLength(CompletionForm.NOTE_MAX);
        note.setWidthFull();
        add(note);

        add(new H3(getTranslation("reciprocation.complete.links-heading")));
        TextField linkTitle = new TextField(getTranslation("reciprocation.complete.link-title"));
        linkTitle.setMaxLength(200);
        TextField linkUrl = new TextField(getTranslation("reciprocation.complete.link-url"));
        linkUrl.setMaxLength(1000);
        linkUrl.setHelperText(getTranslation("reciprocation.complete.link-url-help"));
        Button addLink = new Button(getTranslation("reciprocation.complete.add-link"), e -> {
            if (linkUrl.getValue().isBlank()) {
                linkUrl.setErrorMessage(getTranslation("reciprocation.validation.link-url-required"));
                linkUrl.setInvalid(true);
                return;
            }
            String title = linkTitle.getValue().isBlank() ? linkUrl.getValue().trim() : linkTitle.getValue().trim();
            links.add(new LinkForm(title, linkUrl.getValue().trim()));
            linkTitle.clear();
            linkUrl.clear();
            linkUrl.setInvalid(false);
            refreshLists();
        });
        HorizontalLayout linkRow = new HorizontalLayout(linkTitle, linkUrl, addLink);
        linkRow.setWrap(true);
        linkRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        linkList.getElement().setAttribute("aria-label", getTranslation("reciprocation.complete.links-heading"));
        add(linkRow, linkList);

        add(new H3(getTranslation("reciprocation.complete.files-heading")));
        long maxBytes = agreements.maxFileSize();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            if (bytes.length == 0) {
                UiFeedback.problem("reciprocation.validation.file-empty", metadata.fileName());
                return;
            }
            files.add(new FileUpload(metadata.fileName(), bytes));
            refreshLists();
        }));
        upload.setMaxFiles(10);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.getElement().setAttribute("aria-label", getTranslation("reciprocation.complete.files-heading"));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("reciprocation.upload.add-one"))
                        .setMany(getTranslation("reciprocation.upload.add-many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("reciprocation.upload.drop-one"))
                        .setMany(getTranslation("reciprocation.upload.drop-many")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("reciprocation.upload.too-big", maxBytes / (1024 * 1024)))
                        .setTooManyFiles(getTranslation("reciprocation.upload.too-many"))
                        .setIncorrectFileType(getTranslation("reciprocation.upload.wrong-type"))));
        upload.addFileRejectedListener(e -> UiFeedback.problem("reciprocation.upload.rejected", e.getErrorMessage()));
        fileList.getElement().setAttribute("aria-label", getTranslation("reciprocation.complete.files-heading"));
        add(new Paragraph(getTranslation("reciprocation.complete.files-help", maxBytes / (1024 * 1024))), upload,
                fileList);

        if (giveBack) {
            add(new H3(getTranslation("reciprocation.complete.sharing-heading")));
            description.setLabel(getTranslation("reciprocation.complete.description"));
            description.setHelperText(getTranslation("reciprocation.complete.description-help"));
            description.setMaxLength(CompletionForm.DESCRIPTION_MAX);
            description.setValue(item.details());
            description.setWidthFull();

            licence.setLabel(getTranslation("reciprocation.complete.licence"));
            licence.setItems(Licence.values());
            licence.setItemLabelGenerator(l -> getTranslation("platform.licence." + l.name()));
            licence.addThemeName("vertical");
            licence.setRequiredIndicatorVisible(true);
            licence.addValueChangeListener(e -> explainLicence());
            licence.setValue(Licence.recommended());
            licenceExplained.getElement().setAttribute("aria-live", "polite");
            licenceExplained.addClassName("praxis-licence-explained");

            attribution.setLabel(getTranslation("reciprocation.complete.attribution"));
            attribution.setHelperText(getTranslation("reciprocation.complete.attribution-help"));
            attribution.setMaxLength(CompletionForm.ATTRIBUTION_MAX);
            attribution.setRequiredIndicatorVisible(true);
            attribution.setValue(signedInName + ", " + agreement.organisationName());
            attribution.setWidthFull();
            add(description, licence, licenceExplained, attribution);
        }

        Button done = new Button(getTranslation(giveBack ? "reciprocation.complete.confirm-deliver"
                : "reciprocation.complete.confirm"), e -> save());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), done);
        setWidth("min(52rem, 100vw)");
        refreshLists();
    }

    private void explainLicence() {
        Licence chosen = licence.getValue();
        licenceExplained.setText(chosen == null ? "" : getTranslation("platform.licence-explained." + chosen.name()));
    }

    private void refreshLists() {
        linkList.removeAll();
        for (LinkForm link : List.copyOf(links)) {
            Button remove = new Button(getTranslation("reciprocation.complete.remove"), e -> {
                links.remove(link);
                refreshLists();
            });
            remove.getElement().setAttribute("aria-label", getTranslation("reciprocation.complete.remove-named", link.title()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            linkList.add(new ListItem(new com.vaadin.flow.component.html.Span(link.title() + " – " + link.url()), remove));
        }
        fileList.removeAll();
        for (FileUpload file : List.copyOf(files)) {
            Button remove = new Button(getTranslation("reciprocation.complete.remove"), e -> {
                files.remove(file);
                refreshLists();
            });
            remove.getElement().setAttribute("aria-label", getTranslation("reciprocation.complete.remove-named", file.fileName()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            fileList.add(new ListItem(new com.vaadin.flow.component.html.Span(getTranslation(
                    "reciprocation.complete.file-line", file.fileName(), Math.max(1, file.size() / 1024))), remove));
        }
    }

    private void save() {
        CompletionForm form = new CompletionForm();
        form.setNote(note.getValue());
        form.setLinks(links);
        form.setFiles(files);
        if (giveBack) {
            form.setDescription(description.getValue());
            form.setLicence(licence.getValue() == null ? Licence.recommended() : licence.getValue());
            form.setAttribution(attribution.getValue());
        }
        try {
            agreements.complete(agreement.id(), item.id(), form);
            UiFeedback.success(giveBack ? "reciprocation.complete.delivered" : "reciprocation.complete.done");
            close();
            afterSave.run();
        } catch (InvalidInputException invalid) {
            showProblems(invalid.problems().stream().map(this::getTranslation).toList());
        } catch (ProblemException problem) {
            showProblems(List.of(getTranslation(problem.messageKey(), problem.arguments())));
        }
    }

    private void showProblems(List<String> texts) {
        problems.removeAll();
        problems.setVisible(!texts.isEmpty());
        UnorderedList list = new UnorderedList();
        texts.forEach(text -> list.add(new ListItem(text)));
        problems.add(new Paragraph(getTranslation("reciprocation.problems")), list);
    }
}
