package org.praxis.platform.files;

import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Keeps files for the modules: uploaded evidence, library files. A file is saved in an <em>area</em>
 * (a module's own corner, e.g. {@code "hub"}) and found again by the key that {@link #save} returns.
 *
 * <p>Keys are opaque strings, {@code <area>/<random id>}, chosen by the storage and never derived from
 * an uploaded file's name. A module stores the key with its own records and passes it on in events, so
 * another module can read the same file (the Hub copies delivered reciprocation files this way). A key
 * that does not stay inside the storage (such as {@code ../secret}) is refused with an
 * {@link IllegalArgumentException}; a key with no file behind it gives a {@link java.nio.file.NoSuchFileException}.
 *
 * <p>The storage checks nothing about the content: what kinds of file are welcome and how large they may
 * be is for each module to decide before it saves.
 *
 * <p>Praxis keeps files on disk ({@link DiskFileStorage}, folder {@code praxis.files.directory}, default
 * {@code ./data/files}). To keep them elsewhere, for example in object storage (S3, Azure Blob Storage,
 * MinIO…), declare a Spring bean of this type: the disk storage is only registered when there is no other
 * (it is {@code @ConditionalOnMissingBean}). Implementations must be safe to use from several threads.
 */
public interface FileStorage {

    /**
     * Keeps the content and returns its new key.
     *
     * @param area lower-case letters, digits and dashes, e.g. {@code "hub"}
     * @throws IllegalArgumentException if the area is not a valid name
     * @throws UncheckedIOException     if the file could not be written
     */
    String save(String area, byte[] content);

    /**
     * The content for a key, to be read and closed by the caller.
     *
     * @throws java.nio.file.NoSuchFileException if nothing is kept under the key
     * @throws IllegalArgumentException          if the key is not one this storage could have given
     */
    InputStream open(String key) throws IOException;

    /** The whole content for a key; see {@link #open} for what can go wrong. */
    default byte[] read(String key) throws IOException {
        try (InputStream in = open(key)) {
            return in.readAllBytes();
        }
    }

    /** The size in bytes of what is kept under the key; see {@link #open} for what can go wrong. */
    long size(String key) throws IOException;

    /**
     * Removes what is kept under the key; true if there was something. Removing an unknown key does nothing.
     *
     * @throws IllegalArgumentException if the key is not one this storage could have given
     * @throws UncheckedIOException     if the file could not be removed
     */
    boolean delete(String key);

    /**
     * Like {@link #save}, but when called inside a transaction the file is removed again if that
     * transaction does not commit, so a rolled-back change leaves no file behind.
     */
    default String saveRemovedOnRollback(String area, byte[] content) {
        String key = save(area, content);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            delete(key);
                        } catch (RuntimeException e) {
                            LoggerFactory.getLogger(FileStorage.class)
                                    .warn("Could not remove file {} after a rolled-back change", key, e);
                        }
                    }
                }
            });
        }
        return key;
    }

    /**
     * Like {@link #delete}, but inside a transaction the file is removed only once that transaction has
     * committed: a change that rolls back still finds its file.
     */
    default void deleteAfterCommit(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            delete(key);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    delete(key);
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(FileStorage.class).warn("Could not remove file {} after a change", key, e);
                }
            }
        });
    }
}
