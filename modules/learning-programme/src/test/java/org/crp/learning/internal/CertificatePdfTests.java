package org.crp.learning.internal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crp.learning.events.ApplicationId;
import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.internal.LearningViews.Certificate;
import org.junit.jupiter.api.Test;
import org.praxis.platform.PersonId;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate of completion opens as a PDF and says who completed what, and when. */
public class CertificatePdfTests {

    /** The module's own bundle, as the views translate it. */
    public static final Translator TEXTS = bundleTexts();

    static Translator bundleTexts() {
        Properties bundle = new Properties();
        try (InputStream in = CertificatePdfTests.class.getResourceAsStream("/i18n/learning.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return (key, arguments) -> arguments.length == 0 ? bundle.getProperty(key)
                : new MessageFormat(bundle.getProperty(key), Locale.UK).format(arguments);
    }

    static Certificate certificate(String name, int sessions) {
        return new Certificate(new ApplicationId(UUID.randomUUID()), new ProgrammeRunId(UUID.randomUUID()),
                "Community Research Partnerships Learning Programme 2026-27", LocalDate.of(2026, 10, 1),
                LocalDate.of(2028, 3, 31), new PersonId(UUID.randomUUID()), name, LocalDate.of(2028, 3, 24), sessions);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void namesTheParticipantTheRunItsDatesAndTheDayOfIssue() throws IOException {
        byte[] pdf = CertificatePdf.render(certificate("Kemi Adeyemi", 5), TEXTS);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text(pdf)).contains("Certificate of completion", "This is to certify that", "Kemi Adeyemi",
                "took part in and completed", "Community Research Partnerships Learning Programme 2026-27",
                "1 October 2026 to 31 March 2028", "5 learning sessions and events attended", "Issued on 24 March 2028");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Certificate of completion: Kemi Adeyemi, Community Research Partnerships Learning Programme 2026-27");
        }
    }

    @Test
    void namesInOtherLatinScriptsPrintAsWritten() throws IOException {
        assertThat(text(CertificatePdf.render(certificate("Zoë Ó Briain-Łukasiewicz", 1), TEXTS)))
                .contains("Zoë Ó Briain-Łukasiewicz", "One learning session attended");
    }

    @Test
    void aCharacterTheFontLacksBecomesAQuestionMarkInsteadOfFailing() throws IOException {
        assertThat(text(CertificatePdf.render(certificate("Sam 🌱 Okafor", 0), TEXTS))).contains("Sam ? Okafor");
    }

    @Test
    void aVeryLongNameStillFitsOnOnePage() throws IOException {
        String longName = "Dr Alexandra Catherine Montgomery-Fitzwilliam-Okonkwo-Ramaswamy of the Riverside Community Trust";
        assertThat(text(CertificatePdf.render(certificate(longName, 2), TEXTS))).contains("Montgomery-Fitzwilliam");
    }

    @Test
    void theFileIsNamedAfterTheParticipant() {
        assertThat(CertificatePdf.fileName(certificate("Kemi Adeyemi", 1))).isEqualTo("certificate-kemi-adeyemi.pdf");
        assertThat(CertificatePdf.fileName(certificate("李", 1))).isEqualTo("certificate.pdf");
    }
}
