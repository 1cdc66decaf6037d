package org.praxis.hub.internal;

import org.praxis.hub.events.ResourceId;
import org.praxis.hub.internal.HubViews.FileInfo;
import org.praxis.platform.Ids;
import org.praxis.platform.ProblemException;
import org.praxis.platform.files.FileStorage;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * The Hub's files: checks a file (size, real type from its content, text for search) and keeps it with a
 * resource, in the platform's {@link FileStorage}, area {@value #AREA}, under a random key (never the
 * uploaded name, so no path tricks). Used for uploads and for files delivered with a reciprocation
 * agreement alike. A file kept in a transaction that rolls back is removed again.
 */
@Component
class FileStore {

    static final String AREA = "hub";

    private final FileStorage storage;
    private final FileInspector inspector;
    private final JooqResourceRepository repository;
    private final DataSize maxSize;

    FileStore(FileStorage storage, FileInspector inspector, JooqResourceRepository repository,
              HubFilesProperties properties) {
        this.storage = storage;
        this.inspector = inspector;
        this.repository = repository;
        this.maxSize = properties.maxSize();
    }

    /**
     * Checks the file and keeps it with the resource. Throws a {@link ProblemException}, before anything is
     * written, for a file that is too large, empty, not what its name says or of a kind the Hub does not keep.
     */
    FileInfo attach(ResourceId id, String fileName, byte[] content) {
        String name = cleanFileName(fileName);
        requireNotTooLarge(name, content.length);
        if (content.length == 0) {
            throw new ProblemException("hub.file.empty", name);
        }
        String mediaType = inspector.check(name, content);
        String text = inspector.extractText(content, mediaType);
        String key = storage.saveRemovedOnRollback(AREA, content);
        UUID fileId = Ids.newId();
        repository.addFile(id, fileId, name, mediaType, content.length, key, text);
        return new FileInfo(fileId, name, mediaType, content.length);
    }

    /**
     * Copies a file another module keeps in the platform's storage (e.g. a delivered reciprocation file) into
     * the resource, with the same checks as an upload. A file that is missing or cannot be read is refused
     * with a {@link ProblemException} ({@code hub.file.unreadable}); one that is too large is not even read.
     */
    FileInfo attachCopy(ResourceId id, String fileName, String sourceKey) {
        String name = cleanFileName(fileName);
        byte[] content;
        try {
            requireNotTooLarge(name, storage.size(sourceKey));
            content = storage.read(sourceKey);
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new ProblemException("hub.file.unreadable", name);
        }
        return attach(id, name, content);
    }

    /** The content of a kept file, to be closed by the caller; {@link java.nio.file.NoSuchFileException} if gone. */
    InputStream open(String key) throws IOException {
        return storage.open(storageKey(key));
    }

    /** Removes the file once the current change has committed (at once outside a transaction). */
    void delete(String key) {
        storage.deleteAfterCommit(storageKey(key));
    }

    private void requireNotTooLarge(String name, long size) {
        if (size > maxSize.toBytes()) {
            throw new ProblemException("hub.file.too-large", name, maxSize.toMegabytes());
        }
    }

    /**
     * Files kept before the Hub used the platform's storage have a bare id as their key (they lived in
     * {@code ./data/hub-files}); they are found in the {@value #AREA} folder of the storage now.
     */
    private static String storageKey(String key) {
        return key.contains("/") ? key : AREA + "/" + key;
    }

    static String cleanFileName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
