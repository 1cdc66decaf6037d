package org.praxis.platform.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the default {@link DiskFileStorage} keeps files ({@code praxis.files.*}).
 *
 * @param directory folder for every module's files (each module in a sub-folder of its own), created
 *                  when first needed and kept across restarts
 */
@ConfigurationProperties("praxis.files")
public record FilesProperties(@DefaultValue("./data/files") Path directory) {
}
