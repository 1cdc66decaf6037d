package org.praxis.coproduction.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.praxis.coproduction.internal.CoproductionViews.Coproducer;
import org.praxis.coproduction.internal.PayService;
import org.praxis.coproduction.internal.RecognitionService;
import org.praxis.coproduction.internal.RecognitionViews.Download;
import org.praxis.coproduction.internal.RecognitionViews.RoleLine;
import org.praxis.coproduction.internal.RecognitionViews.WorkRecord;
import org.praxis.coproduction.internal.Texts;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.PersonId;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.platform.Roles;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Recognition: a co-producer's record of roles and hours with a CSV to keep and a certificate (PDF). A co-producer
 * sees their own; the team chooses anyone's.
 */
@Route("coproduction/recognition")
@PageTitle("coproduction.recognition.title")
@Menu(title = "coproduction.menu.recognition", order = 89.5, icon = "vaadin:diploma")
@RolesAllowed({Roles.PROGRAMME_TEAM, Roles.CO_PRODUCER})
public class RecognitionView extends Main {

    private final RecognitionService recognition;
    private final Texts texts;
    private final Div record = new Div();

    public RecognitionView(RecognitionService recognition, PayService pay, CurrentUser currentUser,
                           I18NProvider i18n) {
        this.recognition = recognition;
        // The PDF is made in its own request: translate with the provider, not through the UI.
        Locale locale = getLocale();
        this.texts = (key, arguments) -> i18n.getTranslation(key, locale, arguments);
        addClassName("praxis-view");
        add(new H1(getTranslation("coproduction.recognition.title")));
        if (currentUser.hasRole(Role.PROGRAMME_TEAM)) {
            Select<Coproducer> who = new Select<>();
            who.setLabel(getTranslation("coproduction.recognition.who"));
            who.setItems(pay.coproducers());
            who.setItemLabelGenerator(Coproducer::name);
            who.addValueChangeListener(e -> show(e.getValue() == null ? null : e.getValue().person()));
            add(new Paragraph(getTranslation("coproduction.recognition.team-intro")), who, record);
        } else {
            add(new Paragraph(getTranslation("coproduction.recognition.intro")), record);
            show(currentUser.require().personId());
        }
    }

    private void show(PersonId person) {
        record.removeAll();
        if (person == null) {
            return;
        }
        WorkRecord work;
        try {
            work = recognition.record(person);
        } catch (ProblemException notACoproducer) {
            record.add(new Paragraph(getTranslation("coproduction.error.no-agreement")));
            return;
        }
        Section section = new Section(new Paragraph(getTranslation("coproduction.recognition.since", work.name(),
                CoproductionLabels.date(work.coproducerSince()))),
                new Paragraph(getTranslation("coproduction.recognition.total",
                        work.totalHours().stripTrailingZeros().toPlainString(), work.totalSessions())));
        section.addClassName("praxis-card");
        if (work.roles().isEmpty()) {
            section.add(new Paragraph(getTranslation("coproduction.recognition.no-roles")));
        } else {
            section.add(table(work));
        }
        section.add(new Div(download("coproduction.recognition.download-record", () -> recognition.recordCsv(person))),
                new Div(download("coproduction.recognition.download-certificate",
                        () -> recognition.certificatePdf(person, texts))));
        record.add(section);
    }

    private NativeTable table(WorkRecord work) {
        NativeTable table = new NativeTable();
        table.setCaptionText(getTranslation("coproduction.recognition.caption"));
        NativeTableRow head = table.getHead().addRow();
        for (String column : new String[]{"project", "element", "role", "hours", "sessions", "dates"}) {
            head.addHeaderCell().setText(getTranslation("coproduction.recognition." + column));
        }
        for (RoleLine line : work.roles()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(line.project());
            row.addHeaderCell().setText(line.element());
            row.addDataCell().setText(getTranslation(line.lead() ? "coproduction.recognition.role-lead"
                    : "coproduction.recognition.role-coproducer"));
            row.addDataCell().setText(line.hours().stripTrailingZeros().toPlainString());
            row.addDataCell().setText(String.valueOf(line.sessions()));
            row.addDataCell().setText(line.firstDay() == null ? "" : CoproductionLabels.date(line.firstDay())
                    + (line.lastDay() == null || line.lastDay().equals(line.firstDay()) ? ""
                    : " – " + CoproductionLabels.date(line.lastDay())));
        }
        return table;
    }

    private com.vaadin.flow.component.html.Anchor download(String labelKey, Supplier<Download> file) {
        // The file name is known only once made; the link names it by what it is.
        return CoproductionLabels.download(getTranslation(labelKey),
                labelKey.endsWith("certificate") ? "co-production-certificate.pdf" : "co-production-record.csv",
                labelKey.endsWith("certificate") ? "application/pdf" : "text/csv", () -> file.get().content());
    }
}
