package org.crp.learning.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crp.learning.internal.LearningLinks;
import org.crp.learning.internal.LearningViews.Certificate;
import org.crp.learning.internal.ProgrammeService;
import org.crp.learning.internal.Translator;

import java.util.List;
import java.util.Locale;

/** The signed-in person's certificates of completion, each to download as a PDF. */
@Route(LearningLinks.CERTIFICATES)
@PageTitle("learning.certificates.title")
@Menu(title = "learning.menu.certificates", order = 670, icon = "vaadin:diploma")
@PermitAll
public class CertificatesView extends Main {

    public CertificatesView(ProgrammeService programme, I18NProvider i18n) {
        addClassName("praxis-view");
        add(new H1(getTranslation("learning.certificates.title")),
                new Paragraph(getTranslation("learning.certificates.intro")));
        List<Certificate> certificates = programme.myCertificates();
        if (certificates.isEmpty()) {
            add(new Paragraph(getTranslation("learning.certificates.empty")));
        }
        // The PDF is made in its own request: translate with the provider, not through the UI.
        Locale locale = getLocale();
        Translator texts = (key, arguments) -> i18n.getTranslation(key, locale, arguments);
        for (Certificate certificate : certificates) {
            Section section = new Section(new H2(certificate.runName()),
                    new Paragraph(getTranslation("learning.certificates.issued", LearningLabels.date(certificate.issuedOn()))),
                    new Paragraph(LearningLabels.download(getTranslation("learning.certificates.download", certificate.runName()),
                            () -> programme.certificatePdf(certificate.applicationId(), texts))));
            section.addClassName("praxis-card");
            add(section);
        }
    }
}
