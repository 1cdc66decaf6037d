package org.praxis.platform.internal;

import org.junit.jupiter.api.Test;
import org.praxis.platform.files.DiskFileStorage;
import org.praxis.platform.files.FileStorage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.InputStream;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The disk storage is the default, in the configured folder, and steps aside for an adopter's own storage. */
class FileStorageAutoConfigurationTests {

    final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FileStorageAutoConfiguration.class));

    @Test
    void diskStorageInTheConfiguredFolderByDefault() {
        contexts.run(context -> assertThat(context.getBean(FileStorage.class)).isInstanceOfSatisfying(DiskFileStorage.class,
                disk -> assertThat(disk.directory()).isEqualTo(Path.of("./data/files").toAbsolutePath().normalize())));
        contexts.withPropertyValues("praxis.files.directory=/srv/praxis/files")
                .run(context -> assertThat(((DiskFileStorage) context.getBean(FileStorage.class)).directory())
                        .isEqualTo(Path.of("/srv/praxis/files")));
    }

    @Test
    void anAdoptersOwnStorageReplacesIt() {
        FileStorage objectStorage = new FileStorage() {
            @Override
            public String save(String area, byte[] content) {
                return area + "/in-the-cloud";
            }

            @Override
            public InputStream open(String key) {
                return InputStream.nullInputStream();
            }

            @Override
            public long size(String key) {
                return 0;
            }

            @Override
            public boolean delete(String key) {
                return false;
            }
        };
        contexts.withBean(FileStorage.class, () -> objectStorage).run(context -> {
            assertThat(context).hasSingleBean(FileStorage.class);
            assertThat(context.getBean(FileStorage.class)).isSameAs(objectStorage);
        });
    }
}
