package org.praxis.hub.internal;

import org.praxis.platform.Ids;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps uploaded files on disk, in the configured folder, under random keys (never the uploaded
 * name, so no path tricks). Swappable for object storage later: the rest of the module sees keys only.
 */
@Component
class FileStore {

    private final Path directory;

    FileStore(HubFilesProperties properties) {
        this.directory = Path.of(properties.directory()).toAbsolutePath().normalize();
    }

    String save(byte[] content) {
        String key = Ids.newId().toString();
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(key), content, StandardOpenOption.CREATE_NEW);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String key) {
        Path path = directory.resolve(key).normalize();
        if (!path.startsWith(directory)) {
            throw new IllegalArgumentException("Bad storage key");
        }
        return path;
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
