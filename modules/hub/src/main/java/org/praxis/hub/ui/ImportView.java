package org.praxis.hub.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.praxis.hub.internal.ImportService;
import org.praxis.hub.internal.ImportService.Outcome;
import org.praxis.hub.internal.ImportService.Preview;
import org.praxis.hub.internal.ImportService.PreviewItem;
import org.praxis.platform.Licence;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Roles;
import org.praxis.platform.ui.UiFeedback;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Bulk import of case studies from a text file: upload (or paste), check the preview — new, already
 * imported, values that match no vocabulary term, malformed blocks with their lines — then confirm.
 * The import runs in the background with a progress bar; it saves all new case studies or none.
 */
@Route("hub/admin/import")
@PageTitle("hub.import.title")
@Menu(title = "hub.menu.import", order = 91, icon = "vaadin:upload-alt")
@RolesAllowed(Roles.ADMIN)
public class ImportView extends Main {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportView.class);

    private final ImportService imports;
    private final TextArea text = new TextArea();
    private final TextField source = new TextField();
    private final TextField owner = new TextField();
    private final Select<Licence> licence = new Select<>();
    private final Div previewArea = new Div();
    private final Button confirm = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div progressArea = new Div();
    private @Nullable Preview preview;
    private String previewedText = "";

    private final SecurityContextHolderStrategy securityContexts;

    public ImportView(ImportService imports, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.imports = imports;
        // The application's own strategy (Vaadin registers one), so the background import acts as this admin.
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        addClassName("praxis-view");

        // Vaadin calls this inside UI.access, with the whole file in memory (size capped below).
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> loaded(metadata.fileName(), data)));
        upload.setAcceptedFileTypes("text/plain", ".txt");
        upload.setMaxFileSize(ImportService.MAX_CHARS);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> UiFeedback.problem("hub.import.file-rejected"));
        upload.setId("case-study-upload");

        text.setLabel(getTranslation("hub.import.text"));
        text.setHelperText(getTranslation("hub.import.text-help"));
        text.setWidthFull();
        text.setHeight("12rem");
        Button check = new Button(getTranslation("hub.import.preview"), e -> preview());
        source.setLabel(getTranslation("hub.import.source"));
        source.setValue("Case studies");
        source.setMaxLength(200);
        owner.setLabel(getTranslation("hub.import.owner"));
        owner.setHelperText(getTranslation("hub.import.owner-help"));
        owner.setMaxLength(200);
        licence.setLabel(getTranslation("hub.field.licence"));
        licence.setItems(Licence.values());
        licence.setItemLabelGenerator(l -> getTranslation("platform.licence." + l.name()));
        licence.setValue(Licence.recommended());
        licence.setHelperText(getTranslation("platform.licence-explained." + Licence.recommended().name()));
        licence.addValueChangeListener(e -> licence.setHelperText(e.getValue() == null ? ""
                : getTranslation("platform.licence-explained." + e.getValue().name())));

        confirm.setText(getTranslation("hub.import.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> startImport());
        progress.setMin(0);
        progress.setMax(1);
        progress.setId("import-progress");
        progress.getElement().setAttribute("aria-labelledby", "import-progress-text");
        progressText.setId("import-progress-text");
        progressArea.add(progress, progressText);
        progressArea.getElement().setAttribute("role", "status");
        progressArea.getElement().setAttribute("aria-live", "polite");
        progressArea.setVisible(false);

        add(new H1(getTranslation("hub.import.title")), new Paragraph(getTranslation("hub.import.intro")),
                new H2(getTranslation("hub.import.step-file")), upload, text, check,
                new H2(getTranslation("hub.import.step-preview")), previewArea,
                new H2(getTranslation("hub.import.step-confirm")), new HorizontalLayout(source, owner), licence, confirm,
                progressArea);
    }

    void loaded(String fileName, byte[] data) {
        text.setValue(new String(data, StandardCharsets.UTF_8));
        source.setValue(fileName.length() > 200 ? fileName.substring(0, 200) : fileName);
        preview();
    }

    private void preview() {
        previewArea.removeAll();
        confirm.setEnabled(false);
        preview = null;
        try {
            preview = imports.preview(text.getValue());
            previewedText = text.getValue();
        } catch (ProblemException problem) {
            previewArea.add(new Paragraph(getTranslation(problem.messageKey(), problem.arguments())));
            return;
        }
        Paragraph counts = new Paragraph(getTranslation("hub.import.counts", preview.count(Outcome.NEW),
                preview.count(Outcome.ALREADY_IMPORTED), preview.count(Outcome.MALFORMED)));
        counts.getElement().setAttribute("role", "status");
        previewArea.add(counts);
        if (preview.count(Outcome.MALFORMED) > 0) {
            Div problems = new Div(new Paragraph(getTranslation("hub.import.fix-first")));
            problems.addClassName("praxis-problems");
            previewArea.add(problems);
        }
        Grid<PreviewItem> grid = new Grid<>();
        grid.addColumn(i -> getTranslation("hub.import.lines", i.firstLine(), i.lastLine()))
                .setHeader(getTranslation("hub.import.column.lines")).setAutoWidth(true);
        grid.addColumn(PreviewItem::title).setHeader(getTranslation("hub.field.title")).setFlexGrow(3);
        grid.addColumn(i -> getTranslation("hub.import.outcome." + i.outcome().name())
                        + (i.problem().isBlank() ? "" : ": " + getTranslation(i.problem())))
                .setHeader(getTranslation("hub.import.column.outcome")).setFlexGrow(2);
        grid.addColumn(this::matched).setHeader(getTranslation("hub.import.column.matched")).setFlexGrow(3);
        grid.addColumn(i -> i.unmatched().isEmpty() ? getTranslation("hub.import.all-matched")
                        : getTranslation("hub.import.not-matched", String.join("; ", i.unmatched())))
                .setHeader(getTranslation("hub.import.column.unmatched")).setFlexGrow(2);
        grid.setItems(preview.items());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("hub.import.step-preview"));
        previewArea.add(grid);
        confirm.setEnabled(preview.canImport());
    }

    private String matched(PreviewItem item) {
        return item.matchedLabels().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> getTranslation("hub.vocabulary." + e.getKey().name()) + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    private void startImport() {
        Preview checked = preview;
        if (checked == null || !checked.canImport()) {
            return;
        }
        String toImport = previewedText;
        int blocks = checked.items().size();
        ImportService.Settings settings = new ImportService.Settings(source.getValue().strip(), owner.getValue().strip(),
                licence.getValue() == null ? Licence.recommended() : licence.getValue());
        UI ui = UI.getCurrent();
        confirm.setEnabled(false);
        progressArea.setVisible(true);
        progress.setValue(0);
        progressText.setText(getTranslation("hub.import.progress", 0, blocks));
        ui.setPollInterval(500);
        Runnable work = () -> {
            try {
                ImportService.Result result = imports.confirm(toImport, settings, done -> ui.access(() -> {
                    progress.setValue(done / (double) blocks);
                    progressText.setText(getTranslation("hub.import.progress", done, blocks));
                }));
                ui.access(() -> finished(result, null));
            } catch (ProblemException problem) {
                ui.access(() -> finished(null, problem));
            } catch (RuntimeException unexpected) {
                log.warn("Case-study import failed", unexpected);
                ui.access(() -> finished(null, new ProblemException("error.unexpected")));
            }
        };
        // Act as this admin in the background thread, for method security (the application's strategy) and for
        // code that reads the static holder (they differ only when several applications share one JVM, as in tests).
        SecurityContext admin = securityContexts.getContext();
        Runnable asAdmin = () -> {
            securityContexts.setContext(admin);
            SecurityContextHolder.setContext(admin);
            try {
                work.run();
            } finally {
                securityContexts.clearContext();
                SecurityContextHolder.clearContext();
            }
        };
        Thread.ofVirtual().name("hub-import").start(asAdmin);
    }

    private void finished(ImportService.@Nullable Result result, @Nullable ProblemException problem) {
        UI.getCurrent().setPollInterval(-1);
        if (problem != null) {
            progressText.setText(getTranslation(problem.messageKey(), problem.arguments()));
            UiFeedback.problem(problem);
            confirm.setEnabled(true);
            return;
        }
        progress.setValue(1);
        progressText.setText(getTranslation("hub.import.done", result.created(), result.skipped()));
        UiFeedback.success("hub.import.done", result.created(), result.skipped());
        preview();
    }

    /** For tests and screen readers: the current progress line. */
    String progressLine() {
        return progressText.getText();
    }

}
