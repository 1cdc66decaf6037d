package org.praxis.reciprocation.internal;

import org.apache.tika.Tika;
import org.praxis.reciprocation.events.AgreementId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.UUID;

/**
 * Keeps uploaded evidence files on disk below {@code praxis.reciprocation.files-directory}. A file's
 * storage key is its path below that folder ({@code reciprocation/<agreement>/<evidence>/<name>}),
 * which is also what {@code ReciprocationDelivered} materials carry. Files written in a transaction
 * that rolls back are removed again. The media type is detected from the content (Apache Tika),
 * not taken from the browser.
 */
@Component
class EvidenceFiles {

    private static final Logger log = LoggerFactory.getLogger(EvidenceFiles.class);
    static final int NAME_MAX = 120;

    private final Path root;
    private final long maxSize;
    private final Tika tika = new Tika();

    EvidenceFiles(ReciprocationProperties properties) {
        this.root = properties.filesDirectory().toAbsolutePath().normalize();
        this.maxSize = properties.maxFileSize().toBytes();
    }

    long maxSize() {
        return maxSize;
    }

    /** A file as stored: its key, its detected media type and its size. */
    record Stored(String key, String mediaType, long size) {
    }

    Stored store(AgreementId agreement, UUID evidenceId, String originalName, byte[] content) {
        String key = "reciprocation/" + agreement + "/" + evidenceId + "/" + safeName(originalName);
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store evidence file " + key, e);
        }
        removeIfRolledBack(target);
        return new Stored(key, tika.detect(content, originalName), content.length);
    }

    /** The file for a storage key; never outside the files folder. */
    Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return path;
    }

    /** A file name safe on any file system and in a URL: letters, digits, dot, dash and underscore. */
    static String safeName(String originalName) {
        String base = originalName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String safe = ascii.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-+\\.", ".")
                .replaceAll("^[.-]+", "").replaceAll("-+$", "");
        if (safe.isBlank()) {
            safe = "file";
        }
        if (safe.length() > NAME_MAX) {
            int dot = safe.lastIndexOf('.');
            String extension = dot > 0 && safe.length() - dot <= 10 ? safe.substring(dot) : "";
            safe = safe.substring(0, NAME_MAX - extension.length()) + extension;
        }
        return safe;
    }

    private static void removeIfRolledBack(Path file) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        log.warn("Could not remove {} after a rolled-back change", file, e);
                    }
                }
            }
        });
    }
}
