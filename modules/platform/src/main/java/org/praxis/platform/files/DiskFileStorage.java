package org.praxis.platform.files;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.Ids;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Keeps files on disk, one sub-folder per area, below one folder ({@code praxis.files.directory}).
 * A key is the file's path below that folder; a key that would lead outside it is refused. A file is
 * written under a temporary name first and then moved into place, so nobody ever reads half a file.
 */
public final class DiskFileStorage implements FileStorage {

    private static final Pattern AREA = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final Path root;

    public DiskFileStorage(Path directory) {
        this.root = directory.toAbsolutePath().normalize();
    }

    /** The folder the files are kept in. */
    public Path directory() {
        return root;
    }

    @Override
    public String save(String area, byte[] content) {
        if (!AREA.matcher(area).matches()) {
            throw new IllegalArgumentException("Not an area name: " + area);
        }
        String key = area + "/" + Ids.newId();
        Path target = resolve(key);
        @Nullable Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), ".saving-", ".part");
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
            return key;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("Could not save a file in " + area, e);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(existing(key));
    }

    @Override
    public long size(String key) throws IOException {
        return Files.size(existing(key));
    }

    @Override
    public boolean delete(String key) {
        Path path = resolve(key);
        if (Files.isDirectory(path)) {
            return false;
        }
        try {
            return Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove file " + key, e);
        }
    }

    private Path existing(String key) throws NoSuchFileException {
        Path path = resolve(key);
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(key);
        }
        return path;
    }

    /** The file for a key; never outside the folder, never the folder itself. */
    private Path resolve(String key) {
        Path relative;
        try {
            relative = Path.of(key);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("Not a storage key: " + key, e);
        }
        Path path = root.resolve(relative).normalize();
        if (key.isBlank() || relative.isAbsolute() || !path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return path;
    }

    private static void deleteQuietly(@Nullable Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // the original failure is what matters
            }
        }
    }
}
