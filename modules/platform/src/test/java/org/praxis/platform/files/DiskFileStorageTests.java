package org.praxis.platform.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The disk storage keeps files under random keys inside its folder and never reads or writes outside it. */
class DiskFileStorageTests {

    @TempDir
    Path folder;

    @Test
    void keepsAFileUnderANewKeyInItsAreaAndGivesItBack() throws IOException {
        FileStorage storage = new DiskFileStorage(folder.resolve("files"));
        byte[] notes = "Facilitator notes: start with a story of a rejected paper.".getBytes(StandardCharsets.UTF_8);

        String key = storage.save("hub", notes);
        String again = storage.save("hub", notes);

        assertThat(key).matches("hub/[0-9a-f-]{36}");
        assertThat(again).isNotEqualTo(key);
        assertThat(storage.read(key)).isEqualTo(notes);
        try (InputStream in = storage.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(notes);
        }
        assertThat(storage.size(key)).isEqualTo(notes.length);
        assertThat(folder.resolve("files").resolve(key)).hasBinaryContent(notes);
        try (var left = Files.list(folder.resolve("files/hub"))) {
            assertThat(left).as("no temporary files left behind").hasSize(2);
        }

        assertThat(storage.delete(key)).isTrue();
        assertThat(storage.delete(key)).isFalse();
        assertThatThrownBy(() -> storage.read(key)).isInstanceOf(NoSuchFileException.class);
        assertThat(storage.read(again)).isEqualTo(notes);
    }

    @Test
    void anEmptyFileIsKeptToo() throws IOException {
        FileStorage storage = new DiskFileStorage(folder);
        String key = storage.save("reciprocation", new byte[0]);
        assertThat(storage.size(key)).isZero();
        assertThat(storage.read(key)).isEmpty();
    }

    @Test
    void anUnknownKeyIsNoSuchFile() {
        FileStorage storage = new DiskFileStorage(folder);
        assertThatThrownBy(() -> storage.open("hub/0190a7e4-0000-7000-8000-000000000000"))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> storage.size("hub/nothing-here")).isInstanceOf(NoSuchFileException.class);
        assertThat(storage.delete("hub/nothing-here")).isFalse();
        // An area folder is not a file.
        storage.save("hub", new byte[]{1});
        assertThatThrownBy(() -> storage.read("hub")).isInstanceOf(NoSuchFileException.class);
        assertThat(storage.delete("hub")).isFalse();
        assertThat(folder.resolve("hub")).isDirectory();
    }

    @Test
    void keysThatLeaveTheFolderAreRefused() throws IOException {
        Path inside = Files.createDirectories(folder.resolve("files"));
        Path secret = Files.writeString(folder.resolve("secret.txt"), "not yours");
        FileStorage storage = new DiskFileStorage(inside);

        for (String key : new String[]{"../secret.txt", "hub/../../secret.txt", secret.toString(), "", " ", ".",
                "hub/..", "a\0b"}) {
            assertThatThrownBy(() -> storage.read(key)).as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.size(key)).as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.delete(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(secret).hasContent("not yours");
    }

    @Test
    void areasAreSimpleNames() {
        FileStorage storage = new DiskFileStorage(folder);
        for (String area : new String[]{"", "..", "../hub", "hub/x", "Hub", "/tmp"}) {
            assertThatThrownBy(() -> storage.save(area, new byte[]{1})).as(area)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        try (var nothing = Files.list(folder)) {
            assertThat(nothing).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFileSavedInATransactionThatRollsBackIsRemoved() throws IOException {
        FileStorage storage = new DiskFileStorage(folder);
        TransactionSynchronizationManager.initSynchronization();
        String kept;
        String rolledBack;
        try {
            rolledBack = storage.saveRemovedOnRollback("hub", new byte[]{1, 2, 3});
            assertThat(storage.size(rolledBack)).isEqualTo(3);
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.initSynchronization();
        try {
            kept = storage.saveRemovedOnRollback("hub", new byte[]{4});
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThatThrownBy(() -> storage.read(rolledBack)).isInstanceOf(NoSuchFileException.class);
        assertThat(storage.read(kept)).containsExactly(4);
        // Outside a transaction it is a plain save.
        assertThat(storage.read(storage.saveRemovedOnRollback("hub", new byte[]{5}))).containsExactly(5);
    }

    @Test
    void aFileRemovedInsideAChangeGoesOnlyWhenTheChangeCommits() throws IOException {
        FileStorage storage = new DiskFileStorage(folder);
        String rolledBack = storage.save("hub", new byte[]{1});
        String committed = storage.save("hub", new byte[]{2});
        for (var outcome : java.util.Map.of(rolledBack, false, committed, true).entrySet()) {
            TransactionSynchronizationManager.initSynchronization();
            try {
                storage.deleteAfterCommit(outcome.getKey());
                assertThat(storage.size(outcome.getKey())).as("still there before the end of the change").isEqualTo(1);
                for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                    if (outcome.getValue()) {
                        s.afterCommit();
                    }
                    s.afterCompletion(outcome.getValue() ? TransactionSynchronization.STATUS_COMMITTED
                            : TransactionSynchronization.STATUS_ROLLED_BACK);
                }
            } finally {
                TransactionSynchronizationManager.clearSynchronization();
            }
        }
        assertThat(storage.read(rolledBack)).containsExactly(1);
        assertThatThrownBy(() -> storage.read(committed)).isInstanceOf(NoSuchFileException.class);
    }
}
