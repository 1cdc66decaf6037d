package org.praxis.platform.internal;

import org.praxis.platform.files.DiskFileStorage;
import org.praxis.platform.files.FileStorage;
import org.praxis.platform.files.FilesProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Registers the disk {@link FileStorage} ({@code praxis.files.directory}) unless the application declares
 * a {@link FileStorage} of its own. It is a Boot auto-configuration (listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}) rather than part of
 * {@link PlatformConfiguration}, because only auto-configurations are processed after the application's own
 * beans, which is what makes {@code @ConditionalOnMissingBean} reliable.
 */
@AutoConfiguration
@EnableConfigurationProperties(FilesProperties.class)
public class FileStorageAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(FileStorage.class)
    FileStorage fileStorage(FilesProperties properties) {
        return new DiskFileStorage(properties.directory());
    }
}
