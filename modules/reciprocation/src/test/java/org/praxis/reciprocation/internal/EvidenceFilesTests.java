package org.praxis.reciprocation.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.platform.files.DiskFileStorage;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploaded files are kept in the platform's storage under keys that owe nothing to their names, typed by content. */
class EvidenceFilesTests {

    @TempDir
    Path folder;

    @Test
    void storesUnderARandomKeyAndDetectsTheType() throws Exception {
        DiskFileStorage storage = new DiskFileStorage(folder);
        EvidenceFiles files = new EvidenceFiles(storage, new ReciprocationProperties(DataSize.ofMegabytes(1),
                new ReciprocationProperties.Reminders("0 0 7 * * *", 7)));
        byte[] pdf = "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

        EvidenceFiles.Stored stored = files.store("C:\\Users\\jo\\..\\Dealing with failure (v2).pdf", pdf);

        assertThat(stored.key()).matches("reciprocation/[0-9a-f-]{36}");
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        try (var in = files.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(files.maxSize()).isEqualTo(DataSize.ofMegabytes(1).toBytes());
    }
}
