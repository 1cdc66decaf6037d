package org.praxis.reciprocation.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.platform.Ids;
import org.praxis.reciprocation.events.AgreementId;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploaded files are kept below the files folder under safe names, with their type read from the content. */
class EvidenceFilesTests {

    @TempDir
    Path folder;

    @Test
    void storesUnderASafeNameAndDetectsTheType() throws Exception {
        EvidenceFiles files = new EvidenceFiles(new ReciprocationProperties(folder, DataSize.ofMegabytes(1),
                new ReciprocationProperties.Reminders("0 0 7 * * *", 7)));
        AgreementId agreement = new AgreementId(Ids.newId());
        UUID evidence = Ids.newId();
        byte[] pdf = "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

        EvidenceFiles.Stored stored = files.store(agreement, evidence, "C:\\Users\\jo\\Dealing with failure (v2).pdf", pdf);

        assertThat(stored.key()).isEqualTo("reciprocation/" + agreement + "/" + evidence + "/Dealing-with-failure-v2.pdf");
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(Files.readAllBytes(files.resolve(stored.key()))).isEqualTo(pdf);
    }

    @Test
    void namesAreSafeAndKeysCannotLeaveTheFolder() {
        assertThat(EvidenceFiles.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(EvidenceFiles.safeName("..")).isEqualTo("file");
        assertThat(EvidenceFiles.safeName("Café notes.txt")).isEqualTo("Cafe-notes.txt");
        assertThat(EvidenceFiles.safeName("x".repeat(300) + ".pptx")).hasSize(EvidenceFiles.NAME_MAX).endsWith(".pptx");

        EvidenceFiles files = new EvidenceFiles(new ReciprocationProperties(folder, DataSize.ofMegabytes(1),
                new ReciprocationProperties.Reminders("0 0 7 * * *", 7)));
        assertThatThrownBy(() -> files.resolve("../outside.txt")).isInstanceOf(IllegalArgumentException.class);
    }
}
