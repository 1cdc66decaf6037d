package org.praxis.reciprocation.internal;

import org.apache.tika.Tika;
import org.praxis.platform.files.FileStorage;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps uploaded evidence files in the platform's {@link FileStorage}, area {@value #AREA}. A file's
 * storage key ({@code reciprocation/<random id>}, never the uploaded name) is kept with the evidence and
 * carried by {@code ReciprocationDelivered} materials, so the Hub can read the same file. Files written in
 * a transaction that rolls back are removed again. The media type is detected from the content (Apache
 * Tika), not taken from the browser; the size limit ({@code praxis.reciprocation.max-file-size}) is checked
 * by {@link AgreementService} before anything is written.
 */
@Component
class EvidenceFiles {

    static final String AREA = "reciprocation";

    private final FileStorage storage;
    private final long maxSize;
    private final Tika tika = new Tika();

    EvidenceFiles(FileStorage storage, ReciprocationProperties properties) {
        this.storage = storage;
        this.maxSize = properties.maxFileSize().toBytes();
    }

    long maxSize() {
        return maxSize;
    }

    /** A file as stored: its key, its detected media type and its size. */
    record Stored(String key, String mediaType, long size) {
    }

    Stored store(String originalName, byte[] content) {
        String key = storage.saveRemovedOnRollback(AREA, content);
        return new Stored(key, tika.detect(content, originalName), content.length);
    }

    /** The content of a stored file, to be closed by the caller; {@link java.nio.file.NoSuchFileException} if gone. */
    InputStream open(String key) throws IOException {
        return storage.open(key);
    }
}
